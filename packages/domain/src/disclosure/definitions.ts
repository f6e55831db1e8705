/**
 * The parts of the disclosure catalogue the validator needs, as plain shapes. The reference package's catalogue
 * satisfies them structurally; the domain does not import it (the domain depends on nothing).
 */

export type IndicatorKind = "number" | "percent" | "boolean" | "text" | "enum" | "date";
export type RequirementLevel = "mandatory" | "comply_or_explain" | "conditional" | "voluntary";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface IndicatorDef {
  readonly id: string;
  readonly name: Bilingual;
  readonly type: IndicatorKind;
  /** The indicator's canonical unit; null for unitless types, or numbers whose unit the filer chooses. */
  readonly unit: string | null;
  readonly enumOptions: readonly string[] | null;
  readonly multiSelect: boolean;
  readonly breakdowns: readonly string[];
}

export interface DimensionMember {
  readonly key: string;
  readonly label: Bilingual;
}

export interface DimensionDef {
  readonly id: string;
  readonly name: Bilingual;
  /** Open dimensions (region, facility …) take any member name the filer types; closed ones only `members`. */
  readonly open: boolean;
  readonly members: readonly DimensionMember[];
}

/** An operand of a rule: an indicator's total, or one breakdown member of it. */
export interface RuleOperand {
  readonly indicator: string;
  readonly dimension?: string;
}

interface RuleBase {
  readonly id: string;
  readonly explain: Bilingual;
  readonly source: string;
}

export type CrossFieldRule =
  | (RuleBase & {
      readonly kind: "sum";
      readonly total: string;
      /** The total must equal the sum of one of these sets (e.g. Scope 2 location- or market-based). */
      readonly alternatives: readonly (readonly string[])[];
      readonly relativeTolerance: string;
    })
  | (RuleBase & {
      readonly kind: "breakdown_sum";
      readonly total: string;
      readonly of: string;
      readonly dimension: string;
      /**
       * "complete": the members given are all there are (unreported Scope 3 categories are nil), so they must add up
       * to the total; "all_or_part": a filer may give some members (women only), so the sum must equal the total
       * when every member is given and may not exceed it otherwise.
       */
      readonly membersGiven: "complete" | "all_or_part";
      readonly relativeTolerance: string;
    })
  | (RuleBase & {
      readonly kind: "not_greater";
      readonly part: readonly RuleOperand[];
      readonly whole: readonly RuleOperand[];
    })
  | (RuleBase & {
      readonly kind: "ratio";
      readonly result: string;
      readonly numerator: readonly RuleOperand[];
      readonly denominator: readonly RuleOperand[];
      readonly multiplier: string;
      readonly relativeTolerance: string;
    })
  | (RuleBase & {
      readonly kind: "required_if";
      readonly indicator: string;
      readonly when: { readonly indicator: string; readonly equals: boolean | string | number };
    })
  | (RuleBase & {
      readonly kind: "range";
      readonly indicator: string;
      readonly min: string;
      readonly max: string;
      readonly integer: boolean;
    });

export interface ValidationRuleSet {
  readonly yearOnYear: {
    readonly warnAboveRelativeChange: string;
    readonly minimumBase: string;
    readonly explain: Bilingual;
  };
  /** Indicators whose value may be negative (net hires); every other number must be ≥ 0. */
  readonly allowNegative: readonly string[];
  /** Units whose values must be whole numbers (people, incidents). */
  readonly wholeNumberUnits: readonly string[];
  readonly rules: readonly CrossFieldRule[];
}

/** One indicator the organisation is asked for, with the strongest level among its chosen frameworks. */
export interface RequiredItem {
  readonly indicatorId: string;
  readonly level: RequirementLevel;
  readonly frameworks: readonly string[];
  /** Each framework's own level for the item, when known: messages then name only the frameworks that demand it. */
  readonly levels?: Readonly<Record<string, RequirementLevel>>;
}
