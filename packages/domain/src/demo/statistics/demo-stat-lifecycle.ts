/**
 * When and how each demo report went through review: submitted some days after its period, accepted a few days later;
 * the latest month's reports partly still awaiting a decision and one returned with a note; two older reports revised
 * after acceptance (revision 2 accepted, superseding revision 1). Every instant is before the seeding instant.
 */
import type { SeededRandom } from "../../random/seeded-random";
import { Dec } from "../../rating/rating-decimal";
import { isoAt } from "../demo-time";
import type { DemoStatReport, DemoStatRevision, DemoStatValue } from "./demo-stat-types";

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type DemoStatFate = "accepted" | "submitted" | "returned" | "revised";

export interface ReportPlan {
  readonly orgKey: string;
  readonly orgKind: string;
  readonly templateRef: string;
  readonly period: string;
  /** 00:00 UTC of the day after the period's last day. */
  readonly periodEndMs: number;
  readonly values: readonly DemoStatValue[];
  readonly fate: DemoStatFate;
  /** For `revised`: the figures first submitted and accepted. */
  readonly firstValues?: readonly DemoStatValue[];
  /** For `returned`. */
  readonly note?: string;
}

export function reportOf(rng: SeededRandom, plan: ReportPlan, nowMs: number): DemoStatReport {
  const latest = nowMs - 6 * HOUR;
  const submittedAt = Math.min(plan.periodEndMs + rng.int(4, 12) * DAY + rng.int(1, 8) * HOUR, latest);
  const createdAt = submittedAt - rng.int(1, 3) * DAY - rng.int(0, 5) * HOUR;
  const decidedAt = Math.min(submittedAt + rng.int(1, 4) * DAY + rng.int(0, 6) * HOUR, nowMs - HOUR);
  const revision = (
    n: number,
    values: readonly DemoStatValue[],
    sub: number,
    outcome: DemoStatRevision["outcome"],
    dec: number | null,
    note: string | null = null,
  ): DemoStatRevision => ({
    revision: n,
    values,
    submittedAt: isoAt(sub),
    outcome,
    decidedAt: dec === null ? null : isoAt(dec),
    decisionNote: note,
  });
  const base = {
    orgKey: plan.orgKey,
    orgKind: plan.orgKind,
    templateRef: plan.templateRef,
    period: plan.period,
    createdAt: isoAt(createdAt),
  };
  switch (plan.fate) {
    case "submitted":
      return {
        ...base,
        status: "submitted",
        revision: 1,
        acceptedRevision: null,
        updatedAt: isoAt(submittedAt),
        revisions: [revision(1, plan.values, submittedAt, null, null)],
      };
    case "returned":
      return {
        ...base,
        status: "returned",
        revision: 1,
        acceptedRevision: null,
        updatedAt: isoAt(decidedAt),
        revisions: [revision(1, plan.values, submittedAt, "returned", decidedAt, plan.note ?? "请核实后重新报送。")],
      };
    case "revised": {
      // The correction comes a few weeks after the first acceptance (the periods chosen are old enough for it).
      const resubmitted = Math.max(decidedAt + HOUR, Math.min(decidedAt + rng.int(15, 40) * DAY, latest));
      const reaccepted = Math.max(resubmitted + HOUR, Math.min(resubmitted + rng.int(1, 3) * DAY, nowMs - HOUR));
      return {
        ...base,
        status: "accepted",
        revision: 2,
        acceptedRevision: 2,
        updatedAt: isoAt(reaccepted),
        revisions: [
          revision(1, plan.firstValues ?? plan.values, submittedAt, "accepted", decidedAt),
          revision(2, plan.values, resubmitted, "accepted", reaccepted),
        ],
      };
    }
    default:
      return {
        ...base,
        status: "accepted",
        revision: 1,
        acceptedRevision: 1,
        updatedAt: isoAt(decidedAt),
        revisions: [revision(1, plan.values, submittedAt, "accepted", decidedAt)],
      };
  }
}

/** The figures first submitted for a report later corrected: two stock figures under-reported by 3 %. */
export function firstSubmission(values: readonly DemoStatValue[]): DemoStatValue[] {
  const corrected = new Set(["agri_loan_balance", "tech_sme_loan_balance"]);
  return values.map((v) =>
    corrected.has(v.metric) && v.item === null
      ? { ...v, value: new Dec(v.value).times("0.97").div(10_000).floor().times(10_000).toFixed() }
      : v,
  );
}
