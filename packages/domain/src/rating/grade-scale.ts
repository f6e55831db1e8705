import type { GradeBand, RatingMethodology } from "./methodology-types";
import { compareDec, Dec } from "./rating-decimal";

export interface CompiledBand {
  readonly grade: string;
  readonly lowerBound: Dec;
}

/** The first band (best first) whose lower bound the score reaches. */
export function gradeAt(bands: readonly CompiledBand[], score: Dec): string {
  for (const band of bands) if (compareDec(score, band.lowerBound) >= 0) return band.grade;
  throw new RangeError(`Score ${score.toFixed()} is below every grade of the scale`);
}

/**
 * The grade of a published score: the first band (best first) whose lower bound the score reaches. A score exactly
 * at a lower bound gets that band's grade.
 */
export const gradeFor = (grades: readonly GradeBand[], score: string): string =>
  gradeAt(
    grades.map((g) => ({ grade: g.grade, lowerBound: new Dec(g.lowerBound) })),
    new Dec(score),
  );

/** Notches from one grade to another on the scale: positive is an upgrade. */
export function notchesBetween(grades: readonly GradeBand[], from: string, to: string): number {
  const index = (grade: string) => {
    const i = grades.findIndex((g) => g.grade === grade);
    if (i < 0) throw new RangeError(`"${grade}" is not a grade of this scale`);
    return i;
  };
  return index(from) - index(to);
}

export type GradeOverrideCheck =
  | { readonly allowed: true; readonly notches: number }
  | { readonly allowed: false; readonly notches: number; readonly reason: string };

/** Whether an analyst may move `computed` to `proposed`: a different grade, at most the methodology's notches away. */
export function checkGradeOverride(
  methodology: Pick<RatingMethodology, "scale" | "overrides">,
  computed: string,
  proposed: string,
): GradeOverrideCheck {
  const notches = notchesBetween(methodology.scale.grades, computed, proposed);
  const max = methodology.overrides.maxNotches;
  if (notches === 0) return { allowed: false, notches, reason: "the proposed grade is the computed grade" };
  if (Math.abs(notches) > max)
    return { allowed: false, notches, reason: `${Math.abs(notches)} notches; the methodology allows at most ${max}` };
  return { allowed: true, notches };
}
