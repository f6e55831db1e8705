/**
 * What the workload needs to know before it starts, found through the API as each user would (and, for the needs'
 * broadcasts, read from the database): the read pages each organisation kind may open, a rating run and results each
 * user can see, the draft disclosures the workload saves into, and a pool of fresh financing needs to claim
 * (claim-plan.ts).
 */
import type { Database } from "@greenfin/db";
import { call, must } from "./api";
import { type ClaimAttempt, claimPlan } from "./claim-plan";
import { byOrg, canWrite, type Session } from "./logins";

export type ReadKind = "dashboard" | "home" | "rating-list" | "rating-explain" | "market-read" | "pledge-read";

/** Candidate pages per read kind; `{org}` is the reader's organisation. Each is kept for the kinds it answers. */
const READ_PAGES: Record<Exclude<ReadKind, "rating-list" | "rating-explain">, string[]> = {
  dashboard: ["/api/statistics/dashboard", "/api/district/rating-distribution?methodology=enterprise-esg@2026.1"],
  home: [
    "/api/district/overview",
    "/api/district/disclosure-overview",
    "/api/audit?page=1&pageSize=8",
    "/api/disclosures?view=own",
    "/api/grants?direction=received",
    "/api/grants?direction=given",
    "/api/orgs/{org}",
    "/api/statistics/mine",
  ],
  "market-read": [
    "/api/market/needs?status=open",
    "/api/market/overview",
    "/api/market/products?mine=true",
    "/api/market/reminders",
  ],
  "pledge-read": ["/api/carbon-assets/pledges?status=active", "/api/carbon-assets/holdings"],
};

export interface Read {
  session: Session;
  path: string;
}

export interface SaveTarget {
  disclosureId: string;
  indicatorId: string;
  dimension: string;
  writers: Session[];
}

export interface Fixtures {
  reads: Record<ReadKind, Read[]>;
  saves: SaveTarget[];
  claims: ClaimAttempt[];
  needIds: string[];
  /** Pages refused to a kind in the probe (not used by the workload), for the report. */
  skipped: string[];
}

/** Probes each candidate page with the least privileged session of one organisation per kind. */
async function readPages(base: string, sessions: readonly Session[], skipped: string[]) {
  const reads = { dashboard: [], home: [], "market-read": [], "pledge-read": [] } as Record<string, Read[]>;
  const orgs = byOrg(sessions);
  const probes = new Map<string, Session>(); // one organisation per kind: the one with the most roles
  for (const members of [...orgs.values()].sort((a, b) => b.length - a.length)) {
    const probe = members.find((m) => m.role === "viewer") ?? members[0]!;
    if (!probes.has(probe.orgKind)) probes.set(probe.orgKind, probe);
  }
  for (const [kind, pages] of Object.entries(READ_PAGES))
    for (const [orgKind, probe] of probes)
      for (const page of pages) {
        const r = await call(base, probe, "GET", page.replace("{org}", probe.orgId));
        if (r.status !== 200) {
          skipped.push(`${kind} ${orgKind} ${page} → ${r.status}`);
          continue;
        }
        for (const s of sessions)
          if (s.orgKind === orgKind) reads[kind]!.push({ session: s, path: page.replace("{org}", s.orgId) });
      }
  return reads;
}

/**
 * For each demo organisation (the one of each kind whose users hold every role): the rating runs with results its
 * users may see, and their first results. Visibility is per organisation (an enterprise sees its own result), so each
 * is asked for itself.
 */
async function ratingPages(base: string, sessions: readonly Session[]) {
  const list: Read[] = [];
  const explain: Read[] = [];
  for (const members of byOrg(sessions).values()) {
    const probe = members.find((m) => m.role === "viewer");
    if (!probe) continue;
    const runs = await must(call<{ id: string }[]>(base, probe, "GET", "/api/rating/runs"), "rating runs");
    for (const run of runs) {
      const page = `/api/rating/runs/${run.id}/results?page=1&pageSize=20`;
      const results = await must(call<{ items: { id: string }[]; total: number }>(base, probe, "GET", page), page);
      if (results.total === 0) continue;
      const pages = Math.min(5, Math.ceil(results.total / 20));
      for (const s of members) {
        for (let p = 1; p <= pages; p++)
          list.push({ session: s, path: `/api/rating/runs/${run.id}/results?page=${p}&pageSize=20` });
        for (const item of results.items.slice(0, 5))
          explain.push({ session: s, path: `/api/rating/results/${item.id}` });
      }
    }
  }
  return { list, explain };
}

interface TemplateItem {
  id: string;
  type: string;
  rows: { dimension: string }[];
  openDimensions: unknown[];
}

/** A free-text indicator without dimensions, which any text saves into, and a probe save to prove it. */
async function saveTarget(base: string, writer: Session, disclosureId: string): Promise<SaveTarget | null> {
  const t = await must(
    call<{ topics: { items: TemplateItem[] }[] }>(base, writer, "GET", `/api/disclosures/${disclosureId}/template`),
    "template",
  );
  const items = t.topics.flatMap((x) => x.items);
  const item = items.find((i) => i.type === "text" && i.rows.length <= 1 && (i.rows[0]?.dimension ?? "") === "");
  if (!item) return null;
  const dimension = item.rows[0]?.dimension ?? "";
  const probe = await call(base, writer, "POST", `/api/disclosures/${disclosureId}/values`, {
    values: [{ indicatorId: item.id, dimension, value: "load test: probe" }],
  });
  if (probe.status !== 200) return null;
  return { disclosureId, indicatorId: item.id, dimension, writers: [] };
}

/** Every editable disclosure of an organisation with a writer; a new draft for the demo enterprise, which has none. */
async function saveTargets(base: string, sessions: readonly Session[]): Promise<SaveTarget[]> {
  const targets: SaveTarget[] = [];
  for (const [, members] of byOrg(sessions)) {
    const writers = members.filter(canWrite);
    const writer = writers[0];
    if (!writer) continue;
    type Summary = { id: string; status: string; period: { year: number }; frameworks: string[] };
    const own = await must(call<Summary[]>(base, writer, "GET", "/api/disclosures?view=own"), "own disclosures");
    const editable = own.filter((d) => d.status === "draft" || d.status === "returned").map((d) => d.id);
    if (editable.length === 0 && writer.orgKind === "enterprise" && own.length) {
      const last = own.reduce((a, b) => (a.period.year > b.period.year ? a : b));
      const created = await must(
        call<{ id: string }>(base, writer, "POST", "/api/disclosures", {
          year: last.period.year + 1,
          frameworks: last.frameworks,
        }),
        "new enterprise draft",
      );
      editable.push(created.id);
    }
    for (const id of editable) {
      const target = await saveTarget(base, writer, id);
      if (target) targets.push({ ...target, writers });
    }
  }
  return targets;
}

export async function prepareFixtures(
  base: string,
  db: Database,
  sessions: readonly Session[],
  needCount: number,
): Promise<Fixtures> {
  const skipped: string[] = [];
  const pages = await readPages(base, sessions, skipped);
  const rating = await ratingPages(base, sessions);
  const saves = await saveTargets(base, sessions);
  const { needIds, plan } = await claimPlan(base, db, sessions, needCount);
  return {
    reads: {
      dashboard: pages.dashboard!,
      home: pages.home!,
      "market-read": pages["market-read"]!,
      "pledge-read": pages["pledge-read"]!,
      "rating-list": rating.list,
      "rating-explain": rating.explain,
    },
    saves,
    claims: plan,
    needIds,
    skipped,
  };
}
