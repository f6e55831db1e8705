/**
 * Runs a request's use-cases inside one transaction as the database role `greenfin_tenant`, with
 * the acting organisation in transaction-local settings that the row-level-security policies read
 * (migration 0002). This is the second wall: the tenancy module decides, the database enforces.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Database, Queryable } from "@greenfin/db";
import type { Actor } from "../context/actor";

const current = new AsyncLocalStorage<Queryable>();
let savepoints = 0;

export async function runAsTenant<T>(db: Database, actor: Actor, fn: () => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `SELECT set_config('greenfin.org_id', $1, true), set_config('greenfin.org_kind', $2, true),
              set_config('greenfin.user_id', $3, true)`,
      [actor.orgId, actor.orgKind, actor.userId ?? ""],
    );
    await tx.exec("SET LOCAL ROLE greenfin_tenant");
    return current.run(tx, fn);
  });
}

/**
 * Runs `fn` outside any request's tenant session, on the database itself: for work a request sets off to run after
 * it has committed (its transaction is gone by then), which reads only what the owner may show anyone.
 */
export function outsideTenantSession<T>(fn: () => T): T {
  return current.exit(fn);
}

/** A nested transaction inside the request's transaction is a savepoint. */
async function withSavepoint<T>(tx: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const name = `gf_sp_${++savepoints}`;
  await tx.exec(`SAVEPOINT ${name}`);
  try {
    const result = await fn(tx);
    await tx.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}

/**
 * The database as use-cases see it: inside `runAsTenant` every query goes to the request's
 * transaction; outside (sign-in, jobs, the CLI) to the database itself.
 */
export function tenantAware(db: Database): Database {
  const target = () => current.getStore() ?? db;
  return {
    engine: db.engine,
    query: (sql, params) => target().query(sql, params),
    exec: (sql) => target().exec(sql),
    copyFrom: (table, columns, rows) => target().copyFrom(table, columns, rows),
    transaction: (fn) => {
      const tx = current.getStore();
      return tx ? withSavepoint(tx, fn) : db.transaction(fn);
    },
    close: () => db.close(),
  };
}
