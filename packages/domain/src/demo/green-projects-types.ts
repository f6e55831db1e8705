/** The demo green project library as plain data: projects, their review, financings and benefit reports. */

export type DemoGreenStatus = "submitted" | "returned" | "certified" | "rejected";

export interface DemoGreenParameter {
  key: string;
  value: number | string;
  unit: string | null;
}

export interface DemoBenefitLine {
  method: string;
  /** Input key → decimal text in the method's unit. */
  inputs: Record<string, string>;
}

/** One step of a project's history, in order. */
export interface DemoGreenStep {
  action: "submit" | "resubmit" | "return" | "certify" | "reject" | "financing" | "benefit-report";
  /** ISO instant. */
  at: string;
  /** Demo key of the acting organisation; its `role` member acts. */
  orgKey: string;
  role: "analyst" | "reviewer";
  note: string | null;
}

export interface DemoGreenFinancing {
  institutionKey: string;
  instrument: "loan" | "bond" | "insurance";
  reference: string;
  /** The project's key when linked (the label is then the project's certified category). */
  projectKey: string | null;
  borrowerKey: string | null;
  borrowerName: string;
  /** Yuan, integer text. */
  amount: string;
  outstanding: string;
  startDate: string;
  maturityDate: string | null;
  /** For a financing standing alone: its level-3 label, or null (unlabelled). Linked ones take the project's. */
  categoryCode: string | null;
  useOfProceeds: string;
  /** Canonical GB/T 4754 code, or null. */
  industryCode: string | null;
  ratePercent: string;
}

export interface DemoBenefitReport {
  year: number;
  /** Actual against expected, e.g. "0.93": every expected input is scaled by it. */
  ratio: string;
  /** ISO instant. */
  reportedAt: string;
}

export interface DemoGreenProject {
  key: string;
  /** The kind of project the text was written from (offshore-wind, fishery-pv …). */
  kind: string;
  ownerKey: string;
  /** The owner itself, or a bank that entered it for the owner. */
  submittedByKey: string;
  name: string;
  description: string;
  area: string;
  address: string;
  /** Canonical GB/T 4754 code, e.g. "D4415". */
  industryCode: string;
  declaredCategory: string | null;
  /** Yuan, integer text. */
  totalInvestment: string;
  financingNeed: string;
  startYear: number;
  operationYear: number;
  eiaStatus: "approved" | "filed" | "pending" | "exempt";
  parameters: DemoGreenParameter[];
  expectedBenefits: DemoBenefitLine[];
  /** The category a reviewer certifies when the classifier finds none (level 3), and whether it is blue. */
  fallbackCategory: string;
  blue: boolean;
  status: DemoGreenStatus;
  /** ISO instants. */
  submittedAt: string;
  decidedAt: string | null;
  /** The reviewing organisation (district or verifier) when decided. */
  reviewerKey: string | null;
  returnNote: string | null;
  evidenceNote: string | null;
  conditions: string | null;
  steps: DemoGreenStep[];
  benefitReports: DemoBenefitReport[];
}

export interface DemoGreenLibrary {
  seed: number;
  projects: DemoGreenProject[];
  /** Linked to projects, standing alone with a label, and a few unlabelled ones. */
  financings: DemoGreenFinancing[];
}

export interface GenerateDemoGreenInput {
  readonly seed: number;
  readonly organisations: readonly {
    readonly key: string;
    readonly kind: string;
    readonly nameZh: string;
    readonly industryCode: string | null;
    readonly area: string | null;
  }[];
  /** How many projects; by default 15 % of the enterprises, between 24 and 300. */
  readonly projectCount?: number;
}
