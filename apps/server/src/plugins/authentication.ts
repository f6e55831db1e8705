import { AppError, type Platform, resolveApiToken, resolveSession, safeEqual } from "@greenfin/app";
import { CSRF_HEADER, SESSION_COOKIE } from "@greenfin/contracts";
import type { FastifyInstance, FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Routes registered by plugins, which cannot carry `config.public` themselves. */
const PUBLIC_PREFIXES = ["/api/docs"];

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  return h?.startsWith("Bearer ") ? h.slice(7).trim() : null;
}

/**
 * Resolves who is calling — an API token (Authorization: Bearer) or a session cookie — and enforces
 * CSRF for cookie-authenticated writes. Routes marked `config.public` may be called by anyone.
 */
export function registerAuthentication(app: FastifyInstance, p: Platform): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("sessionHash", null);
  app.decorateRequest("csrfToken", null);

  // onRequest: who is calling is settled before the body is even parsed or validated.
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    const bearer = bearerOf(req);
    if (bearer) {
      req.actor = await resolveApiToken(p, bearer);
      if (!req.actor)
        throw new AppError("UNAUTHENTICATED", { zh: "API 令牌无效或已过期", en: "Invalid or expired API token" });
      if (!SAFE_METHODS.has(req.method) && req.actor.role === "viewer") {
        throw AppError.forbidden("该令牌只有读取权限", "This token may only read");
      }
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : null;
    if (unsigned?.valid && unsigned.value) {
      const s = await resolveSession(p, unsigned.value);
      if (s) {
        req.actor = s.actor;
        req.sessionToken = unsigned.value;
        req.sessionHash = s.sessionHash;
        req.csrfToken = s.csrfToken;
      }
    }
    if (req.routeOptions.config.public || PUBLIC_PREFIXES.some((x) => req.url.startsWith(x))) return;
    if (!req.actor) throw new AppError("UNAUTHENTICATED");
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !req.csrfToken || !safeEqual(sent, req.csrfToken))
        throw new AppError("CSRF_FAILED");
    }
  });
}
