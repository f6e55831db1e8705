/**
 * A small book with one position per PCAF asset class, as the records of a positions and a counterparties file.
 * pcaf-golden.test.ts computes every figure by hand from these; apps/cli/test/fixtures/pcaf-book-*.csv hold the same.
 */
export const GOLDEN_COUNTERPARTIES: Record<string, string>[] = [
  // Listed cement maker: verified emissions, EVIC given.
  {
    counterparty: "91370200MA3C000011",
    name: "青岛示例水泥股份有限公司",
    sector: "C30",
    revenue: "1000000000",
    total_assets: "1800000000",
    evic: "2000000000",
    total_equity_and_debt: "1500000000",
    scope1_tco2e: "500000",
    scope2_tco2e: "100000",
    scope3_tco2e: "1000000",
    emissions_source: "verified",
  },
  // Unlisted power company issuing a bond: unverified reported emissions.
  {
    counterparty: "91370200MA3C000022",
    name: "示例热电有限公司",
    sector: "4411",
    revenue: "200000000",
    total_assets: "",
    evic: "",
    total_equity_and_debt: "400000000",
    scope1_tco2e: "80000",
    scope2_tco2e: "2000",
    scope3_tco2e: "",
    emissions_source: "reported",
  },
  // Unlisted cement grinder: revenue only → revenue-based estimate (division C30 factor).
  {
    counterparty: "91370200MA3C000033",
    name: "示例建材有限公司",
    sector: "C3011",
    revenue: "300000000",
    total_assets: "",
    evic: "",
    total_equity_and_debt: "600000000",
    scope1_tco2e: "",
    scope2_tco2e: "",
    scope3_tco2e: "",
    emissions_source: "",
  },
  // Trading company: nothing but its sector → asset-based estimate.
  {
    counterparty: "91370200MA3C000044",
    name: "示例商贸有限公司",
    sector: "F",
    revenue: "",
    total_assets: "",
    evic: "",
    total_equity_and_debt: "",
    scope1_tco2e: "",
    scope2_tco2e: "",
    scope3_tco2e: "",
    emissions_source: "",
  },
  // Project company of a wind farm.
  {
    counterparty: "91370200MA3C000055",
    name: "示例新能源项目公司",
    sector: "D44",
    revenue: "",
    total_assets: "",
    evic: "",
    total_equity_and_debt: "",
    scope1_tco2e: "",
    scope2_tco2e: "",
    scope3_tco2e: "",
    emissions_source: "",
  },
];

const position = (p: Record<string, string>): Record<string, string> => ({
  position_id: "",
  asset_class: "",
  counterparty: "",
  outstanding: "",
  currency: "CNY",
  sector: "",
  property_value: "",
  floor_area_m2: "",
  vehicle_value: "",
  project_total: "",
  project_emissions_tco2e: "",
  country: "",
  ...p,
});

export const GOLDEN_POSITIONS: Record<string, string>[] = [
  position({
    position_id: "LE-1",
    asset_class: "listed_equity",
    counterparty: "91370200MA3C000011",
    outstanding: "50000000",
  }),
  position({
    position_id: "CB-1",
    asset_class: "corporate_bond",
    counterparty: "91370200MA3C000022",
    outstanding: "10000000",
  }),
  position({
    position_id: "BL-1",
    asset_class: "business_loan",
    counterparty: "91370200MA3C000033",
    outstanding: "30000000",
  }),
  position({
    position_id: "BL-2",
    asset_class: "business_loan",
    counterparty: "91370200MA3C000044",
    outstanding: "20000000",
  }),
  position({
    position_id: "PF-1",
    asset_class: "project_finance",
    counterparty: "91370200MA3C000055",
    outstanding: "100000000",
    project_total: "500000000",
    project_emissions_tco2e: "250000",
  }),
  position({
    position_id: "CRE-1",
    asset_class: "commercial_real_estate",
    outstanding: "60000000",
    property_value: "150000000",
    floor_area_m2: "20000",
  }),
  position({ position_id: "MTG-1", asset_class: "mortgage", outstanding: "1200000", property_value: "3000000" }),
  position({ position_id: "CAR-1", asset_class: "motor_vehicle_loan", outstanding: "90000", vehicle_value: "150000" }),
  position({ position_id: "GOV-1", asset_class: "sovereign_debt", outstanding: "645150000", country: "CN" }),
];

export const GOLDEN_YEAR = 2024;
