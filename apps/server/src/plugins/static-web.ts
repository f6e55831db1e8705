import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const STATIC_FILE = /\.(js|mjs|css|map|html|json|txt|ico|png|jpe?g|gif|svg|webp|woff2?|ttf)$/i;

/** Serves the built web app, with the history fallback a single-page app needs. */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(`${distDir}/index.html`)) return false;
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: "index.html" });
  app.get("/*", { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    // API paths and missing static files (an old /assets/x.js) are real 404s. Other paths are the app's own,
    // including ones with a dot that is not a file extension (/rating/methodologies/enterprise-esg@2026.1).
    const path = req.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || path.startsWith("/assets/") || STATIC_FILE.test(path)) return reply.callNotFound();
    return reply.sendFile("index.html");
  });
  return true;
}
