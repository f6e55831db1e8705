/** What the demo market's need and claim writers share: the generation context, a need's draft, small helpers. */
import type { EnterpriseSize } from "../../identity/organisation-kinds";
import type { CollateralKind, MarketProduct } from "../../market-service/eligibility-types";
import type { DemoOrganisation } from "../demo-types";
import type { MarketClock } from "./demo-market-clock";
import type {
  DemoCarbonHolding,
  DemoClaimPlan,
  DemoFinancingNeed,
  DemoMarketProduct,
  GenerateDemoMarketInput,
} from "./demo-market-types";
import type { DemoProductKind } from "./demo-product-catalogue";

export type { EnterpriseSize };
export type Org = DemoOrganisation;

export interface Context {
  readonly input: GenerateDemoMarketInput;
  readonly clock: MarketClock;
  readonly products: readonly DemoMarketProduct[];
  readonly enterprises: readonly Org[];
  readonly holdings: DemoCarbonHolding[];
  /** Quantity already pledged per holding (all pledges, released ones too: they are inserted active first). */
  readonly pledged: Map<string, number>;
  readonly loanSeq: Map<string, number>;
  readonly projectsByOwner: Map<string, { ref: string; category: string }[]>;
  readonly ceaOwners: Set<string>;
  /** The matcher's products per shelf (the ids on it, joined). */
  readonly shelves: Map<string, MarketProduct[]>;
  /** Each product's published and retired instants (ms; retired = Infinity while on the shelf). */
  readonly shelfLife: Map<string, readonly [number, number]>;
}

export interface Draft {
  owner: Org;
  kind: DemoProductKind;
  amount: number;
  tenorMonths: number;
  purpose: DemoFinancingNeed["purpose"];
  description: string;
  project: { ref: string; category: string } | null;
  collateral: CollateralKind[];
  consentEsg: boolean;
  consentCarbon: boolean;
  holding: DemoCarbonHolding | null;
}

export function roundAmount(x: number): number {
  const step = x >= 10_000_000 ? 1_000_000 : x >= 1_000_000 ? 100_000 : 10_000;
  return Math.max(step, Math.round(x / step) * step);
}

export const ms = (iso: string | null) => (iso === null ? 0 : Date.parse(iso));
export const lastOf = (c: DemoClaimPlan) =>
  Math.max(ms(c.claimedAt), ms(c.respondedAt), ms(c.visitedAt), ms(c.decidedAt), ms(c.chosenAt), ms(c.fundedAt));
