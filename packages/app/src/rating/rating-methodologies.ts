import {
  listRatingMethodologies,
  loadRatingMethodology,
  type RatingMethodology,
  renderMethodologyPage,
} from "@greenfin/reference";
import { AppError } from "../errors/app-error";

/** The methodology a reference names, or a bilingual 400 listing the ones that exist. */
export function methodologyOrFail(ref: string): RatingMethodology {
  const known = listRatingMethodologies().map((m) => m.ref);
  if (!known.includes(ref))
    throw new AppError("BAD_INPUT", {
      zh: `没有评级方法 ${ref}；可用：${known.join("、")}`,
      en: `No rating methodology ${ref}; available: ${known.join(", ")}`,
      details: { field: "methodology", known },
    });
  return loadRatingMethodology(ref);
}

export function methodologySummary(m: RatingMethodology) {
  return {
    ref: m.ref,
    id: m.id,
    version: m.version,
    status: m.status,
    name: { zh: m.name.zh, en: m.name.en },
    entityKind: m.entityKind as "enterprise" | "fund_manager",
    scale: m.scale.grades.map((g) => ({ grade: g.grade, minScore: g.lowerBound })),
    maxOverrideNotches: m.overrides.maxNotches,
    controversyCategories: m.controversies.categories.map((c) => ({
      id: c.id,
      name: { zh: c.name.zh, en: c.name.en },
      keyIssue: c.keyIssue,
    })),
    controversyStatuses: m.controversies.statuses.map((s) => ({
      status: s.status,
      label: { zh: s.label.zh, en: s.label.en },
    })),
  };
}

/** Every methodology version shipped, newest data first as listed by the reference package. */
export function listMethodologies() {
  return listRatingMethodologies().map((m) => methodologySummary(loadRatingMethodology(m.ref)));
}

/** The methodology's page, generated from its data (the same text as docs/methodology/<ref>.md). */
export function methodologyPage(ref: string) {
  const m = methodologyOrFail(ref);
  return { methodology: methodologySummary(m), markdown: renderMethodologyPage(m) };
}
