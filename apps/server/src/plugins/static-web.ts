import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app, with the history fallback a single-page app needs. */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(`${distDir}/index.html`)) return false;
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: "index.html" });
  app.get("/*", { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    // API paths and missing files (anything with an extension, e.g. an old /assets/x.js) are real 404s.
    const path = req.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    return reply.sendFile("index.html");
  });
  return true;
}
