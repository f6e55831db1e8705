import { SeededRandom } from "../random/seeded-random";
import type { DemoOrganisation } from "./demo-types";
import type { UsccRegistry } from "./fictional-uscc";
import type { IndustryIndex } from "./industry-index";
import { INSTITUTIONS } from "./institution-roster";
import { areaByName } from "./qingdao-geography";

/**
 * Institutions draw their codes from a fixed seed, not the district's: the same banks, insurers and logins
 * exist in every demo district, whatever seed shapes its enterprises.
 */
const INSTITUTION_SEED = 4754_2017;

export function generateInstitutions(industries: IndustryIndex, usccs: UsccRegistry): DemoOrganisation[] {
  const rng = new SeededRandom(INSTITUTION_SEED);
  return INSTITUTIONS.map((inst) => {
    const area = areaByName(inst.area);
    return {
      key: inst.key,
      kind: inst.kind,
      nameZh: inst.nameZh,
      nameEn: inst.nameEn,
      uscc: usccs.issue(rng, inst.kind === "district" ? "11" : "91", area.code, inst.foundedYear),
      industryCode: industries.divisionCode(inst.division),
      size: null,
      employees: inst.employees,
      revenueCny: null,
      area: area.nameZh,
      address: `青岛市${area.nameZh}${inst.street}`,
      institutionType: inst.institutionType,
      parentKey: inst.parentKey ?? null,
      foundedYear: inst.foundedYear,
    };
  });
}
