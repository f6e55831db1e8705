import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app, with the history fallback a single-page app needs. */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(`${distDir}/index.html`)) return false;
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: "index.html" });
  app.get("/*", { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith("/api/")) return reply.callNotFound();
    return reply.sendFile("index.html");
  });
  return true;
}
