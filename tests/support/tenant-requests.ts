/**
 * Calling use-cases as a request would: inside a tenant transaction (runAsTenant), with the database the use-cases see
 * there; raw SQL in a tenant session (to test row-level security with the application's checks bypassed); and reading
 * the AppError a call fails with.
 */
import { type Actor, type AppError, isAppError, type Platform, runAsTenant, tenantAware } from "@greenfin/app";

/** `platform` is read at call time: test files open their platform in beforeAll. */
export function tenantRequests(platform: () => Platform) {
  return {
    asRequest: <T>(actor: Actor, fn: (tp: Platform) => Promise<T>): Promise<T> => {
      const p = platform();
      return runAsTenant(p.db, actor, () => fn({ db: tenantAware(p.db), clock: p.clock }));
    },
    sql: <T>(actor: Actor, text: string, params: unknown[] = []): Promise<T[]> => {
      const p = platform();
      return runAsTenant(p.db, actor, async () => (await tenantAware(p.db).query<T>(text, params)).rows);
    },
  };
}

/** The AppError `promise` rejects with; anything else (or success) fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("expected a failure");
}

/** The paths of a validation error's problems, sorted. */
export const sortedProblemPaths = (e: AppError) =>
  ((e.details?.problems ?? []) as { path: string }[]).map((x) => x.path).sort();
