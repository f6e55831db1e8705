import { type Config, loadConfig, openPlatform, type Platform } from "@greenfin/app";

export interface GlobalOptions {
  dataDir?: string;
}

export function configFrom(opts: GlobalOptions): Config {
  return loadConfig(process.env, opts.dataDir ? { dataDir: opts.dataDir } : {});
}

/** Opens the platform for one command and always closes the database afterwards. */
export async function withPlatform<T>(
  opts: GlobalOptions,
  fn: (p: Platform, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom(opts);
  const p = await openPlatform(config);
  try {
    return await fn(p, config);
  } finally {
    await p.db.close();
  }
}
