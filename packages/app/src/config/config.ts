import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { zodProblems } from "../errors/zod-problems";

const zEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080), // 0: any free port (tests)
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().default("./data"),
  SESSION_SECRET: z.string().min(32, "at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  // How long a worker holds a job without reporting progress before another process may take it over.
  // The reverse proxies whose X-Forwarded-For/-Proto are believed: "loopback", or addresses/CIDRs, comma-separated.
  TRUST_PROXY: z.string().min(1).default("loopback"),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly sessionSecret: string;
  readonly logLevel: z.infer<typeof zEnv>["LOG_LEVEL"];
  readonly seedDemo: "auto" | "never";
  /** A claimed job is another process's to take once its worker has been silent this long (it died). */
  readonly jobLeaseMs: number;
  readonly trustProxy: string;
}

/** Reads the session secret from the data directory, creating it on the first run. */
function sessionSecretFrom(dataDir: string): string {
  const file = join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

/** Validates the environment once, at start, into a frozen object that is passed down. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const parsed = zEnv.safeParse(env);
  if (!parsed.success) throw AppError.validation(zodProblems(parsed.error, "env"));
  const e = parsed.data;
  const dataDir = resolve(overrides.dataDir ?? e.DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    jobLeaseMs: e.JOB_LEASE_SECONDS * 1000,
    trustProxy: e.TRUST_PROXY,
    ...overrides,
    sessionSecret: overrides.sessionSecret ?? e.SESSION_SECRET ?? sessionSecretFrom(dataDir),
  });
}
