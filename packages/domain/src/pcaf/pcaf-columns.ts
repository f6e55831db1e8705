/** Column names of the positions and counterparties files, with the Chinese header each also accepts. */
export const POSITION_COLUMNS = {
  position_id: "头寸编号",
  asset_class: "资产类别",
  counterparty: "交易对手",
  outstanding: "余额",
  currency: "币种",
  sector: "行业",
  property_value: "物业价值",
  floor_area_m2: "建筑面积",
  vehicle_value: "车辆价值",
  project_total: "项目总投资",
  project_emissions_tco2e: "项目排放",
  country: "国家",
  // GreenFin extensions (docs/pcaf-method.md): a better data-quality option when known.
  building_type: "建筑类型",
  vehicle_type: "车辆类型",
} as const;

export const COUNTERPARTY_COLUMNS = {
  counterparty: "交易对手",
  name: "名称",
  sector: "行业",
  revenue: "营业收入",
  total_assets: "总资产",
  evic: "企业价值",
  total_equity_and_debt: "权益与负债合计",
  scope1_tco2e: "范围一排放",
  scope2_tco2e: "范围二排放",
  // GreenFin extension: Scope 3, reported separately.
  scope3_tco2e: "范围三排放",
  emissions_source: "排放来源",
} as const;

/**
 * Which header of the file holds each known column: matched case-insensitively, BOM and spaces ignored, English or
 * Chinese. Unknown headers are ignored.
 */
export function matchColumns<C extends string>(
  header: readonly string[],
  columns: Readonly<Record<C, string>>,
): Map<C, string> {
  const byName = new Map<string, C>();
  for (const [name, zh] of Object.entries(columns) as [C, string][]) {
    byName.set(name, name);
    byName.set(zh, name);
  }
  const found = new Map<C, string>();
  for (const raw of header) {
    const column = byName.get(
      raw
        .replace(/^\uFEFF/, "")
        .trim()
        .toLowerCase(),
    );
    if (column !== undefined && !found.has(column)) found.set(column, raw);
  }
  return found;
}
