import type { EntityKind } from "@greenfin/reference";

/** Frameworks suggested when an organisation starts its first disclosure; it may choose others. */
export const SUGGESTED_FRAMEWORKS: Readonly<Record<EntityKind, readonly string[]>> = {
  enterprise: ["SSE2024", "MOF-BASIC"],
  financial_institution: ["JRT0227", "MOF-BASIC"],
  fund_manager: ["AMAC", "EDCI"],
  portfolio_company: ["EDCI"],
};
