/**
 * Green projects for tests: a fishery-PV complementary plant and an offshore wind farm, valid zGreenProjectInput
 * bodies, with expected benefits the renewable-generation calculator computes (MWh → tCO2 at the grid factor).
 * The classifier proposes 4.2.2 (solar) for the first and 4.2.1 (wind) for the second.
 */
import type { TGreenProjectInput } from "@greenfin/contracts";

export type ProjectBody = Omit<TGreenProjectInput, "parameters" | "expectedBenefits"> &
  Partial<Pick<TGreenProjectInput, "parameters" | "expectedBenefits">>;

/** 50 MW over fish ponds; 60,000 MWh a year expected. */
export function fisheryPv(overrides: Partial<ProjectBody> = {}): ProjectBody {
  return {
    name: "即墨渔光互补光伏电站",
    description: "项目在养殖池塘上方架设光伏板，实现渔业养殖与光伏发电结合，装机容量50MW。",
    area: "即墨区",
    address: "即墨区鳌山卫街道",
    industryCode: "D4416",
    totalInvestment: "210000000",
    financingNeed: "150000000",
    startYear: 2024,
    operationYear: 2025,
    eiaStatus: "approved",
    parameters: [{ key: "capacity_mw", value: 50, unit: "MW" }],
    expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: "60000" } }],
    ...overrides,
  };
}

/** 300 MW in the Yellow Sea; 900,000 MWh a year expected. */
export function offshoreWind(overrides: Partial<ProjectBody> = {}): ProjectBody {
  return {
    name: "崂山湾300MW海上风电项目",
    description:
      "青岛海上风电项目位于黄海海域，建设装机容量300MW的海上风电场，采用导管架基础，年上网电量约90万兆瓦时。",
    area: "崂山区",
    industryCode: "4415",
    totalInvestment: "4800000000.00",
    financingNeed: "3600000000",
    startYear: 2025,
    operationYear: 2027,
    eiaStatus: "filed",
    expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: "900000" } }],
    ...overrides,
  };
}

/** A minimal PDF (its signature is what the document check reads). */
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
