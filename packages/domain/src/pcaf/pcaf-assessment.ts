import type { AttributionCalc } from "./pcaf-attribution";
import type { Dec } from "./pcaf-decimal";
import type { PcafEvidence, PcafFactorUse } from "./pcaf-result-types";

/** One position worked out, before rounding and data-quality scoring (calculate-position.ts publishes it). */
export interface Assessment {
  readonly sector: string | null;
  readonly attribution: AttributionCalc | null;
  readonly emissions: { readonly scope12: Dec; readonly scope3: Dec | null } | null;
  readonly financedScope12: Dec | null;
  readonly financedScope3: Dec | null;
  readonly evidence: PcafEvidence | null;
  readonly intensity: Dec | null;
  readonly factors: readonly PcafFactorUse[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** Collects explanation lines and factors while a position is worked out. */
export class Trace {
  readonly zh: string[] = [];
  readonly en: string[] = [];
  readonly factors: PcafFactorUse[] = [];

  line(zh: string, en: string): void {
    this.zh.push(zh);
    this.en.push(en);
  }

  lines(both: { zh: readonly string[]; en: readonly string[] }): void {
    this.zh.push(...both.zh);
    this.en.push(...both.en);
  }

  factor(f: { id: string; value: string; unit: string; source: string; verification: string }): void {
    this.factors.push({ id: f.id, value: f.value, unit: f.unit, source: f.source, verification: f.verification });
  }
}

export const uncovered = (sector: string | null, attribution: AttributionCalc | null, trace: Trace): Assessment => ({
  sector,
  attribution,
  emissions: null,
  financedScope12: null,
  financedScope3: null,
  evidence: null,
  intensity: null,
  factors: trace.factors,
  zh: trace.zh,
  en: trace.en,
});
