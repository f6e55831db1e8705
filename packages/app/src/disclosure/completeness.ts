import { completenessByFramework, type NormalisedValue } from "@greenfin/domain";
import type { DisclosureContext } from "./disclosure-context";

/** Per framework, mandatory and all applicable indicators filled, plus the headline shares in percent (1 dp). */
export function completenessOf(ctx: DisclosureContext, values: readonly NormalisedValue[]) {
  return completenessByFramework(ctx.required, values).map((c) => ({
    ...c,
    mandatoryPct: c.mandatoryTotal ? Math.round((c.mandatoryFilled / c.mandatoryTotal) * 1000) / 10 : 100,
    allPct: c.allTotal ? Math.round((c.allFilled / c.allTotal) * 1000) / 10 : 100,
  }));
}

export type Completeness = ReturnType<typeof completenessOf>;
