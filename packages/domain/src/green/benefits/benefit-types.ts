/**
 * The benefit method set as the engine reads it: the shape `loadBenefitMethodSet` of @greenfin/reference returns
 * (formulas already parsed into trees), restated here so the domain depends on no package.
 */

export type BenefitExpressionNode =
  | { readonly kind: "number"; readonly value: string }
  | { readonly kind: "name"; readonly name: string }
  | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: BenefitExpressionNode;
      readonly right: BenefitExpressionNode;
    };

interface Named {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface BenefitInputDef extends Named {
  readonly unit: string;
  readonly required: boolean;
  readonly min: string;
  readonly max?: string | undefined;
  readonly default?: string | undefined;
  readonly scale: "extensive" | "intensive";
}

/** A factor written in the data, or one the caller resolves from the carbon factor set (`from`). */
export type BenefitFactorDef = Named & { readonly unit: string; readonly note?: string | undefined } & (
    | { readonly value: string; readonly source: string; readonly verification: string }
    | { readonly from: "grid" | "carbon"; readonly id?: string | undefined }
  );

export interface BenefitOutputDef extends Named {
  readonly unit: string;
  readonly formula: string;
  readonly expression: BenefitExpressionNode;
  readonly places: number;
  readonly signed?: boolean | undefined;
}

export interface BenefitMethodDef extends Named {
  readonly version: string;
  readonly descriptionZh: string;
  readonly descriptionEn: string;
  readonly categories: readonly string[];
  readonly inputs: readonly BenefitInputDef[];
  readonly atLeastOne?: readonly string[] | undefined;
  readonly constraints?:
    | readonly { left: string; op: ">="; right: string; messageZh: string; messageEn: string }[]
    | undefined;
  readonly factors: readonly BenefitFactorDef[];
  readonly outputs: readonly BenefitOutputDef[];
}

export interface BenefitMethodSetData {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly methods: readonly BenefitMethodDef[];
}

/** A factor's value as used: from the data or resolved from the carbon factor set. */
export interface ResolvedBenefitFactor {
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly verification: string;
}

/** The grid factor the caller chose for the year (region, year actually used, value, source). */
export interface BenefitGridFactor extends ResolvedBenefitFactor {
  readonly region: string;
  readonly year: number;
}

/** What the caller resolved from the carbon factor set: the grid factor and records by id. */
export interface BenefitFactorResolution {
  readonly grid?: BenefitGridFactor | undefined;
  readonly carbon: Readonly<Record<string, ResolvedBenefitFactor>>;
}

/** One calculator's inputs as stated: input key → decimal text. */
export interface BenefitLine {
  readonly method: string;
  readonly inputs: Readonly<Record<string, string>>;
}

export interface BenefitProblem {
  readonly path: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

export interface BenefitFactorUse extends ResolvedBenefitFactor {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface BenefitOutputResult {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly value: string;
  readonly unit: string;
  readonly formula: string;
  readonly substituted: string;
  readonly factors: readonly BenefitFactorUse[];
}

export interface BenefitLineResult {
  readonly method: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly inputs: readonly { key: string; nameZh: string; nameEn: string; value: string; unit: string }[];
  readonly outputs: readonly BenefitOutputResult[];
}

/** The report: same shape as the contract's zBenefitReport. */
export interface BenefitReportData {
  readonly methodSet: { readonly id: string; readonly version: string; readonly sha256: string };
  readonly gridFactor: {
    readonly region: string;
    readonly year: number;
    readonly value: string;
    readonly unit: string;
    readonly source: string;
  } | null;
  readonly lines: readonly BenefitLineResult[];
  readonly totals: readonly { key: string; nameZh: string; nameEn: string; value: string; unit: string }[];
}
