/**
 * Green-loan statistics in the central bank's shape (绿色贷款专项统计): for a year, the balance at year end, the
 * number of financings in the book, the amount granted in the year and the share of the total balance, by use
 * (catalogue level 1 with level 2 under it), by industry (GB/T 4754 section), by institution, the blue subtotal, and
 * the expected CO2 avoided by the linked projects. Exact decimals throughout; pure.
 *
 * - In the book at year end: started on or before 31 December and not matured before it (maturity ≥ 31 December, or
 *   none); its balance is its outstanding amount. `count` counts these.
 * - Granted: the amount of every financing that started within the year, whether or not still in the book.
 * - Unlabelled financings (no category) are counted apart, as a data-quality signal, and kept out of every cell.
 * - CO2: each in-book financing linked to a project is attributed expected_co2_t × amount / total_investment (the whole
 *   expected figure when the investment is zero). A project's attributions within the scope never exceed its
 *   expected figure: when they would, each is scaled by expected / (their sum), so the cells still add up.
 */
import { Dec, fixed, ZERO } from "../../rating/rating-decimal";
import type {
  GreenStatisticsCell,
  GreenStatisticsInput,
  GreenStatisticsResult,
  StatisticsFinancing,
} from "./green-statistics-types";

export const MONEY_PLACES = 2;
export const SHARE_PLACES = 4;
export const CO2_PLACES = 6;

/** The cell of financings the statistics could not place (a code the catalogue lacks, an industry not given). */
export const UNPLACED_KEY = "unplaced";
const UNPLACED_USE = { nameZh: "未识别的目录类别", nameEn: "Category not in the catalogue" };
const UNPLACED_INDUSTRY = { nameZh: "未注明行业", nameEn: "Industry not stated" };

interface Sums {
  count: number;
  balance: Dec;
  granted: Dec;
  co2: Dec;
}

interface Measured {
  financing: StatisticsFinancing;
  inBook: boolean;
  granted: boolean;
  co2: Dec;
}

const empty = (): Sums => ({ count: 0, balance: ZERO, granted: ZERO, co2: ZERO });

function add(s: Sums, m: Measured): void {
  if (m.inBook) {
    s.count++;
    s.balance = s.balance.plus(m.financing.outstanding);
    s.co2 = s.co2.plus(m.co2);
  }
  if (m.granted) s.granted = s.granted.plus(m.financing.amount);
}

/** Uncapped attribution of one financing: expected × amount / total investment. */
function attributed(f: StatisticsFinancing): Dec {
  const p = f.project;
  if (!p || p.expectedCo2T === null) return ZERO;
  const expected = new Dec(p.expectedCo2T);
  const investment = new Dec(p.totalInvestment);
  return investment.isZero() ? expected : expected.times(f.amount).div(investment);
}

/** Each in-book financing's CO2, capped per project at the project's expected figure. */
function measure(input: GreenStatisticsInput): Measured[] {
  const yearEnd = `${input.year}-12-31`;
  const yearStart = `${input.year}-01-01`;
  const measured = input.financings.map((financing) => {
    const inBook =
      financing.startDate <= yearEnd && (financing.maturityDate === null || financing.maturityDate >= yearEnd);
    const granted = financing.startDate >= yearStart && financing.startDate <= yearEnd;
    return { financing, inBook, granted, co2: inBook ? attributed(financing) : ZERO };
  });
  const perProject = new Map<string, Dec>();
  for (const m of measured) {
    const id = m.financing.project?.id;
    if (id && m.inBook && m.financing.categoryCode !== null)
      perProject.set(id, (perProject.get(id) ?? ZERO).plus(m.co2));
  }
  for (const m of measured) {
    const p = m.financing.project;
    const sum = p ? perProject.get(p.id) : undefined;
    if (!p || p.expectedCo2T === null || !sum || sum.isZero()) continue;
    const cap = new Dec(p.expectedCo2T);
    if (sum.gt(cap)) m.co2 = m.co2.times(cap).div(sum);
  }
  return measured;
}

/**
 * Blue: the reviewer certified the linked project blue, or the label's level-3 code is one the 2025 → IFC blue
 * crosswalk links without a condition. Conditional links (offshore wind only, aquaculture waste only …) cannot be told
 * from the code alone, so a label under them counts as blue only through a project certified blue.
 */
function isBlue(f: StatisticsFinancing, blueCodes: ReadonlySet<string>): boolean {
  return (f.project?.certifiedBlue ?? false) || (f.categoryCode !== null && blueCodes.has(f.categoryCode));
}

function cell(key: string, names: { nameZh: string; nameEn: string }, s: Sums, total: Dec): GreenStatisticsCell {
  return {
    key,
    nameZh: names.nameZh,
    nameEn: names.nameEn,
    count: s.count,
    balance: fixed(s.balance, MONEY_PLACES),
    granted: fixed(s.granted, MONEY_PLACES),
    share: fixed(total.isZero() ? ZERO : s.balance.div(total), SHARE_PLACES),
    co2AvoidedT: fixed(s.co2, CO2_PLACES),
  };
}

const hasAny = (s: Sums) => s.count > 0 || !s.granted.isZero();

export function aggregateGreenStatistics(input: GreenStatisticsInput): GreenStatisticsResult {
  const nodes = new Map(input.catalogue.map((n) => [n.code, n]));
  const level1Of = (code: string) => {
    let n = nodes.get(code);
    const path: string[] = [];
    while (n) {
      path.unshift(n.code);
      n = n.parent === null ? undefined : nodes.get(n.parent);
    }
    return { level1: path[0], level2: path[1] };
  };

  const total = empty();
  const blue = empty();
  const unlabelled = { count: 0, balance: ZERO };
  const byUse = new Map<string, Sums>();
  const byIndustry = new Map<string, Sums>();
  const byInstitution = new Map<string, Sums>();
  const bump = (map: Map<string, Sums>, key: string, m: Measured) => {
    const s = map.get(key) ?? empty();
    map.set(key, s);
    add(s, m);
  };

  for (const m of measure(input)) {
    const f = m.financing;
    if (f.categoryCode === null) {
      if (m.inBook) {
        unlabelled.count++;
        unlabelled.balance = unlabelled.balance.plus(f.outstanding);
      }
      continue;
    }
    if (!m.inBook && !m.granted) continue;
    add(total, m);
    if (isBlue(f, input.blueCodes)) add(blue, m);
    const { level1, level2 } = level1Of(f.categoryCode);
    if (level1 && level2 && nodes.get(level2)?.level === 2) {
      bump(byUse, level1, m);
      bump(byUse, level2, m);
    } else bump(byUse, UNPLACED_KEY, m);
    const section = f.section && input.sections.some((s) => s.code === f.section) ? f.section : UNPLACED_KEY;
    bump(byIndustry, section, m);
    bump(byInstitution, f.institutionId, m);
  }

  const t = total.balance;
  const use = input.catalogue
    .filter((n) => n.level === 1)
    .map((n) => ({
      ...cell(n.code, n, byUse.get(n.code) ?? empty(), t),
      children: input.catalogue
        .filter((c) => c.level === 2 && c.parent === n.code)
        .map((c) => cell(c.code, c, byUse.get(c.code) ?? empty(), t)),
    }));
  const unplacedUse = byUse.get(UNPLACED_KEY);
  if (unplacedUse) use.push({ ...cell(UNPLACED_KEY, UNPLACED_USE, unplacedUse, t), children: [] });

  const industry = input.sections.map((s) => cell(s.code, s, byIndustry.get(s.code) ?? empty(), t));
  const unplacedIndustry = byIndustry.get(UNPLACED_KEY);
  if (unplacedIndustry) industry.push(cell(UNPLACED_KEY, UNPLACED_INDUSTRY, unplacedIndustry, t));

  const institutions = input.institutions;
  const perInstitution = institutions
    ? [...byInstitution.entries()]
        .filter(([, s]) => hasAny(s))
        .map(([id, s]) => ({ s, c: cell(id, institutions.get(id) ?? { nameZh: id, nameEn: id }, s, t) }))
        .sort((a, b) => b.s.balance.comparedTo(a.s.balance) || a.c.nameZh.localeCompare(b.c.nameZh, "zh"))
        .map((x) => x.c)
    : [];

  return {
    total: cell("total", { nameZh: "绿色融资合计", nameEn: "Total green financing" }, total, t),
    byUse: use,
    byIndustry: industry,
    byInstitution: perInstitution,
    blue: cell("blue", { nameZh: "其中：蓝色融资", nameEn: "of which: blue financing" }, blue, t),
    unlabelled: { count: unlabelled.count, balance: fixed(unlabelled.balance, MONEY_PLACES) },
  };
}
