/**
 * What a submission and a resubmission both write: the project's content as checked and the classifier's answer, as
 * column/value pairs in one order, so the INSERT of submit-project.ts and the UPDATE of resubmit-project.ts cannot
 * drift apart.
 */
import type { CheckedProjectInput } from "./check-project-input";
import type { ClassificationColumns } from "./classify-project-input";

export interface ContentColumn {
  column: string;
  value: unknown;
  /** A cast the placeholder needs ("::jsonb"). */
  cast?: string;
}

/** The expected CO2 reduction (tCO2/yr) of a benefit report: the total the library sorts and sums by. */
export const co2Total = (expected: { totals: { key: string; value: string }[] } | null) =>
  expected?.totals.find((t) => t.key === "co2_reduction_t")?.value ?? null;

export function projectContentColumns(checked: CheckedProjectInput, c: ClassificationColumns): ContentColumn[] {
  const { input } = checked;
  return [
    { column: "name", value: input.name },
    { column: "description", value: input.description },
    { column: "area", value: input.area },
    { column: "address", value: input.address ?? null },
    { column: "industry_code", value: checked.industryCode },
    { column: "declared_category", value: input.declaredCategory ?? null },
    { column: "total_investment", value: input.totalInvestment },
    { column: "financing_need", value: input.financingNeed },
    { column: "start_year", value: input.startYear ?? null },
    { column: "operation_year", value: input.operationYear ?? null },
    { column: "eia_status", value: input.eiaStatus },
    { column: "parameters", value: JSON.stringify(input.parameters), cast: "::jsonb" },
    { column: "expected_benefits", value: JSON.stringify(input.expectedBenefits), cast: "::jsonb" },
    { column: "expected_result", value: checked.expected ? JSON.stringify(checked.expected) : null },
    { column: "expected_co2_t", value: co2Total(checked.expected) },
    { column: "classification", value: c.classification },
    { column: "classifier_catalogue", value: c.catalogue },
    { column: "classifier_vocabulary", value: c.vocabulary },
    { column: "fingerprint", value: c.fingerprint },
    { column: "proposed_category", value: c.proposedCategory },
    { column: "proposed_confidence", value: c.proposedConfidence },
    { column: "proposed_blue", value: c.blue },
    { column: "proposed_transition", value: c.transition },
  ];
}
