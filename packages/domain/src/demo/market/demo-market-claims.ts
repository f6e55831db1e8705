/**
 * The institutions' claims on the demo needs: claims still being served, each at the step its scenario says and dated
 * back from the anchor in working days (so the overdue ones are overdue by the timers whenever the demo is seeded), and
 * the completed stories of past needs — every step recorded (a few late), offers chosen, loans funded with a reference
 * and, where the lender's product takes the enterprise's carbon holding, a pledge of enough of it.
 */
import type { SeededRandom } from "../../random/seeded-random";
import { isoAt } from "../demo-time";
import { addMonths, chinaDateOf, DAY, HOUR, type MarketClock } from "./demo-market-clock";
import { type Context, type Draft, lastOf, ms, roundAmount } from "./demo-market-context";
import { DECLINE_REASONS, DECLINED_REASON, EXPIRY_DAYS, expiredReason, WITHDRAW_REASONS } from "./demo-market-texts";
import type {
  DemoClaimPlan,
  DemoClaimScenario,
  DemoFinancingNeed,
  DemoMarketProduct,
  DemoNeedStatus,
} from "./demo-market-types";

export const IN_PROGRESS: readonly (readonly [DemoClaimScenario, number])[] = [
  ["fresh", 12],
  ["responded", 14],
  ["visited", 14],
  ["overdue-respond", 10],
  ["overdue-visit", 10],
  ["overdue-decide", 10],
  ["approved", 20],
  ["declined", 10],
];

function emptyClaim(
  institutionKey: string,
  productId: string,
  scenario: DemoClaimScenario,
  claimedAt: number,
): DemoClaimPlan {
  return {
    institutionKey,
    productId,
    scenario,
    claimedAt: isoAt(claimedAt),
    respondedAt: null,
    visitedAt: null,
    decidedAt: null,
    decision: null,
    approvedAmount: null,
    rate: null,
    reasons: null,
    offerChosen: false,
    chosenAt: null,
    fundedAt: null,
    fundedAmount: null,
    loanReference: null,
    pledge: null,
  };
}

/** Step instants on working days `k` after the claim day (each after the one before). */
function stepAt(clock: MarketClock, rng: SeededRandom, claimDay: number, k: number, after: number): number {
  const t =
    k === 0 ? after + rng.int(1, 4) * HOUR + rng.int(0, 59) * 60_000 : clock.workTime(rng, clock.addWd(claimDay, k));
  return Math.max(t, after + 20 * 60_000);
}

function rateFor(rng: SeededRandom, p: DemoMarketProduct): string {
  const lo = Number(p.rateMin ?? "3.5");
  const hi = Number(p.rateMax ?? "4.5");
  return (Math.round((lo + (hi - lo) * rng.unit() * 0.7) * 100) / 100).toFixed(2);
}

function decide(
  ctx: Context,
  rng: SeededRandom,
  c: DemoClaimPlan,
  decision: "approved" | "declined",
  at: number,
  needAmount: number,
) {
  c.decidedAt = isoAt(at);
  c.decision = decision;
  c.scenario = decision;
  if (decision === "declined") {
    c.reasons = rng.pick(DECLINE_REASONS);
    return;
  }
  const share = rng.pick([1, 1, 1, 0.9, 0.8, 0.7]);
  c.approvedAmount = String(Math.min(needAmount, roundAmount(needAmount * share)));
  c.rate = rateFor(rng, ctx.products.find((p) => p.id === c.productId)!);
  c.reasons = "经审查符合准入条件，同意授信。";
}

/**
 * A claim on a past need, every step recorded (a few late), from its claim day. Returns the claim and its last
 * instant.
 */
function completedClaim(
  ctx: Context,
  rng: SeededRandom,
  who: { institutionKey: string; productId: string },
  claimDay: number,
  decision: "approved" | "declined",
  needAmount: number,
): DemoClaimPlan {
  const { clock } = ctx;
  const claimed = clock.workTime(rng, claimDay);
  const c: DemoClaimPlan = emptyClaim(who.institutionKey, who.productId, decision, claimed);
  const late = rng.unit() < 0.15;
  const kr = late && rng.unit() < 0.4 ? 2 : rng.int(0, 1);
  const responded = stepAt(clock, rng, claimDay, kr, claimed);
  const kv = late && rng.unit() < 0.5 ? rng.int(4, 6) : rng.int(Math.max(1, kr), 3);
  const visited = stepAt(clock, rng, claimDay, Math.max(kv, kr), responded);
  const kd = late ? rng.int(10, 13) : rng.int(Math.max(kv, 4), 9);
  const decided = stepAt(clock, rng, claimDay, Math.max(kd, kv), visited);
  c.respondedAt = isoAt(responded);
  c.visitedAt = isoAt(visited);
  decide(ctx, rng, c, decision, decided, needAmount);
  return c;
}

/** A claim on a need still being served, at the step its scenario says, dated back from the anchor. */
export function inProgressClaim(
  ctx: Context,
  rng: SeededRandom,
  who: { institutionKey: string; productId: string },
  scenario: DemoClaimScenario,
  needAmount: number,
): DemoClaimPlan {
  const { clock } = ctx;
  const A = clock.anchorDay;
  const back: Record<DemoClaimScenario, [number, number]> = {
    fresh: [1, 1],
    responded: [1, 2],
    visited: [4, 7],
    "overdue-respond": [3, 8],
    "overdue-visit": [5, 9],
    "overdue-decide": [11, 18],
    approved: [10, 22],
    declined: [10, 22],
  };
  const [lo, hi] = back[scenario];
  const m = rng.int(lo, hi);
  const day = clock.backWd(A, m);
  const claimed = scenario === "fresh" ? clock.at(day, rng.int(15, 16), rng.int(0, 59)) : clock.workTime(rng, day);
  const c = emptyClaim(who.institutionKey, who.productId, scenario, claimed);
  if (scenario === "fresh" || scenario === "overdue-respond") return c;
  const kr = m === 1 ? 0 : rng.int(0, 1);
  const responded = stepAt(clock, rng, day, kr, claimed);
  c.respondedAt = isoAt(responded);
  if (scenario === "responded" || scenario === "overdue-visit") return c;
  const kv = rng.int(Math.max(1, kr), Math.min(scenario === "overdue-decide" ? 5 : 3, m - 1));
  const visited = stepAt(clock, rng, day, kv, responded);
  c.visitedAt = isoAt(visited);
  if (scenario === "visited" || scenario === "overdue-decide") return c;
  const kd = rng.int(Math.max(kv, 4), Math.min(rng.unit() < 0.85 ? 9 : 12, m - 1));
  decide(ctx, rng, c, scenario, stepAt(clock, rng, day, Math.max(kd, kv), visited), needAmount);
  return c;
}

function loanReference(ctx: Context, c: DemoClaimPlan, family: string, at: number): string {
  const n = (ctx.loanSeq.get(c.institutionKey) ?? 0) + 1;
  ctx.loanSeq.set(c.institutionKey, n);
  const kind = family === "green_bond" ? "BD" : family === "insurance" ? "PL" : family === "wealth" ? "WM" : "LN";
  return `${c.institutionKey.toUpperCase()}-${kind}-${isoAt(at).slice(0, 4)}-${String(n).padStart(5, "0")}`;
}

/** A pledge of part of the holding's free quantity for the funded loan, when the lender's product takes it. */
function pledgeFor(
  ctx: Context,
  rng: SeededRandom,
  d: Draft,
  c: DemoClaimPlan,
  fundedMs: number,
  chosenMs: number,
): DemoClaimPlan["pledge"] {
  const h = d.holding;
  if (!h || !d.kind.pricingTemplate || !c.productId.startsWith(`${c.institutionKey}/${d.kind.key}@`)) return null;
  const held = Number(h.quantity);
  const free = held - (ctx.pledged.get(h.key) ?? 0);
  // Enough to secure the loan at the kind's rough rate (the registry values it exactly), within what is free.
  const want = Math.ceil((Number(c.fundedAmount) / (d.kind.loanPerUnit ?? 1)) * (1 + rng.unit() * 0.15));
  const quantity = Math.min(Math.floor(free), want);
  if (quantity < 1) return null;
  ctx.pledged.set(h.key, (ctx.pledged.get(h.key) ?? 0) + quantity);
  const registered = Math.max(chosenMs + HOUR, fundedMs - rng.int(1, 2) * DAY);
  const termStart = chinaDateOf(ctx.clock, fundedMs);
  const termEnd = addMonths(termStart, d.tenorMonths);
  const anchorDate = chinaDateOf(ctx.clock, ctx.clock.anchorMs);
  return {
    holdingKey: h.key,
    quantity: String(quantity),
    pricingProduct: d.kind.pricingTemplate,
    registeredAt: isoAt(registered),
    termStart,
    termEnd,
    releasedAt: termEnd < anchorDate ? `${termEnd}T02:00:00.000Z` : null,
  };
}

export const PAST_OFFSET_DAYS: Partial<Record<DemoNeedStatus, [number, number]>> = {
  offer_chosen: [30, 75],
  funded: [40, 320],
  declined: [25, 320],
  withdrawn: [20, 320],
  expired: [EXPIRY_DAYS.undecided + 8, 320],
};

/** Claims, status times and closing of a need whose story is over (or waiting on the enterprise's choice). */
export function pastStory(
  ctx: Context,
  rng: SeededRandom,
  d: Draft,
  status: DemoNeedStatus,
  claimants: { institutionKey: string; productId: string }[],
  postedMs: number,
): Omit<
  DemoFinancingNeed,
  | "key"
  | "ownerKey"
  | "amount"
  | "tenorMonths"
  | "purpose"
  | "description"
  | "projectRef"
  | "collateral"
  | "consentEsg"
  | "consentCarbon"
  | "status"
  | "postedAt"
  | "broadcast"
> {
  const { clock } = ctx;
  const day = clock.nextWorking(clock.dayOf(postedMs) + 1 + rng.int(0, 2));
  const chosenIndex = status === "offer_chosen" || status === "funded" ? 0 : -1;
  const claims = claimants.map((who, i) => {
    const claimDay = i === 0 ? day : clock.addWd(day, rng.int(0, 3));
    const decision: "approved" | "declined" =
      status === "declined" ? "declined" : i === chosenIndex ? "approved" : rng.unit() < 0.6 ? "approved" : "declined";
    return completedClaim(ctx, rng, who, claimDay, decision, d.amount);
  });
  const lastDecided = Math.max(postedMs, ...claims.map(lastOf));
  let closedAt: number | null = null;
  let closeReason: string | null = null;
  if (chosenIndex === 0) {
    const c = claims[0]!;
    const chosen = clock.workTime(rng, clock.addWd(clock.dayOf(Math.max(lastDecided, ms(c.decidedAt))), rng.int(1, 4)));
    c.offerChosen = true;
    c.chosenAt = isoAt(chosen);
    if (status === "funded") {
      const funded = clock.workTime(rng, clock.addWd(clock.dayOf(chosen), rng.int(3, 12)));
      const product = ctx.products.find((p) => p.id === c.productId)!;
      c.fundedAt = isoAt(funded);
      c.fundedAmount = String(
        Math.min(Number(c.approvedAmount), roundAmount(Number(c.approvedAmount) * rng.pick([1, 1, 0.95, 0.9, 0.8]))),
      );
      c.loanReference = loanReference(ctx, c, product.family, funded);
      c.pledge = pledgeFor(ctx, rng, d, c, funded, chosen);
      closedAt = funded;
    }
  } else if (status === "declined") {
    closedAt = lastDecided;
    closeReason = DECLINED_REASON;
  } else if (status === "withdrawn") {
    closedAt = Math.max(postedMs + rng.int(2, 20) * DAY, lastDecided + rng.int(1, 10) * DAY);
    closeReason = rng.pick(WITHDRAW_REASONS);
  } else if (status === "expired") {
    closedAt = postedMs + (claims.length ? EXPIRY_DAYS.undecided : EXPIRY_DAYS.unclaimed) * DAY;
    closeReason = expiredReason(claims.length);
  }
  const last = Math.max(lastDecided, ...claims.map(lastOf), closedAt ?? 0);
  return {
    updatedAt: isoAt(last),
    closedAt: closedAt === null ? null : isoAt(closedAt),
    closeReason,
    claims,
  };
}
