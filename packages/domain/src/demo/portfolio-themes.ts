import { INSTITUTIONS } from "./institution-roster";

/** What a demo fund manager invests in, what its funds are called and what it asks its portfolio companies for. */
export interface PortfolioTheme {
  /** 字号, as in the roster: the funds carry the manager's name. */
  readonly brand: string;
  readonly stage: "vc" | "pe";
  /** The funds' theme, e.g. "科创" in 青岛崂峰科创一期创业投资基金合伙企业（有限合伙）. */
  readonly fundTheme: string;
  /** GB/T 4754 divisions (two digits) the manager favours, with weights. */
  readonly divisions: Readonly<Record<string, number>>;
}

/**
 * Divisions any VC or PE fund might hold (manufacturing, utilities going green, software, technical and environmental
 * services), at a low weight: taken once the favoured ones run out, as in a small district. Trade, property,
 * construction, transport, hotels and farming are not venture territory.
 */
export const PLAUSIBLE_DIVISION = /^(1[3-9]|[23]\d|40|44|45|64|65|74|77)$/;
export const FALLBACK_WEIGHT = 0.3;

/** Fictional mandates, one per roster fund manager (by key). */
const MANDATES: Readonly<Record<string, Pick<PortfolioTheme, "fundTheme" | "divisions">>> = {
  "fund-laofeng-vc": { fundTheme: "科创", divisions: { "65": 6, "64": 5, "39": 4, "40": 3, "35": 2 } },
  "fund-haijia-vc": { fundTheme: "海洋科技", divisions: { "37": 6, "35": 4, "40": 4, "65": 2, "39": 2 } },
  "fund-qilan-vc": { fundTheme: "数字经济", divisions: { "64": 6, "65": 6, "39": 4, "74": 2 } },
  "fund-jingfan-vc": { fundTheme: "生物医药", divisions: { "27": 8, "35": 3, "40": 3, "74": 3, "14": 1 } },
  "fund-lanyu-pe": { fundTheme: "高端装备", divisions: { "34": 5, "35": 5, "37": 4, "36": 3, "38": 3, "40": 2 } },
  "fund-qinlan-pe": { fundTheme: "产业升级", divisions: { "26": 4, "29": 4, "38": 4, "39": 4, "33": 2, "30": 1 } },
  "fund-xilan-pe": { fundTheme: "新材料", divisions: { "26": 5, "27": 5, "29": 3, "32": 3, "40": 2 } },
  "fund-bixi-green-pe": { fundTheme: "绿色低碳", divisions: { "44": 6, "38": 6, "77": 6, "36": 3, "45": 1 } },
};

/** The manager's theme; a fund manager added to the roster later invests in technology until it gets a mandate. */
export function portfolioTheme(managerKey: string): PortfolioTheme {
  const entry = INSTITUTIONS.find((i) => i.key === managerKey);
  const mandate = MANDATES[managerKey] ?? { fundTheme: "成长", divisions: { "65": 4, "39": 4, "38": 2 } };
  return {
    brand: entry?.brand ?? "琴湾",
    stage: entry?.institutionType === "pe_manager" ? "pe" : "vc",
    ...mandate,
  };
}

const ORDINALS = ["一", "二", "三"];

/** "青岛崂峰科创一期创业投资基金合伙企业（有限合伙）": limited partnerships, as Chinese VC and PE funds are set up. */
export function fundName(theme: PortfolioTheme, vintage: number): string {
  const vehicle = theme.stage === "vc" ? "创业投资基金" : "股权投资基金";
  return `青岛${theme.brand}${theme.fundTheme}${ORDINALS[vintage] ?? String(vintage + 1)}期${vehicle}合伙企业（有限合伙）`;
}
