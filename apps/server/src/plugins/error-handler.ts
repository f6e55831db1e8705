import { AppError, type FieldProblem, isAppError, issueProblem } from "@greenfin/app";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { langOf } from "./request-context";

/** Translates what Fastify itself rejects (schema, JSON, size) into the one error model. */
function fromFastify(error: FastifyError): AppError | null {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? "body";
    const problems: FieldProblem[] = error.validation.map((v) => {
      const segments = v.instancePath.split("/").filter(Boolean);
      const path = [part, ...segments].join(".");
      const issue = { ...v.params, code: v.keyword, path: segments, message: v.message } as Parameters<
        typeof issueProblem
      >[1];
      return issueProblem(path, issue, v.message ?? "invalid");
    });
    return AppError.validation(problems);
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new AppError("PAYLOAD_TOO_LARGE");
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return new AppError("BAD_INPUT", { zh: "不支持的内容类型", en: "Unsupported content type" });
  }
  if (error.statusCode === 400 || error.code?.startsWith("FST_ERR_CTP")) {
    return new AppError("BAD_INPUT", { zh: "请求体不是合法的 JSON", en: "The body is not valid JSON" });
  }
  if (error.statusCode === 429) return new AppError("TOO_MANY_ATTEMPTS");
  return null;
}

/** Every error leaves the server as `{ code, message, details }`, in the caller's language. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const appError = isAppError(error) ? error : fromFastify(error);
    if (!appError) {
      req.log.error({ err: error }, "unhandled error");
      const internal = new AppError("INTERNAL");
      return reply.status(500).send({ code: internal.code, message: internal.message_(langOf(req)) });
    }
    if (appError.code === "TOO_MANY_ATTEMPTS" && typeof appError.details?.retryAfterSeconds === "number") {
      reply.header("retry-after", String(appError.details.retryAfterSeconds));
    }
    return reply
      .status(appError.status)
      .send({ code: appError.code, message: appError.message_(langOf(req)), details: appError.details });
  });
  app.setNotFoundHandler((req, reply) => {
    const e = AppError.notFound("route");
    reply.status(404).send({ code: e.code, message: e.message_(langOf(req)) });
  });
}
