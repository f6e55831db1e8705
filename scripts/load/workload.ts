/**
 * The mixed workload: one autocannon instance per kind of request, all at once, each spreading its connections over
 * every process. Requests are built per call (setupRequest) from the fixtures: reads cycle through the pages each
 * user may open; every write carries a sequence number and its acknowledgement (the intake or claim id) is kept for
 * the check against the database afterwards.
 */
import autocannon from "autocannon";
import type { ClaimAttempt } from "./claim-plan";
import type { Fixtures, Read, ReadKind, SaveTarget } from "./fixtures";
import { writeHeaders } from "./logins";

export type Kind = ReadKind | "disclosure-save" | "market-claim";

export interface SaveAck {
  seq: number;
  disclosureId: string;
  value: string;
  intakeId: string;
}

export interface ClaimAck {
  claimId: string;
  needId: string;
  orgId: string;
}

export interface KindStats {
  kind: Kind;
  connections: number;
  latenciesMs: number[];
  /** Replies by the port of the process that gave them. */
  byPort: Record<string, number>;
  ok: number;
  /** Business refusals the workload provokes on purpose (a fourth claimant, a second claim by one institution). */
  refusedAsDesigned: number;
  /** Any other status outside 2xx/3xx. */
  errors: number;
  errorSamples: string[];
  socketErrors: number;
  timeouts: number;
}

export interface WorkloadResult {
  seconds: number;
  startedAt: string;
  kinds: KindStats[];
  saves: SaveAck[];
  claims: ClaimAck[];
  /** Answered claims (made or refused) by distinct institutions, by need: the plan's, not the repeats after it. */
  claimAttempts: Map<string, number>;
}

interface Built {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Called with the reply of this request; returns true for a refusal the workload expected. */
  onReply?: (status: number, body: string) => boolean;
}

interface Spec {
  kind: Kind;
  connectionsPerProcess: number;
  /** Requests per second over all its connections, for the writes whose pool of targets is finite. */
  overallRate?: number;
  next(): Built;
}

/** Round-robin over the items in a fixed shuffled order, so that consecutive requests mix users and pages. */
function cycle<T>(items: readonly T[], what: string): () => T {
  if (items.length === 0) throw new Error(`no ${what} for the workload`);
  const order = [...items];
  let seed = 20_260_101;
  for (let k = order.length - 1; k > 0; k--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  let i = 0;
  return () => order[i++ % order.length]!;
}

function readSpec(kind: ReadKind, reads: readonly Read[], connectionsPerProcess: number): Spec {
  const next = cycle(reads, `${kind} pages`);
  return {
    kind,
    connectionsPerProcess,
    next: () => {
      const r = next();
      return { method: "GET", path: r.path, headers: { cookie: r.session.cookie } };
    },
  };
}

const isConflict = (status: number, body: string) => status === 409 && body.includes('"CONFLICT"');

function saveSpec(targets: readonly SaveTarget[], acks: SaveAck[]): Spec {
  const nextTarget = cycle(targets, "draft disclosures");
  let seq = 0;
  return {
    kind: "disclosure-save",
    connectionsPerProcess: 2,
    next: () => {
      const t = nextTarget();
      const n = ++seq;
      const writer = t.writers[n % t.writers.length]!;
      const value = `load test: save #${n}`;
      return {
        method: "POST",
        path: `/api/disclosures/${t.disclosureId}/values`,
        headers: writeHeaders(writer),
        body: JSON.stringify({ values: [{ indicatorId: t.indicatorId, dimension: t.dimension, value }] }),
        onReply: (status, body) => {
          if (status === 200)
            acks.push({ seq: n, disclosureId: t.disclosureId, value, intakeId: JSON.parse(body).intakeId });
          return false;
        },
      };
    },
  };
}

/**
 * Claims in plan order (a need's claimants one after another, so they race on different connections and processes);
 * once the plan is used up, institutions claim needs they already claimed again, which must be refused.
 */
function claimSpec(plan: readonly ClaimAttempt[], rate: number, acks: ClaimAck[], attempts: Map<string, number>): Spec {
  let i = 0;
  return {
    kind: "market-claim",
    connectionsPerProcess: 2,
    overallRate: rate,
    next: () => {
      const first = i < plan.length;
      const a = plan[i++ % plan.length]!;
      return {
        method: "POST",
        path: `/api/market/needs/${a.needId}/claims`,
        headers: writeHeaders(a.session),
        body: "{}",
        onReply: (status, body) => {
          if (status === 201) acks.push({ claimId: JSON.parse(body).id, needId: a.needId, orgId: a.session.orgId });
          const refused = isConflict(status, body);
          if (first && (status === 201 || refused)) attempts.set(a.needId, (attempts.get(a.needId) ?? 0) + 1);
          return refused;
        },
      };
    },
  };
}

async function runSpec(spec: Spec, urls: readonly string[], seconds: number, scale: number): Promise<KindStats> {
  const connections = spec.connectionsPerProcess * scale * urls.length;
  const stats: KindStats = {
    kind: spec.kind,
    connections,
    latenciesMs: [],
    byPort: {},
    ok: 0,
    refusedAsDesigned: 0,
    errors: 0,
    errorSamples: [],
    socketErrors: 0,
    timeouts: 0,
  };
  type Ctx = { built?: Built };
  let finished: (r: autocannon.Result) => void = () => undefined;
  let failed: (e: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      // autocannon takes several targets and gives connection i the i-th (mod their number); its types say one.
      url: [...urls] as unknown as string,
      connections,
      duration: seconds,
      timeout: 10,
      ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
      requests: [
        {
          setupRequest: (req, context) => {
            const built = spec.next();
            (context as Ctx).built = built;
            return { ...req, method: built.method, path: built.path, headers: built.headers, body: built.body ?? "" };
          },
          onResponse: (status, body, context) => {
            const built = (context as Ctx).built;
            const expected = built?.onReply?.(status, body) ?? false;
            if (status < 400) stats.ok++;
            else if (expected) stats.refusedAsDesigned++;
            else {
              stats.errors++;
              if (stats.errorSamples.length < 10)
                stats.errorSamples.push(`${status} ${built?.method} ${built?.path}: ${body.slice(0, 200)}`);
            }
          },
        },
      ],
    },
    (err, result) => (err ? failed(err) : finished(result)),
  );
  instance.on("response", (client, _status, _bytes, responseTime) => {
    stats.latenciesMs.push(responseTime);
    const port = String((client as unknown as { opts?: { port?: string } }).opts?.port ?? "?");
    stats.byPort[port] = (stats.byPort[port] ?? 0) + 1;
  });
  const result = await done;
  stats.timeouts = result.timeouts;
  stats.socketErrors = result.errors - result.timeouts;
  return stats;
}

export async function runWorkload(
  urls: readonly string[],
  fixtures: Fixtures,
  seconds: number,
  claimRate: number,
  /** Multiplies every kind's connections (LOAD_SCALE). */
  scale = 1,
): Promise<WorkloadResult> {
  const saves: SaveAck[] = [];
  const claims: ClaimAck[] = [];
  const claimAttempts = new Map<string, number>();
  const specs: Spec[] = [
    readSpec("dashboard", fixtures.reads.dashboard, 1),
    readSpec("home", fixtures.reads.home, 2),
    readSpec("rating-list", fixtures.reads["rating-list"], 1),
    readSpec("rating-explain", fixtures.reads["rating-explain"], 1),
    readSpec("market-read", fixtures.reads["market-read"], 2),
    readSpec("pledge-read", fixtures.reads["pledge-read"], 1),
    saveSpec(fixtures.saves, saves),
    claimSpec(fixtures.claims, claimRate, claims, claimAttempts),
  ];
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const kinds = await Promise.all(specs.map((s) => runSpec(s, urls, seconds, scale)));
  return { seconds: (performance.now() - started) / 1000, startedAt, kinds, saves, claims, claimAttempts };
}
