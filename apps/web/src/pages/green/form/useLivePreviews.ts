import type { TClassifyBody } from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { greenApi } from "../../../api/green";
import { type BenefitLine, benefitLinesOf, type ParamLine, parametersOf } from "./formValues";
import { useDebouncedValue } from "./useDebouncedValue";

/** The classifier's answer for what is typed, 500 ms after the last change (nothing until there is a description). */
export function useLiveClassification(v: {
  name?: string;
  description?: string;
  industryCode?: string;
  parameters?: ParamLine[];
}) {
  const body: TClassifyBody | null =
    (v.description ?? "").trim().length >= 4
      ? {
          ...(v.name?.trim() ? { name: v.name.trim() } : {}),
          description: (v.description ?? "").trim(),
          ...(v.industryCode?.trim() ? { industryCode: v.industryCode.trim().toUpperCase() } : {}),
          parameters: parametersOf(v.parameters),
        }
      : null;
  const debounced = useDebouncedValue(body, 500);
  return useQuery({
    queryKey: ["green", "classify", debounced],
    queryFn: () => greenApi.classify(debounced as TClassifyBody),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

/** The benefit computation of the lines as entered, 500 ms after the last change; errors name the fields. */
export function useLiveBenefits(lines: BenefitLine[] | undefined, year?: number) {
  const body = benefitLinesOf(lines).filter((l) => Object.keys(l.inputs).length > 0);
  const debounced = useDebouncedValue(body, 500);
  return useQuery({
    queryKey: ["green", "benefit-preview", debounced, year],
    queryFn: () => greenApi.previewBenefits({ lines: debounced, ...(year ? { year } : {}) }),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}
