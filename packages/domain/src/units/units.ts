/**
 * The units table, as data. Each unit belongs to one dimension and converts to that dimension's canonical unit by
 *
 *     canonical = value × factor ÷ per
 *
 * (`per` defaults to "1"). Both are decimal strings, so every factor is stated exactly as its source gives it; a
 * reciprocal such as GJ → tce (1 tce = 29.3076 GJ) is written with `per` instead of a rounded decimal.
 */
export interface UnitDefinition {
  readonly id: string;
  readonly dimension: UnitDimension;
  readonly label: { readonly zh: string; readonly en: string };
  /** Multiply by this (decimal string) to reach the canonical unit … */
  readonly factor: string;
  /** … then divide by this (decimal string, default "1"). */
  readonly per?: string;
  /** Where the factor comes from (definitions of SI prefixes and currency words need none). */
  readonly source?: string;
}

export type UnitDimension =
  | "energy"
  | "mass"
  | "volume"
  | "money"
  | "emissions"
  | "ratio"
  | "rate_per_hours"
  | "area"
  | "count"
  | "headcount_fte"
  | "time"
  | "emissions_per_money"
  | "energy_per_money"
  | "volume_per_money"
  | "emissions_per_person"
  | "carbon_price";

/**
 * China's electricity calorific equivalent (电力折标准煤系数，当量值): 1 kWh = 0.1229 kgce, i.e. 1 MWh = 0.1229 tce,
 * as tabulated in GB/T 2589-2020《综合能耗计算通则》 (quoted from secondary copies; the standard's text was not
 * read here). It is 860 kcal ÷ 7000 kcal/kgce = 0.12286 rounded to four places. Because MWh and GJ both go through
 * tce, MWh → GJ gives 0.1229 × 29.3076 = 3.60190404 GJ, not the physical 3.6 GJ: this table converts energy the way
 * Chinese energy statistics do (折标煤), not by physics.
 */
export const ELECTRICITY_TCE_PER_MWH = "0.1229";
/**
 * 1 tce = 29.3076 GJ: a kilogram of standard coal has a net calorific value of 7000 kcal, and
 * 7000 kcal × 4.1868 kJ/kcal = 29 307.6 kJ (GB/T 2589-2020 writes the same definition rounded to 29 307 kJ).
 */
export const GJ_PER_TCE = "29.3076";

const SOURCE_ELECTRICITY =
  "GB/T 2589-2020 综合能耗计算通则, electricity calorific equivalent (当量值) 0.1229 kgce/kWh = 0.1229 tce/MWh (secondary copies)";
const SOURCE_TCE_GJ =
  "1 kgce = 7000 kcal × 4.1868 kJ/kcal = 29 307.6 kJ, so 1 tce = 29.3076 GJ (GB/T 2589-2020 standard-coal definition)";

/** Canonical unit of each dimension (its factor is "1"). */
export const CANONICAL_UNITS: Readonly<Record<UnitDimension, string>> = {
  energy: "tce",
  mass: "t",
  volume: "m3",
  money: "yuan",
  emissions: "tCO2e",
  ratio: "percent",
  rate_per_hours: "per_1m_hours",
  area: "ha",
  count: "count",
  headcount_fte: "fte",
  time: "h",
  emissions_per_money: "tCO2e_per_wan_yuan",
  energy_per_money: "tce_per_wan_yuan",
  volume_per_money: "m3_per_wan_yuan",
  emissions_per_person: "tCO2e_per_person",
  carbon_price: "yuan_per_tCO2e",
};

export const UNITS: readonly UnitDefinition[] = [
  // energy — canonical tce (吨标准煤)
  { id: "tce", dimension: "energy", label: { zh: "吨标准煤", en: "tonne of coal equivalent" }, factor: "1" },
  { id: "kgce", dimension: "energy", label: { zh: "千克标准煤", en: "kilogram of coal equivalent" }, factor: "0.001" },
  {
    id: "MWh",
    dimension: "energy",
    label: { zh: "兆瓦时", en: "megawatt-hour" },
    factor: ELECTRICITY_TCE_PER_MWH,
    source: SOURCE_ELECTRICITY,
  },
  {
    id: "kWh",
    dimension: "energy",
    label: { zh: "千瓦时", en: "kilowatt-hour" },
    factor: ELECTRICITY_TCE_PER_MWH,
    per: "1000",
    source: SOURCE_ELECTRICITY,
  },
  {
    id: "GJ",
    dimension: "energy",
    label: { zh: "吉焦", en: "gigajoule" },
    factor: "1",
    per: GJ_PER_TCE,
    source: SOURCE_TCE_GJ,
  },
  {
    id: "TJ",
    dimension: "energy",
    label: { zh: "太焦", en: "terajoule" },
    factor: "1000",
    per: GJ_PER_TCE,
    source: SOURCE_TCE_GJ,
  },
  // mass — canonical t
  { id: "t", dimension: "mass", label: { zh: "吨", en: "tonne" }, factor: "1" },
  { id: "kg", dimension: "mass", label: { zh: "千克", en: "kilogram" }, factor: "0.001" },
  // volume — canonical m3 (water: 1 t ≈ 1 m3 is a convention of the indicator, not a conversion here)
  { id: "m3", dimension: "volume", label: { zh: "立方米", en: "cubic metre" }, factor: "1" },
  { id: "L", dimension: "volume", label: { zh: "升", en: "litre" }, factor: "0.001" },
  { id: "ML", dimension: "volume", label: { zh: "兆升", en: "megalitre" }, factor: "1000" },
  { id: "wan_m3", dimension: "volume", label: { zh: "万立方米", en: "10⁴ m³" }, factor: "10000" },
  // money — canonical yuan
  { id: "yuan", dimension: "money", label: { zh: "元", en: "CNY" }, factor: "1" },
  { id: "wan_yuan", dimension: "money", label: { zh: "万元", en: "CNY 10k" }, factor: "10000" },
  { id: "m_yuan", dimension: "money", label: { zh: "百万元", en: "CNY million" }, factor: "1000000" },
  { id: "yi_yuan", dimension: "money", label: { zh: "亿元", en: "CNY 100m" }, factor: "100000000" },
  // emissions — canonical tCO2e
  { id: "tCO2e", dimension: "emissions", label: { zh: "吨二氧化碳当量", en: "tonne CO2e" }, factor: "1" },
  { id: "ktCO2e", dimension: "emissions", label: { zh: "千吨二氧化碳当量", en: "kilotonne CO2e" }, factor: "1000" },
  { id: "kgCO2e", dimension: "emissions", label: { zh: "千克二氧化碳当量", en: "kilogram CO2e" }, factor: "0.001" },
  {
    id: "tCO2",
    dimension: "emissions",
    label: { zh: "吨二氧化碳", en: "tonne CO2" },
    factor: "1",
    source: "CO2 has a global warming potential of 1 by definition, so 1 tCO2 = 1 tCO2e",
  },
  // ratio — canonical percent
  { id: "percent", dimension: "ratio", label: { zh: "%", en: "percent" }, factor: "1" },
  { id: "ratio", dimension: "ratio", label: { zh: "比值", en: "ratio (1 = 100%)" }, factor: "100" },
  // injury and other rates — canonical per 1,000,000 hours worked
  {
    id: "per_1m_hours",
    dimension: "rate_per_hours",
    label: { zh: "每百万工时", en: "per 1,000,000 hours worked" },
    factor: "1",
  },
  {
    id: "per_200k_hours",
    dimension: "rate_per_hours",
    label: { zh: "每20万工时", en: "per 200,000 hours worked" },
    factor: "5",
    source: "1,000,000 / 200,000 = 5 (GRI 403-9 allows either base)",
  },
  // area — canonical hectare
  { id: "ha", dimension: "area", label: { zh: "公顷", en: "hectare" }, factor: "1" },
  { id: "m2", dimension: "area", label: { zh: "平方米", en: "square metre" }, factor: "0.0001" },
  { id: "km2", dimension: "area", label: { zh: "平方千米", en: "square kilometre" }, factor: "100" },
  // counts (persons, cases, incidents …; the indicator says what is counted)
  { id: "count", dimension: "count", label: { zh: "个/人/次", en: "count" }, factor: "1" },
  { id: "fte", dimension: "headcount_fte", label: { zh: "全职员工当量", en: "full-time equivalent" }, factor: "1" },
  // time — canonical hour
  { id: "h", dimension: "time", label: { zh: "小时", en: "hour" }, factor: "1" },
  { id: "day", dimension: "time", label: { zh: "天", en: "day" }, factor: "24" },
  // intensities
  {
    id: "tCO2e_per_wan_yuan",
    dimension: "emissions_per_money",
    label: { zh: "吨二氧化碳当量/万元", en: "tCO2e per CNY 10k" },
    factor: "1",
  },
  {
    id: "tCO2e_per_m_yuan",
    dimension: "emissions_per_money",
    label: { zh: "吨二氧化碳当量/百万元", en: "tCO2e per CNY million" },
    factor: "1",
    per: "100",
  },
  {
    id: "tce_per_wan_yuan",
    dimension: "energy_per_money",
    label: { zh: "吨标准煤/万元", en: "tce per CNY 10k" },
    factor: "1",
  },
  {
    id: "m3_per_wan_yuan",
    dimension: "volume_per_money",
    label: { zh: "立方米/万元", en: "m3 per CNY 10k" },
    factor: "1",
  },
  {
    id: "tCO2e_per_person",
    dimension: "emissions_per_person",
    label: { zh: "吨二氧化碳当量/人", en: "tCO2e per person" },
    factor: "1",
  },
  {
    id: "yuan_per_tCO2e",
    dimension: "carbon_price",
    label: { zh: "元/吨二氧化碳当量", en: "CNY per tCO2e" },
    factor: "1",
  },
];
