import type { TGreenProjectDetail, TGreenProjectInput } from "@greenfin/contracts";
import { ApiError } from "../../../api/client";

export interface ParamLine {
  key?: string;
  value?: string;
  unit?: string;
}
export interface BenefitLine {
  method?: string;
  inputs?: Record<string, string | undefined>;
}
export interface ProjectFormValues {
  ownerOrgId?: string;
  name?: string;
  description?: string;
  area?: string;
  address?: string;
  industryCode?: string;
  declaredCategory?: string;
  totalInvestment?: string;
  financingNeed?: string;
  startYear?: number | null;
  operationYear?: number | null;
  eiaStatus?: TGreenProjectInput["eiaStatus"];
  parameters?: ParamLine[];
  expectedBenefits?: BenefitLine[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const trimmed = (s: string | undefined | null) => (s ?? "").trim();

/** Technical parameters as the classifier reads them: numbers where the text is one. */
export function parametersOf(lines: ParamLine[] | undefined): TGreenProjectInput["parameters"] {
  return (lines ?? [])
    .filter((p) => trimmed(p.key) && trimmed(p.value))
    .map((p) => ({
      key: trimmed(p.key),
      value: NUMBER.test(trimmed(p.value)) ? Number(trimmed(p.value)) : trimmed(p.value),
      unit: trimmed(p.unit) || null,
    }));
}

/** Benefit lines with their filled-in inputs only (the server names any missing required one). */
export function benefitLinesOf(lines: BenefitLine[] | undefined): TGreenProjectInput["expectedBenefits"] {
  return (lines ?? [])
    .filter((l) => l.method)
    .map((l) => ({
      method: l.method ?? "",
      inputs: Object.fromEntries(
        Object.entries(l.inputs ?? {})
          .map(([k, v]) => [k, trimmed(v)] as const)
          .filter(([, v]) => v !== ""),
      ),
    }));
}

export function toInput(v: ProjectFormValues): TGreenProjectInput {
  return {
    ...(v.ownerOrgId ? { ownerOrgId: v.ownerOrgId } : {}),
    name: trimmed(v.name),
    description: trimmed(v.description),
    area: v.area ?? "",
    ...(trimmed(v.address) ? { address: trimmed(v.address) } : {}),
    industryCode: trimmed(v.industryCode).toUpperCase(),
    ...(v.declaredCategory ? { declaredCategory: v.declaredCategory } : {}),
    totalInvestment: trimmed(v.totalInvestment),
    financingNeed: trimmed(v.financingNeed),
    ...(v.startYear ? { startYear: v.startYear } : {}),
    ...(v.operationYear ? { operationYear: v.operationYear } : {}),
    eiaStatus: v.eiaStatus ?? "pending",
    parameters: parametersOf(v.parameters),
    expectedBenefits: benefitLinesOf(v.expectedBenefits),
  };
}

export function fromDetail(p: TGreenProjectDetail): ProjectFormValues {
  return {
    ownerOrgId: p.owner.id,
    name: p.name,
    description: p.description,
    area: p.area,
    address: p.address ?? undefined,
    industryCode: p.industryCode,
    declaredCategory: p.declaredCategory?.code,
    totalInvestment: p.totalInvestment,
    financingNeed: p.financingNeed,
    startYear: p.startYear,
    operationYear: p.operationYear,
    eiaStatus: p.eiaStatus,
    parameters: p.parameters.map((x) => ({ key: x.key, value: String(x.value), unit: x.unit ?? undefined })),
    expectedBenefits: p.expectedBenefits.map((l) => ({ method: l.method, inputs: { ...l.inputs } })),
  };
}

/** The server writes list items as `a[0].b`; the forms' paths are `a.0.b`. */
export function withDottedPaths(e: unknown): unknown {
  if (!(e instanceof ApiError) || e.problems.length === 0) return e;
  const problems = e.problems.map((p) => ({ ...p, path: p.path.replace(/\[(\d+)\]/g, ".$1") }));
  return new ApiError(e.status, e.code, e.message, { ...(e.details as object), problems });
}
