import type { EnterpriseSize } from "../identity/organisation-kinds";
import type { SeededRandom } from "../random/seeded-random";
import { CompanyNameRegistry } from "./company-names";
import type { DemoOrganisation } from "./demo-types";
import { formatFenAsYuan, sampleSizeFigures } from "./enterprise-size";
import type { UsccRegistry } from "./fictional-uscc";
import type { IndustryIndex } from "./industry-index";
import { DEMO_ENTERPRISE_PROFILE, INDUSTRY_PROFILES, type IndustryProfile } from "./industry-profiles";
import { AREA_WEIGHTS, areaByName, type QingdaoAreaName } from "./qingdao-geography";

/** Mostly micro and small firms, as in any Chinese city; a few large ones. */
const SIZE_WEIGHTS: readonly (readonly [EnterpriseSize, number])[] = [
  ["large", 2],
  ["medium", 9],
  ["small", 34],
  ["micro", 55],
];

/** Older firms are larger: founding years per size class (inclusive). */
const FOUNDED: Record<EnterpriseSize, readonly [number, number]> = {
  large: [1958, 2012],
  medium: [1984, 2019],
  small: [1995, 2023],
  micro: [2006, 2024],
};

const PROFILE_WEIGHTS = INDUSTRY_PROFILES.map((p) => [p, p.weight] as const);
const AREA_WEIGHT_LISTS = Object.fromEntries(
  Object.entries(AREA_WEIGHTS).map(([site, weights]) => [site, Object.entries(weights)]),
) as Record<IndustryProfile["site"], [QingdaoAreaName, number][]>;

/** "ent-0001" … "ent-2000"; zero-padded to at least four digits so keys sort in order. */
export function enterpriseKey(index: number): string {
  return `ent-${String(index + 1).padStart(4, "0")}`;
}

/** The enterprise that carries the demo logins: always the first, a medium-sized chemicals maker. */
export const DEMO_ENTERPRISE_KEY = enterpriseKey(0);

function address(rng: SeededRandom, areaName: QingdaoAreaName, site: IndustryProfile["site"]): string {
  const area = areaByName(areaName);
  const road = rng.pick(area.roads);
  const number = rng.int(1, 399);
  const suite =
    site === "urban" && rng.unit() < 0.6 ? `${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, "0")}室` : "";
  return `青岛市${area.nameZh}${road}${number}号${suite}`;
}

export function generateEnterprises(
  rng: SeededRandom,
  count: number,
  industries: IndustryIndex,
  usccs: UsccRegistry,
  reservedTradeNames: readonly string[],
): DemoOrganisation[] {
  const names = new CompanyNameRegistry(reservedTradeNames);
  const enterprises: DemoOrganisation[] = [];
  for (let i = 0; i < count; i++) {
    const showcase = i === 0;
    const profile = showcase ? DEMO_ENTERPRISE_PROFILE : rng.weighted(PROFILE_WEIGHTS);
    const line = rng.pick(profile.lines);
    const size: EnterpriseSize = showcase ? "medium" : rng.weighted(SIZE_WEIGHTS);
    const { employees, revenueFen } = sampleSizeFigures(rng, profile.division, size, profile.revenuePerEmployeeWan);
    const foundedYear = rng.int(...FOUNDED[size]);
    const area = rng.weighted(AREA_WEIGHT_LISTS[profile.site]);
    const { nameZh, nameEn } = names.issue(rng, line.words, size);
    enterprises.push({
      key: enterpriseKey(i),
      kind: "enterprise",
      nameZh,
      nameEn,
      uscc: usccs.issue(rng, "91", areaByName(area).code, foundedYear),
      industryCode: industries.enterpriseCode(rng, profile.division, line.class),
      size,
      employees,
      revenueCny: formatFenAsYuan(revenueFen),
      area,
      address: address(rng, area, profile.site),
      institutionType: null,
      parentKey: null,
      foundedYear,
    });
  }
  return enterprises;
}
