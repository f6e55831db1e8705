import type { SeededRandom } from "../random/seeded-random";
import { unitsText } from "./demo-figures";
import type { OrgProfile, YearDrivers } from "./disclosure-profile";
import type { TextContext } from "./disclosure-texts";

/** A slip a filer makes that passes validation but a reviewer spots; each names the indicator it shows in. */
export type MistakeKind =
  | "revenue_yuan_as_wan"
  | "scope2_grid_factor"
  | "reduction_kg_as_t"
  | "reduction_spend_yuan_as_wan"
  | "electricity_kwh_as_mwh"
  | "hazardous_kg_as_t"
  | "office_power_mwh_as_kwh"
  | "green_investment_wan_as_yi"
  | "renewable_share_as_fraction";

/** One figure as the filer would type it: an indicator's total (dimension "") or one breakdown member. */
export interface Fact {
  readonly dimension: string;
  readonly value: string | boolean;
  /** The unit typed; null means the indicator's own unit. */
  readonly unit: string | null;
}

/** Everything an organisation could disclose for a year, by indicator, consistent with itself. */
export class FactSheet {
  readonly #facts = new Map<string, Fact[]>();

  set(indicatorId: string, value: string | boolean, unit: string | null = null): void {
    this.member(indicatorId, "", value, unit);
  }

  member(indicatorId: string, dimension: string, value: string | boolean, unit: string | null = null): void {
    const list = this.#facts.get(indicatorId);
    const fact = { dimension, value, unit };
    if (list) list.push(fact);
    else this.#facts.set(indicatorId, [fact]);
  }

  get(indicatorId: string): readonly Fact[] | undefined {
    return this.#facts.get(indicatorId);
  }
}

export interface FactContext {
  readonly profile: OrgProfile;
  readonly drivers: YearDrivers;
  /** This year's stream; a rebuild with a mistake gets a fresh copy, so it draws the same figures. */
  readonly rng: SeededRandom;
  readonly frameworks: readonly string[];
  readonly mistake: MistakeKind | null;
  readonly text: TextContext;
}

/** Revenue: the true figure (for quantities) and the stated one (for intensities, which use what was entered). */
export interface Revenue {
  /** In 万元. */
  readonly trueWan: number;
  /** In 万元, as the platform will read the entry (a slip makes it differ from the true one). */
  readonly statedWan: number;
  readonly value: string;
  readonly unit: string;
}

export function revenueOf(c: FactContext): Revenue {
  const fen = c.drivers.revenueFen;
  const trueWan = fen / 1_000_000;
  const unit = c.profile.revenueUnit;
  if (c.mistake === "revenue_yuan_as_wan")
    return { trueWan, statedWan: fen / 100, value: unitsText(fen, 2), unit: "wan_yuan" };
  if (unit === "yuan") return { trueWan, statedWan: trueWan, value: unitsText(fen, 2), unit };
  // 亿元 to four decimals is a whole number of 万元.
  const wan = Math.round(fen / 1_000_000);
  if (unit === "yi_yuan") return { trueWan, statedWan: wan, value: unitsText(wan, 4), unit };
  const cents = Math.round(fen / 10_000);
  return { trueWan, statedWan: cents / 100, value: unitsText(cents, 2), unit };
}

/** A noise factor in [1 - spread, 1 + spread). */
export const noise = (rng: SeededRandom, spread: number) => 1 - spread + 2 * spread * rng.unit();
