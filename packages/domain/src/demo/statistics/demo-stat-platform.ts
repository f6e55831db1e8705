/**
 * What the platform already knows of a bank for each month, on the pre-fill's caliber (packages/app
 * prefill-stat-report): the balance at the month's end is the `outstanding` of its labelled green loans started by then
 * and not matured before; new lending is the `amount` of those started within the month; marketplace lending is what
 * its funded claims paid out within the month. The reported figures are built on top of these, so they never fall below.
 */
import { Dec } from "../../rating/rating-decimal";
import { monthDays } from "./demo-stat-calendar";
import type { DemoStatMarketFunding, DemoStatPlatformLoan } from "./demo-stat-types";

export interface PlatformMonth {
  readonly balanceByUse: ReadonlyMap<string, Dec>;
  readonly lentByUse: ReadonlyMap<string, Dec>;
  /** Over labelled loans only: the statistics count green-labelled loans. */
  readonly balanceBySection: ReadonlyMap<string, Dec>;
  readonly lentBySection: ReadonlyMap<string, Dec>;
  readonly market: Dec;
}

const add = (map: Map<string, Dec>, key: string, v: Dec) => map.set(key, (map.get(key) ?? new Dec(0)).plus(v));

export function platformMonth(
  loans: readonly DemoStatPlatformLoan[],
  fundings: readonly DemoStatMarketFunding[],
  month: string,
): PlatformMonth {
  const { from, to } = monthDays(month);
  const balanceByUse = new Map<string, Dec>();
  const lentByUse = new Map<string, Dec>();
  const balanceBySection = new Map<string, Dec>();
  const lentBySection = new Map<string, Dec>();
  for (const l of loans) {
    if (l.use === null || l.startDate > to) continue;
    if (l.maturityDate === null || l.maturityDate >= to) {
      const v = new Dec(l.outstanding);
      add(balanceByUse, l.use, v);
      if (l.section) add(balanceBySection, l.section, v);
    }
    if (l.startDate >= from) {
      const v = new Dec(l.amount);
      add(lentByUse, l.use, v);
      if (l.section) add(lentBySection, l.section, v);
    }
  }
  const market = fundings.filter((f) => f.date >= from && f.date <= to).reduce((s, f) => s.plus(f.amount), new Dec(0));
  return { balanceByUse, lentByUse, balanceBySection, lentBySection, market };
}
