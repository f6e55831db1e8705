import type { StatBreakdownItems } from "../../statistics/intake/check-stat-report";
import type { StatTemplate } from "../../statistics/statistics-types";

/** A labelled green loan of a bank already on the platform (table green_financings, instrument `loan`). */
export interface DemoStatPlatformLoan {
  readonly institutionKey: string;
  /** Level-1 catalogue use (first segment of the label), or null when unlabelled. */
  readonly use: string | null;
  /** GB/T 4754 section letter, or null. */
  readonly section: string | null;
  /** Yuan, decimal text. */
  readonly amount: string;
  readonly outstanding: string;
  /** "YYYY-MM-DD". */
  readonly startDate: string;
  readonly maturityDate: string | null;
}

/** A marketplace claim funded by an institution (need_claims.funded_at as a China local date). */
export interface DemoStatMarketFunding {
  readonly institutionKey: string;
  readonly date: string;
  readonly amount: string;
}

export interface GenerateDemoStatisticsInput {
  readonly seed: number;
  /** The seeding instant: the history ends with the last complete month (and quarter) before it, China time. */
  readonly nowMs: number;
  /** The district's financial institutions (others are ignored). */
  readonly institutions: readonly {
    readonly key: string;
    readonly kind: string;
    readonly institutionType: string | null;
  }[];
  readonly monthly: StatTemplate;
  readonly quarterly: StatTemplate;
  readonly breakdownItems: StatBreakdownItems;
  readonly platformLoans?: readonly DemoStatPlatformLoan[];
  readonly marketFundings?: readonly DemoStatMarketFunding[];
  /** Months of history (36 by default); quarters are a third of it. */
  readonly months?: number;
}

export interface DemoStatValue {
  readonly metric: string;
  readonly item: string | null;
  readonly value: string;
  /** "reported", or "marketplace" where the figure is the platform's own. */
  readonly source: string;
}

export interface DemoStatRevision {
  readonly revision: number;
  readonly values: readonly DemoStatValue[];
  /** ISO instants. */
  readonly submittedAt: string;
  readonly outcome: "accepted" | "returned" | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}

export interface DemoStatReport {
  readonly orgKey: string;
  readonly orgKind: string;
  readonly templateRef: string;
  readonly period: string;
  readonly status: "submitted" | "returned" | "accepted";
  readonly revision: number;
  readonly acceptedRevision: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revisions: readonly DemoStatRevision[];
}

export interface DemoStatistics {
  readonly months: readonly string[];
  readonly quarters: readonly string[];
  /** The bank that starts reporting mid-way, and its first month. */
  readonly joiner: { readonly orgKey: string; readonly firstMonth: string } | null;
  readonly reports: readonly DemoStatReport[];
}
