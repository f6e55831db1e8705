import { type Platform, runAsTenant } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

/**
 * Wraps every non-public route registered after this call: a signed-in request runs in one
 * transaction as the database's tenant role, so row-level security holds behind the use-cases.
 */
export function registerTenantTransactions(app: FastifyInstance, db: Platform["db"]): void {
  app.addHook("onRoute", (route) => {
    if (route.config?.public) return;
    const handler = route.handler;
    route.handler = function tenantHandler(req, reply) {
      const actor = req.actor;
      return actor
        ? runAsTenant(db, actor, async () => handler.call(this, req, reply))
        : handler.call(this, req, reply);
    };
  });
}
