import { SeededRandom } from "../random/seeded-random";
import type { DemoDistrict, GenerateDemoDistrictInput } from "./demo-types";
import { UsccRegistry } from "./fictional-uscc";
import { generateEnterprises } from "./generate-enterprises";
import { generateInstitutions } from "./generate-institutions";
import { generateUsers } from "./generate-users";
import { IndustryIndex } from "./industry-index";
import { INSTITUTIONS } from "./institution-roster";

export const DEFAULT_ENTERPRISE_COUNT = 2000;
export const MAX_ENTERPRISE_COUNT = 20_000;

/**
 * A fictional ESG-finance demonstration district modelled on Qingdao's Jinjialing financial district:
 * the management committee, about thirty institutions and `enterpriseCount` enterprises, plus demo users.
 * Pure and deterministic: the same input always gives a deep-equal district. Institutions and their users
 * are the same for every seed; the enterprises depend on the seed.
 */
export function generateDemoDistrict(input: GenerateDemoDistrictInput): DemoDistrict {
  const { seed, industries, enterpriseCount = DEFAULT_ENTERPRISE_COUNT } = input;
  if (seed !== (seed | 0)) throw new RangeError(`The demo seed must be a 32-bit signed integer, not ${seed}`);
  if (!Number.isInteger(enterpriseCount) || enterpriseCount < 0 || enterpriseCount > MAX_ENTERPRISE_COUNT)
    throw new RangeError(
      `enterpriseCount must be an integer from 0 to ${MAX_ENTERPRISE_COUNT}, not ${enterpriseCount}`,
    );

  const index = new IndustryIndex(industries);
  const usccs = new UsccRegistry();
  const institutions = generateInstitutions(index, usccs);
  const brands = INSTITUTIONS.map((i) => i.brand);
  const enterprises = generateEnterprises(new SeededRandom(seed), enterpriseCount, index, usccs, brands);
  const organisations = [...institutions, ...enterprises];
  return { seed, organisations, users: generateUsers(organisations) };
}
