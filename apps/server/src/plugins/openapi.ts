import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { APP_VERSION } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the same zod schemas that validate requests; docs at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "GreenFin 绿金通 API",
        description:
          "ESG disclosure, rating, carbon accounts, green projects, marketplace and statistics for an ESG finance demonstration zone. Authenticate with the session cookie (web) or `Authorization: Bearer gft_…` (API tokens). Errors are `{ code, message, details }`.",
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "gf_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
