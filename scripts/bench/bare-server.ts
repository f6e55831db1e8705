/**
 * The HTTP references: a bare Fastify server (no plugins, no hooks, no schemas, no database) started the same way as
 * GreenFin's (node with the tsx loader), answering each path with a fixed body given on the command line:
 *
 *   node --import tsx scripts/bench/bare-server.ts <port> <routes.json>
 *
 * where routes.json maps a path to { type, body } — the content type and the exact body GreenFin answered with.
 */
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const [port, routesFile] = process.argv.slice(2) as [string, string];
const routes = JSON.parse(readFileSync(routesFile, "utf8")) as Record<string, { type: string; body: string }>;
const app = Fastify({ logger: false });
for (const [path, { type, body }] of Object.entries(routes))
  app.get(path, (_req, reply) => {
    reply.type(type).send(body);
  });
await app.listen({ port: Number(port), host: "127.0.0.1" });
