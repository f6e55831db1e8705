import { randomUUID } from "node:crypto";
import {
  type DemoDisclosure,
  type DemoDisclosureState,
  type DemoPortfolioDisclosure,
  disclosureAsOf,
  type RawEntry,
} from "@greenfin/domain";
import { completenessOf } from "../disclosure/completeness";
import type { DisclosureContext } from "../disclosure/disclosure-context";
import { frozenValues, valuesHash } from "../disclosure/disclosure-values";
import { toIntakeProblems } from "../disclosure/intake-problems";
import { type CheckedValues, checkEntries } from "./demo-disclosure-check";
import type { DisclosureRowsIn } from "./demo-disclosure-tables";

/**
 * The shared helpers take the district's plan type; a portfolio plan has the same shape and they never read its kind
 * (only dates, revisions, entries and, in error messages, the company, year and frameworks).
 */
const asPlan = (d: DemoPortfolioDisclosure) => d as Omit<DemoDisclosure, "entityKind"> as DemoDisclosure;

/** The portfolio plan as it stands at `now` (null when the company had not even opened it then). */
export const portfolioStateAt = (d: DemoPortfolioDisclosure, now: string): DemoDisclosureState | null =>
  disclosureAsOf(asPlan(d), now);

/** The platform's validator over a portfolio plan's entries, as on saving a draft or at submission. */
export const checkPortfolioEntries = (
  d: DemoPortfolioDisclosure,
  ctx: DisclosureContext,
  entries: readonly RawEntry[],
  stage: "save" | "submit",
  previousYear: ReadonlyMap<string, string>,
): CheckedValues => checkEntries(asPlan(d), ctx, entries, stage, previousYear);

/** Who the rows name: the disclosure, the company, its filer (if it has users) and the manager's reviewing user. */
export interface PortfolioTarget {
  readonly id: string;
  readonly orgId: string;
  readonly filer: string | null;
  readonly reviewer: string | null;
}

/**
 * One frozen revision per submission that has happened, with the manager's decision once taken: values, hash,
 * completeness and warnings exactly as the district history's revisions are written. No portfolio report was ever
 * returned, so there are no comments.
 */
export function addPortfolioRevisions(
  rows: DisclosureRowsIn,
  state: DemoDisclosureState,
  t: PortfolioTarget,
  ctx: DisclosureContext,
  check: (entries: readonly RawEntry[]) => CheckedValues,
): void {
  for (const r of state.revisions) {
    const c = check(r.entries);
    const frozen = frozenValues(c.values);
    rows.revisions.push({
      id: randomUUID(),
      disclosureId: t.id,
      orgId: t.orgId,
      revision: r.revision,
      submittedValues: JSON.stringify(frozen),
      valuesHash: valuesHash(frozen),
      completeness: JSON.stringify(completenessOf(ctx, c.values)),
      warnings: JSON.stringify(toIntakeProblems(c.warnings)),
      submittedBy: t.filer,
      submittedAt: r.submittedAt,
      outcome: r.decision?.outcome ?? "pending",
      decidedBy: r.decision ? t.reviewer : null,
      decidedAt: r.decision?.decidedAt ?? null,
      decisionNote: r.decision?.note ?? null,
    });
  }
}
