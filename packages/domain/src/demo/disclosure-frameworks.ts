import type { SeededRandom } from "../random/seeded-random";
import { chance } from "./demo-random";
import type { DemoEntityKind } from "./disclosure-history-types";
import type { Tier } from "./disclosure-profile";
import { DEMO_LOGIN_ORGS } from "./generate-users";

/** Which optional frameworks an enterprise reports under, kept from year to year. */
export interface FrameworkHabits {
  readonly issb: boolean;
  readonly gri: boolean;
  readonly hkex: boolean;
}

export function drawHabits(rng: SeededRandom, orgKey: string, tier: Tier): FrameworkHabits {
  const issb = tier === "large" || (tier === "medium" && chance(rng, 0.5));
  const gri = chance(rng, tier === "large" ? 0.4 : tier === "medium" ? 0.15 : 0.03);
  const hkex = tier === "large" && chance(rng, 0.25);
  // The demo enterprise reports under ISSB S2 and GRI too, as its users' own 2025 disclosure does in the tests.
  if (orgKey === DEMO_LOGIN_ORGS.enterprise) return { issb: true, gri: true, hkex: false };
  return { issb, gri, hkex };
}

/**
 * Enterprises: the SSE 2024 guideline, plus ISSB S2 for the larger ones and GRI or HKEX for a few; before the
 * guideline was in force (2023), GRI, as early voluntary reporters used. Banks, insurers and wealth managers: JR/T
 * 0227 and the MOF basic standard. Fund managers: the AMAC guideline and EDCI. Only frameworks that ask anything for
 * the period are kept (HKEX's climate part applies from 2025).
 */
export function chooseFrameworks(
  entityKind: DemoEntityKind,
  habits: FrameworkHabits,
  applies: (framework: string) => boolean,
): string[] {
  if (entityKind === "financial_institution") return ["JRT0227", "MOF-BASIC"];
  if (entityKind === "fund_manager") return ["AMAC", "EDCI"];
  if (!applies("SSE2024")) return ["GRI"];
  const wanted = ["SSE2024", habits.issb && "ISSB-S2", habits.gri && "GRI", habits.hkex && "HKEX"];
  return wanted.filter((f): f is string => typeof f === "string" && applies(f));
}
