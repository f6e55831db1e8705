import {
  type Config,
  jobHandlers,
  openPlatform,
  purgeExpired,
  queueServiceSweep,
  seedDemoDistrict,
  startWorker,
} from "@greenfin/app";
import { buildServer } from "./build-server";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), seeds the demo district on a first start, starts the job
 * worker and the HTTP server, and shuts all of it down in order on SIGTERM/SIGINT.
 */
export async function serve(
  config: Config,
  opts: { handleSignals?: boolean; onReady?: (info: { url: string; seeded: boolean }) => void } = {},
): Promise<RunningServer> {
  const platform = await openPlatform(config);
  let seeded = false;
  if (config.seedDemo === "auto") seeded = (await seedDemoDistrict(platform, { carbon: "queue" })).seeded;
  let worker: ReturnType<typeof startWorker> | undefined;
  const app = await buildServer({
    platform,
    sessionSecret: config.sessionSecret,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    onJobQueued: () => worker?.nudge(),
  });
  await app.listen({ port: config.port, host: config.host });
  // The worker starts once the server answers: the seed's queued jobs (a year's carbon accounts) then run behind it.
  worker = startWorker(platform, { handlers: jobHandlers, leaseMs: config.jobLeaseMs });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port; // port 0 picks a free one
  const url = `http://localhost:${port}`;
  opts.onReady?.({ url, seeded });
  // Expired sessions and stale login counters are swept hourly by every process (idempotent).
  const sweep = () => purgeExpired(platform).catch((err) => app.log.warn({ err }, "purge of expired rows failed"));
  await sweep();
  const sweeper = setInterval(sweep, 60 * 60_000);
  sweeper.unref();
  // The marketplace's reminders, overdue flags and expiries: a job every ten minutes (idempotent, one at a time).
  const serviceLevels = () =>
    queueServiceSweep(platform.db)
      .then((queued) => queued && worker?.nudge())
      .catch((err) => app.log.warn({ err }, "queueing the service-level sweep failed"));
  await serviceLevels();
  const serviceTimer = setInterval(serviceLevels, 10 * 60_000);
  serviceTimer.unref();
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweeper);
      clearInterval(serviceTimer);
      await app.close(); // stops accepting, lets requests in flight finish
      await worker?.stop();
      await platform.db.close();
    })();
    return closing;
  };
  if (opts.handleSignals) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, "shutting down");
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }
  return { url, close };
}
