/** The valuation a pledge stored at registration (packages/app/src/market/pledges/register-pledge.ts), as read. */
import type { TCarbonPledge } from "@greenfin/contracts";
import type { TraceStep } from "./TraceTable";

export interface StoredValuation {
  date?: string;
  pricingRef?: string;
  terms?: {
    haircutPercent?: string;
    futureDiscountPercent?: string;
    ltvCapPercent?: string;
    callLtvPercent?: string;
    liquidationLtvPercent?: string | null;
  };
  price?: { point?: { date?: string; price?: string } };
  marketValue?: string;
  collateralValue?: string;
  maxLoan?: string;
  securedAmount?: string;
  trace?: TraceStep[];
}

export const valuationOf = (p: TCarbonPledge): StoredValuation =>
  p.valuation && typeof p.valuation === "object" ? (p.valuation as StoredValuation) : {};

/** secured ÷ collateral value, percent to 2 places, for display only (the stored figures stay text). */
export function ltvAtRegistration(p: TCarbonPledge): string | null {
  const v = valuationOf(p).collateralValue;
  if (!v || Number(v) <= 0) return null;
  return ((Number(p.securedAmount) / Number(v)) * 100).toFixed(2);
}
