import type { Lang } from "../i18n";

/** Labels for the institution-type codes the platform uses; free text is shown as entered. */
const TYPES: Record<string, [zh: string, en: string]> = {
  management_committee: ["管理委员会", "Management committee"],
  national_bank_branch: ["国有大型银行分行", "State-owned bank branch"],
  joint_stock_bank_branch: ["股份制银行分行", "Joint-stock bank branch"],
  policy_bank_branch: ["政策性银行分行", "Policy bank branch"],
  city_commercial_bank: ["城市商业银行", "City commercial bank"],
  rural_commercial_bank: ["农村商业银行", "Rural commercial bank"],
  life_insurer: ["人身保险公司", "Life insurer"],
  property_insurer: ["财产保险公司", "Property & casualty insurer"],
  wealth_management_subsidiary: ["银行理财子公司", "Bank wealth management subsidiary"],
  pe_manager: ["私募股权基金管理人", "Private equity manager"],
  vc_manager: ["创业投资基金管理人", "Venture capital manager"],
  credit_rating_agency: ["信用评级机构", "Credit rating agency"],
  verification_body: ["第三方核查机构", "Verification body"],
};

export const INSTITUTION_TYPE_CODES = Object.keys(TYPES);

export function institutionTypeLabel(code: string | null | undefined, lang: Lang): string {
  if (!code) return "—";
  const hit = TYPES[code];
  return hit ? (lang === "en" ? hit[1] : hit[0]) : code;
}
