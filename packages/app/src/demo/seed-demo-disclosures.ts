import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  DEMO_DISCLOSURE_YEARS,
  type DemoDisclosureState,
  type DemoDisclosureStatus,
  type DemoOrganisation,
  disclosureAsOf,
  generateDisclosureHistory,
  type RawEntry,
} from "@greenfin/domain";
import { DEFAULT_DISCLOSURE_CATALOGUE_VERSION, loadDisclosureCatalogue } from "@greenfin/reference";
import { completenessOf } from "../disclosure/completeness";
import { type DisclosureContext, disclosureContext } from "../disclosure/disclosure-context";
import { frozenValues, valuesHash } from "../disclosure/disclosure-values";
import { toIntakeProblems } from "../disclosure/intake-problems";
import { type CheckedValues, canonicalNumbers, checkEntries } from "./demo-disclosure-check";
import { addDraftRows, type DisclosureRowsIn, insertDisclosureRows } from "./demo-disclosure-tables";
import { type DemoPeople, demoPeople } from "./demo-people";

export interface DisclosureSeedCounts {
  disclosures: number;
  byStatus: Record<DemoDisclosureStatus, number>;
  revisions: number;
  /** Rows of the working drafts. */
  values: number;
  comments: number;
}

export const noDisclosureCounts = (): DisclosureSeedCounts => ({
  disclosures: 0,
  byStatus: { draft: 0, submitted: 0, in_review: 0, returned: 0, accepted: 0, published: 0 },
  revisions: 0,
  values: 0,
  comments: 0,
});

/** The revision the next year's year-on-year warnings compare with: the last accepted, else the last submitted. */
const baseRevision = (state: DemoDisclosureState) =>
  [...state.revisions].reverse().find((r) => r.decision?.outcome === "accepted") ?? state.revisions.at(-1);

interface Target {
  readonly id: string;
  readonly orgId: string;
  readonly filer: string | null;
  readonly who: DemoPeople;
}

/** One frozen revision per submission that has happened, with its decision and comments once decided. */
function addRevisions(
  rows: DisclosureRowsIn,
  state: DemoDisclosureState,
  t: Target,
  ctx: DisclosureContext,
  check: (entries: readonly RawEntry[]) => CheckedValues,
): void {
  for (const r of state.revisions) {
    const c = check(r.entries);
    const frozen = frozenValues(c.values);
    const revisionId = randomUUID();
    const decision = r.decision;
    rows.revisions.push({
      id: revisionId,
      disclosureId: t.id,
      orgId: t.orgId,
      revision: r.revision,
      submittedValues: JSON.stringify(frozen),
      valuesHash: valuesHash(frozen),
      completeness: JSON.stringify(completenessOf(ctx, c.values)),
      warnings: JSON.stringify(toIntakeProblems(c.warnings)),
      submittedBy: t.filer,
      submittedAt: r.submittedAt,
      outcome: decision?.outcome ?? "pending",
      decidedBy: decision ? t.who.reviewer : null,
      decidedAt: decision?.decidedAt ?? null,
      decisionNote: decision?.note ?? null,
    });
    for (const comment of decision?.comments ?? [])
      rows.comments.push({
        revisionId,
        disclosureId: t.id,
        orgId: t.orgId,
        reviewerOrgId: t.who.districtId,
        indicatorId: comment.indicatorId,
        dimension: comment.dimension,
        comment: comment.comment,
        authorId: t.who.reviewer,
        createdAt: decision?.decidedAt ?? r.submittedAt,
      });
  }
}

/**
 * Writes the generated disclosure history as it stands at `now` (later steps have not happened yet): disclosures,
 * their frozen revisions (values, hash, completeness, warnings, decision), the reviewers' comments, and each working
 * draft, which equals the last revision once there is one. Every revision is first put through the platform's
 * validator as at submission, every draft without one as at saving: the demo never holds what the platform refuses.
 */
export async function seedDemoDisclosures(
  tx: Queryable,
  input: { seed: number; organisations: readonly DemoOrganisation[]; orgIds: ReadonlyMap<string, string>; now: Date },
): Promise<DisclosureSeedCounts> {
  const catalogue = loadDisclosureCatalogue(DEFAULT_DISCLOSURE_CATALOGUE_VERSION);
  const history = generateDisclosureHistory({
    seed: input.seed,
    organisations: input.organisations,
    catalogue,
    years: DEMO_DISCLOSURE_YEARS,
  });
  const who = await demoPeople(tx);
  const now = input.now.toISOString();
  const rows: DisclosureRowsIn = { disclosures: [], revisions: [], values: [], comments: [], draftsFromRevisions: [] };
  const counts = noDisclosureCounts();
  const previousYear = new Map<string, Map<string, string>>();

  for (const d of history.disclosures) {
    const state = disclosureAsOf(d, now);
    const orgId = input.orgIds.get(d.orgKey);
    if (!state || !orgId) continue;
    const ctx = disclosureContext({
      catalogueVersion: catalogue.version,
      entityKind: d.entityKind,
      frameworks: d.frameworks,
      periodEnd: `${d.year}-12-31`,
    });
    const previous = previousYear.get(`${d.orgKey}|${d.year - 1}`) ?? new Map<string, string>();
    const checked = new Map<readonly RawEntry[], CheckedValues>();
    const check = (entries: readonly RawEntry[], stage: "save" | "submit" = "submit") => {
      const known = checked.get(entries);
      if (known) return known;
      const c = checkEntries(d, ctx, entries, stage, previous);
      checked.set(entries, c);
      return c;
    };
    const t: Target = { id: randomUUID(), orgId, filer: who.filer.get(d.orgKey) ?? null, who };
    addRevisions(rows, state, t, ctx, check);
    if (state.revisions.length) rows.draftsFromRevisions.push(t.id);
    else addDraftRows(rows, t, check(state.draft, d.scenario === "draft" ? "save" : "submit"), state.updatedAt);
    rows.disclosures.push({
      id: t.id,
      orgId,
      entityKind: d.entityKind,
      reviewerOrgId: who.districtId,
      year: d.year,
      frameworks: d.frameworks,
      catalogueVersion: catalogue.version,
      status: state.status,
      revision: state.revisions.length,
      firstSubmittedAt: state.firstSubmittedAt,
      createdBy: t.filer,
      createdAt: d.createdAt,
      updatedAt: state.updatedAt,
    });
    const base = baseRevision(state);
    if (base) previousYear.set(`${d.orgKey}|${d.year}`, canonicalNumbers(check(base.entries).values));
    counts.disclosures++;
    counts.byStatus[state.status]++;
  }
  const values = await insertDisclosureRows(tx, rows);
  return { ...counts, revisions: rows.revisions.length, values, comments: rows.comments.length };
}
