import type { IndicatorKind } from "./definitions";
import type { EntryLocation } from "./entry";

/**
 * A validated value, as it is stored: numbers keep what was entered (value and unit) beside the canonical value in
 * the indicator's canonical unit, with the conversion that produced it, so every figure can be traced and redone.
 */
export interface NumberPayload {
  /** As entered, as a plain decimal string ("12000.5"). */
  readonly entered: string;
  readonly enteredUnit: string | null;
  /** In the indicator's canonical unit, exact decimal string. */
  readonly canonical: string;
  readonly canonicalUnit: string | null;
  /** The conversion's steps in words, with the factor and its source (empty when none took place). */
  readonly trace: readonly string[];
}

export type ValuePayload =
  | { readonly kind: "number" | "percent"; readonly number: NumberPayload }
  | { readonly kind: "boolean"; readonly boolean: boolean }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "enum"; readonly options: readonly string[] }
  | { readonly kind: "date"; readonly date: string };

export interface NormalisedValue {
  readonly indicatorId: string;
  readonly dimension: string;
  /** null when the figure is not disclosed; then `notDisclosedReason` may say why. */
  readonly payload: ValuePayload | null;
  readonly notDisclosedReason: string | null;
  readonly location: EntryLocation;
}

export const payloadKind = (v: NormalisedValue): IndicatorKind | null => v.payload?.kind ?? null;

/** The canonical number of a value, or null when it has none. */
export function canonicalNumber(v: NormalisedValue | undefined): string | null {
  const p = v?.payload;
  return p && (p.kind === "number" || p.kind === "percent") ? p.number.canonical : null;
}
