import { type Platform, runAsTenant } from "@greenfin/app";
import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * Wraps every non-public route registered after this call: a signed-in request runs in one
 * transaction as the database's tenant role, so row-level security holds behind the use-cases.
 *
 * The response leaves only after the commit: a handler that calls `reply.send()` (to set a status, say) has its
 * payload held until the transaction has committed, so a client never reads a 2xx for a change that another
 * request cannot see yet or that is then rolled back.
 */
export function registerTenantTransactions(app: FastifyInstance, db: Platform["db"]): void {
  app.addHook("onRoute", (route) => {
    if (route.config?.public) return;
    const handler = route.handler;
    route.handler = async function tenantHandler(req, reply) {
      const actor = req.actor;
      if (!actor) return handler.call(this, req, reply);
      const held = holdSends(reply);
      try {
        const result = await runAsTenant(db, actor, async () => handler.call(this, req, reply));
        held.release();
        if (held.payload) return reply.send(held.payload.value);
        return result;
      } finally {
        held.release();
      }
    };
  });
}

/**
 * Replaces this reply's `send` with one that records the payload, until released. A reply is a thenable (it
 * resolves when the response has gone), so a handler that returns `reply.send(…)` would wait for a response that
 * is being held: `then` is hidden for as long as the send is.
 */
function holdSends(reply: FastifyReply) {
  const state: { payload: { value: unknown } | null; release(): void } = {
    payload: null,
    release: () => {
      Reflect.deleteProperty(reply, "send");
      Reflect.deleteProperty(reply, "then");
    },
  };
  // biome-ignore lint/suspicious/noThenProperty: hiding the reply's own `then` is the point (see above)
  Object.defineProperty(reply, "then", { configurable: true, writable: true, value: undefined });
  Object.defineProperty(reply, "send", {
    configurable: true,
    writable: true,
    value(value?: unknown) {
      state.payload = { value };
      return reply;
    },
  });
  return state;
}
