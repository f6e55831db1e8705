/**
 * The words and number formats of the carbon credit report, in Chinese and English. Numbers are printed from the
 * account's decimal strings (grouped, at most three places for tonnes), never recomputed.
 */
export type CarbonReportLang = "zh" | "en";

interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export const CARBON_REPORT_TEXT = {
  title: { zh: "碳信用报告", en: "Carbon Credit Report" },
  subtitle: { zh: "企业碳账户核算报告（供授信审查使用）", en: "Enterprise carbon account, for a loan file" },
  uscc: { zh: "统一社会信用代码", en: "Unified social credit code" },
  industry: { zh: "所属行业（GB/T 4754-2017）", en: "Industry (GB/T 4754-2017)" },
  province: { zh: "所在省份", en: "Province" },
  year: { zh: "核算年度", en: "Accounting year" },
  version: { zh: "账户版本", en: "Account version" },
  calculatedOn: { zh: "核算日期", en: "Calculated on" },
  factorSet: { zh: "排放因子库", en: "Factor set" },
  inputsHash: { zh: "输入数据哈希（SHA-256）", en: "Inputs hash (SHA-256)" },
  accountHash: { zh: "账户哈希（SHA-256）", en: "Account hash (SHA-256)" },
  versions: { zh: "本年度版本", en: "Versions this year" },
  keyFigures: { zh: "核心指标", en: "Key figures" },
  contents: { zh: "目录", en: "Contents" },
  continued: { zh: "（续）", en: " (continued)" },
  none: { zh: "—", en: "—" },
  pageOf: { zh: "第 {n} 页 / 共 {m} 页", en: "Page {n} of {m}" },

  secSummary: { zh: "排放总量（按范围）", en: "Totals by scope" },
  secMonthly: { zh: "分月排放", en: "Emissions by month" },
  secItems: { zh: "分排放源排放及所用因子", en: "Emissions by source, with the factors used" },
  secMarket: { zh: "市场法电力排放", en: "Market-based electricity" },
  secIntensity: { zh: "排放强度", en: "Intensities" },
  secGrade: { zh: "碳效等级", en: "Carbon-efficiency grade" },
  secHistory: { zh: "历年碳账户与碳效等级", en: "Accounts and grades across years" },
  secEts: { zh: "全国碳市场履约头寸", en: "National ETS position" },
  secWarnings: { zh: "提示与数据局限", en: "Warnings and limitations" },
  secMethod: { zh: "核算方法声明", en: "Statement of method" },

  colScope: { zh: "范围", en: "Scope" },
  colLocation: { zh: "基于位置（tCO2）", en: "Location-based (tCO2)" },
  colMarket: { zh: "基于市场（tCO2）", en: "Market-based (tCO2)" },
  scope1: { zh: "范围一 直接排放", en: "Scope 1, direct" },
  scope1Combustion: { zh: "其中：化石燃料燃烧", en: "of which fuel combustion" },
  scope1Process: { zh: "其中：工业过程", en: "of which industrial processes" },
  scope2: { zh: "范围二 外购电力与热力", en: "Scope 2, purchased power and heat" },
  scope3: { zh: "范围三（按支出估算，不计入合计）", en: "Scope 3 (spend estimate, not in the total)" },
  total: { zh: "合计（范围一 + 范围二）", en: "Total (Scope 1 + Scope 2)" },
  scope1Short: { zh: "范围一", en: "Scope 1" },
  scope2LocShort: { zh: "范围二（位置）", en: "Scope 2 (location)" },
  scope2MktShort: { zh: "范围二（市场）", en: "Scope 2 (market)" },
  scope3Short: { zh: "范围三", en: "Scope 3" },
  totalShort: { zh: "合计", en: "Total" },
  colMonth: { zh: "月份", en: "Month" },
  colItem: { zh: "排放源", en: "Source" },
  colEmissions: { zh: "排放量（tCO2）", en: "Emissions (tCO2)" },
  colFactor: { zh: "所用排放因子", en: "Factor used" },
  colActivity: { zh: "活动数据", en: "Activity" },
  factorSource: { zh: "来源：", en: "Source: " },
  factorVerification: { zh: "核验：", en: "Verification: " },
  unverified: { zh: "未核验", en: "UNVERIFIED" },
  electricity: { zh: "外购电量", en: "Electricity purchased" },
  greenPower: { zh: "绿电交易电量", en: "Green power" },
  greenCertificate: { zh: "绿证（注销）", en: "Green certificates surrendered" },
  deducted: { zh: "抵扣电量", en: "Deducted" },
  excess: { zh: "超出用电量部分（不结转）", en: "Beyond the electricity used (not carried)" },
  remainder: { zh: "剩余电量", en: "Remainder" },
  residualFactor: { zh: "剩余电量因子", en: "Residual factor" },
  colIntensity: { zh: "强度指标", en: "Intensity" },
  colValue: { zh: "数值", en: "Value" },
  colField: { zh: "项目", en: "Item" },
  colDenominator: { zh: "分母", en: "Denominator" },
  colNote: { zh: "说明", en: "Note" },
  perRevenue: { zh: "单位营业收入排放", en: "Per revenue" },
  perValueAdded: { zh: "单位工业增加值排放", en: "Per value added" },
  perProductOutput: { zh: "单位产品产量排放", en: "Per product output" },
  industryGroup: { zh: "评价行业", en: "Industry graded in" },
  lValue: { zh: "碳效值 L（tCO2/万元）", en: "Carbon intensity L (tCO2/万元)" },
  industryL: { zh: "行业平均 L（tCO2/万元）", en: "Industry-average L (tCO2/万元)" },
  kValue: { zh: "碳效比 K = L ÷ 行业平均 L", en: "K = L ÷ industry-average L" },
  grade: { zh: "碳效等级", en: "Grade" },
  colour: { zh: "标识颜色", en: "Colour" },
  level: { zh: "绝对水平", en: "Absolute level" },
  peers: { zh: "同行业参评企业数", en: "Enterprises graded in the industry" },
  method: { zh: "评价方法", en: "Method" },
  trace: { zh: "计算过程", en: "Working" },
  notGraded: {
    zh: "本年度尚未评定碳效等级（区级年度核算后评定）。",
    en: "Not graded for this year (grades come with the district's yearly run).",
  },
  gradeN: { zh: "{n} 级", en: "Grade {n}" },
  colYear: { zh: "年度", en: "Year" },
  colVersion: { zh: "版本", en: "Version" },
  colValueAdded: { zh: "工业增加值（万元）", en: "Value added (万元)" },
  etsSector: { zh: "纳入行业", en: "Covered sector" },
  allocated: { zh: "配额（tCO2）", en: "Allocated (tCO2)" },
  verified: { zh: "核查排放量（tCO2）", en: "Verified emissions (tCO2)" },
  verifiedEstimate: {
    zh: "尚未核查，以本账户范围一排放估算",
    en: "not yet verified: the account's Scope 1 used as an estimate",
  },
  allocationSource: { zh: "配额来源", en: "Allocation source" },
  balance: { zh: "配额盈缺（tCO2）", en: "Balance (tCO2)" },
  position: { zh: "头寸", en: "Position" },
  surplus: { zh: "盈余", en: "Surplus" },
  deficit: { zh: "缺口", en: "Deficit" },
  balanced: { zh: "持平", en: "Balanced" },
  price: { zh: "CEA 价格", en: "CEA price" },
  positionValue: { zh: "按 CEA 价格估值（元）", en: "Value at the CEA price (yuan)" },
  noAllocation: {
    zh: "属全国碳市场覆盖行业，但平台未登记本年度配额。",
    en: "In a sector the national ETS covers, but no allocation is recorded for this year.",
  },
  noWarnings: { zh: "无。", en: "None." },
  methodAccount: { zh: "核算方法：", en: "Accounting method: " },
  methodFactors: { zh: "排放因子：", en: "Emission factors: " },
  methodStatement: {
    zh: "本报告由 GreenFin 平台依据企业报送的活动数据自动生成。每一项排放 = 活动数据 × 排放因子（燃料另含低位发热量、单位热值含碳量、碳氧化率），所用因子及其来源、核验状态逐项列明；标注“未核验”的因子尚未经一手来源核对，相关数字仅供参考。范围二基于位置的排放计入合计；基于市场的排放扣除绿电交易与注销绿证电量，单独列示。碳效等级按行业碳效比 K 分级，1 级最优。",
    en: "GreenFin generated this report from the activity data the enterprise reported. Each figure = activity × emission factor (fuels also through net calorific value, carbon content and oxidation rate); every factor used is listed with its source and verification status, and figures using a factor marked UNVERIFIED have not been checked against a primary source. Scope 2 location-based emissions are in the total; the market-based figure, net of green power and surrendered certificates, is shown beside it. Carbon-efficiency grades follow the industry K ratio, grade 1 being the best.",
  },
  verifyHow: {
    zh: "核验方式：银行可向平台以相同年度与版本调取该账户，比对上述输入数据哈希与账户哈希；两者一致即说明本报告所载数字与平台存档账户相同，且未被改动。",
    en: "To verify: fetch the same year and version of this account from the platform and compare the inputs hash and account hash above; if both match, the figures here are those of the archived account, unaltered.",
  },
} satisfies Record<string, Bilingual>;

export type CarbonReportTextKey = keyof typeof CARBON_REPORT_TEXT;

export const say = (key: CarbonReportTextKey, lang: CarbonReportLang): string => CARBON_REPORT_TEXT[key][lang];

export const pickName = (x: { readonly nameZh: string; readonly nameEn: string }, lang: CarbonReportLang) =>
  lang === "zh" ? x.nameZh || x.nameEn : x.nameEn || x.nameZh;

export const colon = (lang: CarbonReportLang) => (lang === "zh" ? "：" : ": ");

export function pageLabel(page: number, pages: number, lang: CarbonReportLang): string {
  return say("pageOf", lang).replace("{n}", String(page)).replace("{m}", String(pages));
}

/**
 * A decimal string grouped by thousands with at most `places` decimals, rounded half away from zero on the
 * digits themselves (no binary floating point): "1485.840000" → "1,485.84".
 */
export function formatDecimal(value: string | null | undefined, places = 3): string {
  if (value === null || value === undefined || value === "") return "—";
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, whole = "0", frac = ""] = m;
  let digits = (whole + frac.padEnd(places, "0").slice(0, places)).split("").map(Number);
  if (Number(frac[places] ?? "0") >= 5) {
    let i = digits.length - 1;
    while (i >= 0) {
      digits[i] = (digits[i] ?? 0) + 1;
      if ((digits[i] ?? 0) < 10) break;
      digits[i] = 0;
      i--;
    }
    if (i < 0) digits = [1, ...digits];
  }
  const intDigits = digits.slice(0, digits.length - places).join("") || "0";
  const fracDigits = digits
    .slice(digits.length - places)
    .join("")
    .replace(/0+$/, "");
  const grouped = intDigits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const isZero = /^[0,]*$/.test(grouped) && fracDigits === "";
  return `${isZero ? "" : sign}${grouped}${fracDigits ? `.${fracDigits}` : ""}`;
}

const UNITS: Record<string, Bilingual> = {
  wan_yuan: { zh: "万元", en: "万元 (10k yuan)" },
  yuan: { zh: "元", en: "yuan" },
  wan_m3: { zh: "万立方米", en: "10k m3" },
  m3: { zh: "立方米", en: "m3" },
  "tCO2/wan_yuan": { zh: "tCO2/万元", en: "tCO2/万元" },
};

export function unitLabel(unit: string, lang: CarbonReportLang): string {
  return UNITS[unit]?.[lang] ?? unit;
}

const SCOPES: Record<string, CarbonReportTextKey> = {
  scope1: "scope1Short",
  scope2_location: "scope2LocShort",
  scope2_market: "scope2MktShort",
  scope3: "scope3Short",
};

export const scopeLabel = (scope: string, lang: CarbonReportLang): string =>
  SCOPES[scope] ? say(SCOPES[scope], lang) : scope;

const COLOURS: Record<string, Bilingual> = {
  deep_green: { zh: "深绿", en: "deep green" },
  light_green: { zh: "浅绿", en: "light green" },
  yellow: { zh: "黄", en: "yellow" },
  red: { zh: "红", en: "red" },
};

export const colourLabel = (colour: string | null, lang: CarbonReportLang): string =>
  colour === null ? "—" : (COLOURS[colour]?.[lang] ?? colour);

/** Fill colours of the grade badges, matching the web app's tags. */
export const COLOUR_FILL: Record<string, string> = {
  deep_green: "#1f7a3f",
  light_green: "#7cc27a",
  yellow: "#e8b72c",
  red: "#c8372d",
};

export const gradeLabel = (grade: number | null, lang: CarbonReportLang): string =>
  grade === null ? "—" : say("gradeN", lang).replace("{n}", String(grade));
