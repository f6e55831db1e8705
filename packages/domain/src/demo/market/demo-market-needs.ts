/**
 * The demo enterprises' financing needs. Each need is written with one kind of
 * product in mind (amount, tenor, purpose, collateral and consents that kind asks for), then matched by the real
 * matcher (matchProducts) against the products published when it was posted: the institutions with an eligible
 * product are its broadcast, and only they claim it (at most three). Needs come in every state — open, claimed
 * (claims at every step, some overdue at the seeding time), offer chosen, funded (with loan references, some secured
 * by pledges of the enterprise's carbon holdings), declined by all three claimants, withdrawn and expired — in the
 * proportions of STATUS_SHARES. Deterministic for a seed; the claims themselves are written in demo-market-claims.
 */
import type { CollateralKind, DataConsent, FinancingNeed, MarketProduct } from "../../market-service/eligibility-types";
import { matchProducts } from "../../market-service/match-products";
import type { SeededRandom } from "../../random/seeded-random";
import { streamFor } from "../demo-random";
import { isoAt } from "../demo-time";
import { DEMO_LOGIN_ORGS } from "../generate-users";
import { IN_PROGRESS, inProgressClaim, PAST_OFFSET_DAYS, pastStory } from "./demo-market-claims";
import { DAY, HOUR, type MarketClock } from "./demo-market-clock";
import {
  type Context,
  type Draft,
  type EnterpriseSize,
  lastOf,
  ms,
  type Org,
  roundAmount,
} from "./demo-market-context";
import type {
  DemoCarbonHolding,
  DemoFinancingNeed,
  DemoMarketProduct,
  DemoNeedStatus,
  GenerateDemoMarketInput,
} from "./demo-market-types";
import { DEMO_PRODUCT_KINDS, type DemoProductKind } from "./demo-product-catalogue";

/** Shares of the needs by state. */
export const STATUS_SHARES: readonly (readonly [DemoNeedStatus, number])[] = [
  ["open", 12],
  ["claimed", 28],
  ["offer_chosen", 8],
  ["funded", 25],
  ["declined", 6],
  ["withdrawn", 10],
  ["expired", 11],
];

const SIZE_CAP: Record<EnterpriseSize, number> = {
  micro: 5_000_000,
  small: 30_000_000,
  medium: 500_000_000,
  large: 5_000_000_000,
};
const TENORS = [3, 6, 12, 18, 24, 36, 48, 60, 84, 96, 120, 180];
const OTHER_COLLATERAL: readonly (readonly [CollateralKind[], number])[] = [
  [[], 4],
  [["real-estate"], 2],
  [["equipment"], 2],
  [["receivables"], 2],
  [["guarantee"], 1],
  [["deposit"], 0.5],
];

/** `count` statuses in the proportions of STATUS_SHARES (largest remainders, each state at least once), shuffled. */
function statusesFor(seed: number, count: number): DemoNeedStatus[] {
  const total = STATUS_SHARES.reduce((s, [, w]) => s + w, 0);
  const quotas = STATUS_SHARES.map(([s, w]) => ({ s, exact: (count * w) / total }));
  const out = quotas.flatMap((q) =>
    Array.from({ length: Math.max(count >= 7 ? 1 : 0, Math.floor(q.exact)) }, () => q.s),
  );
  const byRemainder = [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1));
  for (let i = 0; out.length < count; i++) out.push(byRemainder[i % byRemainder.length]!.s);
  out.length = count;
  const rng = streamFor(seed, "market-statuses");
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The kinds the needs are written for, in proportion to their weights (largest remainders), shuffled. */
function kindsFor(seed: number, kinds: readonly DemoProductKind[], count: number): DemoProductKind[] {
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  const quotas = kinds.map((k) => ({ k, exact: (count * k.weight) / total }));
  const out = quotas.flatMap((q) => Array.from({ length: Math.floor(q.exact) }, () => q.k));
  const byRemainder = [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1));
  for (let i = 0; out.length < count; i++) out.push(byRemainder[i % byRemainder.length]!.k);
  const rng = streamFor(seed, "market-kinds");
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const fits = (o: Org, kind: DemoProductKind) =>
  (!kind.industries || kind.industries.some((p) => o.industryCode?.startsWith(p))) &&
  (!kind.sizes || (o.size !== null && kind.sizes.includes(o.size))) &&
  SIZE_CAP[o.size ?? "small"] >= kind.amount[0] * 1.3;

/** Products on the shelf at an instant (published by then and not yet retired), as the matcher takes them. */
function onShelf(ctx: Context, at: number): { key: string; products: MarketProduct[] } {
  const ids = ctx.products.filter((p) => {
    const [published, retired] = ctx.shelfLife.get(p.id)!;
    return published <= at && retired > at;
  });
  const key = ids.map((p) => p.id).join(",");
  let products = ctx.shelves.get(key);
  if (!products) {
    products = ids.map((p) => ({
      id: p.id,
      institutionId: p.institutionKey,
      name: { zh: p.nameZh, en: p.nameEn },
      family: p.family,
      ...(p.rateMin !== null && p.rateMax !== null ? { rate: { min: Number(p.rateMin), max: Number(p.rateMax) } } : {}),
      rules: p.eligibility,
    }));
    ctx.shelves.set(key, products);
  }
  return { key, products };
}

function holdingFor(ctx: Context, rng: SeededRandom, owner: Org, kind: DemoProductKind): DemoCarbonHolding | null {
  const hk = kind.holdingKind;
  if (!hk) return null;
  const found = ctx.holdings.find((h) => h.ownerKey === owner.key && h.kind === hk);
  if (found || hk === "cea_allowance") return found ?? null;
  const year = Number(isoAt(ctx.clock.anchorMs).slice(0, 4));
  const recordedAt = isoAt(ctx.clock.windowStartMs - rng.int(3, 30) * DAY);
  const pollutant = hk === "emission_right" ? rng.pick(["SO2", "NOx", "COD", "NH3-N"]) : null;
  const quantity =
    hk === "emission_right"
      ? rng.int(40, 900)
      : hk === "carbon_sink_future"
        ? rng.int(30, 600) * 100
        : rng.int(80, 1500) * 100;
  const h: DemoCarbonHolding = {
    key: `${owner.key}/${hk}`,
    ownerKey: owner.key,
    kind: hk,
    complianceYear: null,
    vintage: hk === "emission_right" ? null : year,
    pollutant,
    quantity: String(quantity),
    unit: hk === "emission_right" ? "t" : "tCO2e",
    registryRef:
      hk === "emission_right"
        ? `青岛市排污权交易登记 PW-${owner.uscc?.slice(-8) ?? owner.key}`
        : hk === "carbon_sink_future"
          ? `碳汇项目登记 TH-${owner.uscc?.slice(-8) ?? owner.key}`
          : `全国温室气体自愿减排注册登记系统 CCER-${owner.uscc?.slice(-8) ?? owner.key}`,
    source: hk === "emission_right" ? "registry_statement" : "issuance_notice",
    note: "演示数据（虚构） / demo data (fictional)",
    recordedAt,
  };
  ctx.holdings.push(h);
  return h;
}

function draftNeed(ctx: Context, rng: SeededRandom, kind: DemoProductKind, owner: Org): Draft {
  const cap = SIZE_CAP[owner.size ?? "small"];
  const lo = kind.amount[0] * 1.15;
  const hi = Math.min(kind.amount[1] * 0.85, cap);
  const holding = holdingFor(ctx, rng, owner, kind);
  const free = holding ? Number(holding.quantity) - (ctx.pledged.get(holding.key) ?? 0) : 0;
  // A pledge loan asks for about what the free holding secures; other needs anywhere in the kind's range.
  const wanted =
    kind.loanPerUnit && free > 0
      ? free * (0.5 + rng.unit() * 0.4) * kind.loanPerUnit
      : Math.exp(Math.log(lo) + rng.unit() * Math.max(0, Math.log(hi) - Math.log(lo)));
  const amount = roundAmount(Math.min(hi, Math.max(lo, wanted)));
  const tenors = TENORS.filter((t) => t >= kind.tenor[0] && t <= kind.tenor[1]);
  const tenorMonths = tenors.length ? rng.pick(tenors) : kind.tenor[0];
  const purpose = rng.pick(kind.purposes);
  const projects = ctx.projectsByOwner.get(owner.key) ?? [];
  const project = purpose === "project-investment" && projects.length && rng.unit() < 0.65 ? rng.pick(projects) : null;
  const own: CollateralKind[] = kind.collateral?.includes("none") ? [] : [...(kind.collateral ?? [])];
  const other = rng.weighted(OTHER_COLLATERAL);
  const collateral = [...new Set([...own, ...(own.length && rng.unit() < 0.6 ? [] : other)])];
  if (ctx.ceaOwners.has(owner.key) && !collateral.includes("cea-allowance") && rng.unit() < 0.25)
    collateral.push("cea-allowance");
  const needs = (c: DataConsent) => kind.consents?.includes(c) ?? false;
  return {
    owner,
    kind,
    amount,
    tenorMonths,
    purpose,
    description: rng.pick(kind.needTexts),
    project,
    collateral,
    consentEsg: needs("esg") || rng.unit() < 0.6,
    consentCarbon: needs("carbon") || rng.unit() < 0.5,
    holding,
  };
}

/** The broadcast and, per institution, its eligible products best first (the matcher's ranking). */
function broadcastOf(
  ctx: Context,
  d: Draft,
  postedMs: number,
  before?: { shelf: string; result: Map<string, string[]> },
) {
  const shelf = onShelf(ctx, postedMs);
  if (before && before.shelf === shelf.key) return before.result;
  const grades = ctx.input.grades?.get(d.owner.key);
  const esg =
    d.consentEsg && grades?.esgGrade && ctx.input.esgGrades.includes(grades.esgGrade) ? grades.esgGrade : null;
  const carbon = d.consentCarbon && grades?.carbonGrade !== undefined ? grades.carbonGrade : null;
  const need: FinancingNeed = {
    amount: d.amount,
    tenorMonths: d.tenorMonths,
    purpose: d.purpose,
    ...(d.project ? { projectCategory: d.project.category } : {}),
    collateralOffered: d.collateral,
    enterprise: {
      ...(d.owner.industryCode ? { industry: d.owner.industryCode } : {}),
      ...(d.owner.size ? { size: d.owner.size } : {}),
      ...(esg !== null ? { esgGrade: esg } : {}),
      ...(carbon !== null ? { carbonGrade: carbon } : {}),
    },
    consents: [...(d.consentEsg ? (["esg"] as const) : []), ...(d.consentCarbon ? (["carbon"] as const) : [])],
  };
  const byInstitution = new Map<string, string[]>();
  for (const m of matchProducts(shelf.products, need, { esgGrades: ctx.input.esgGrades })) {
    if (m.status !== "eligible") continue;
    byInstitution.set(m.institutionId, [...(byInstitution.get(m.institutionId) ?? []), m.productId]);
  }
  return byInstitution;
}

const claimantsWanted = (rng: SeededRandom, status: DemoNeedStatus): number =>
  status === "open"
    ? 0
    : status === "declined"
      ? 3
      : status === "withdrawn" || status === "expired"
        ? rng.weighted([
            [0, 3],
            [1, 3],
            [2, 2],
          ])
        : rng.weighted([
            [1, 4],
            [2, 3],
            [3, 3],
          ]);

/** Claimants: an institution offering the kind the need was written for first, then others of the broadcast. */
function pickClaimants(
  rng: SeededRandom,
  kind: DemoProductKind,
  broadcast: Map<string, string[]>,
  count: number,
): { institutionKey: string; productId: string }[] {
  const all = [...broadcast.keys()].sort();
  const targeted = all.filter((k) => broadcast.get(k)!.some((id) => id.startsWith(`${k}/${kind.key}@`)));
  const first = targeted.length ? rng.pick(targeted) : null;
  const rest = all.filter((k) => k !== first);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const chosen = [...(first ? [first] : []), ...rest].slice(0, count);
  return chosen.map((k) => {
    const ids = broadcast.get(k)!;
    const own = ids.find((id) => id.startsWith(`${k}/${kind.key}@`));
    return { institutionKey: k, productId: own ?? ids[0]! };
  });
}

export function generateDemoNeeds(
  input: GenerateDemoMarketInput,
  clock: MarketClock,
  products: readonly DemoMarketProduct[],
  holdings: DemoCarbonHolding[],
): DemoFinancingNeed[] {
  const enterprises = input.organisations.filter((o) => o.kind === "enterprise");
  if (enterprises.length === 0) return [];
  const projectsByOwner = new Map<string, { ref: string; category: string }[]>();
  for (const p of input.projects ?? [])
    projectsByOwner.set(p.ownerKey, [...(projectsByOwner.get(p.ownerKey) ?? []), { ref: p.ref, category: p.category }]);
  const ctx: Context = {
    input,
    clock,
    products,
    enterprises,
    holdings,
    pledged: new Map(),
    loanSeq: new Map(),
    projectsByOwner,
    ceaOwners: new Set(holdings.filter((h) => h.kind === "cea_allowance").map((h) => h.ownerKey)),
    shelves: new Map(),
    shelfLife: new Map(
      products.map((p) => [
        p.id,
        [Date.parse(p.publishedAt), p.retiredAt === null ? Number.POSITIVE_INFINITY : Date.parse(p.retiredAt)],
      ]),
    ),
  };
  // A few hundred; a small district (a test's handful of enterprises) gets fifteen per enterprise, at least thirty.
  const count = input.needCount ?? Math.min(300, Math.max(30, enterprises.length * 15));
  const statuses = statusesFor(input.seed, count);
  const demoKey = DEMO_LOGIN_ORGS.enterprise;
  const demoStates = new Set<DemoNeedStatus>();
  const offered = new Set(products.map((p) => p.productKey));
  const kinds = DEMO_PRODUCT_KINDS.filter(
    (k) => offered.has(k.key) && (k.holdingKind !== "cea_allowance" || ctx.ceaOwners.size > 0),
  );
  const planned = kindsFor(input.seed, kinds, count);
  const needs: DemoFinancingNeed[] = [];
  statuses.forEach((status, i) => {
    const rng = streamFor(input.seed, `market-need:${i}`);
    // The first draws of streams seeded alike are alike: spend a few before drawing anything that matters.
    for (let k = 0; k < 4; k++) rng.unit();
    for (let attempt = 0; attempt < 40; attempt++) {
      const kind = attempt === 0 ? planned[i]! : rng.weighted(kinds.map((k) => [k, k.weight] as const));
      let candidates = enterprises.filter(
        (o) => fits(o, kind) && (kind.holdingKind !== "cea_allowance" || ctx.ceaOwners.has(o.key)),
      );
      // Allowance loans go mostly to the larger holders, whose allowances secure a loan of the kind's size.
      if (kind.holdingKind === "cea_allowance" && kind.loanPerUnit) {
        const enough = candidates.filter((o) => {
          const h = holdings.find((x) => x.ownerKey === o.key && x.kind === "cea_allowance");
          return h && Number(h.quantity) * kind.loanPerUnit! * 0.5 >= kind.amount[0];
        });
        if (enough.length && rng.unit() < 0.85) candidates = enough;
      }
      if (candidates.length === 0) continue;
      const demo = candidates.find((o) => o.key === demoKey);
      const owner = demo && !demoStates.has(status) && attempt < 20 ? demo : rng.pick(candidates);
      const [lo, hi] = PAST_OFFSET_DAYS[status] ?? [0, 0];
      let postedMs: number;
      if (status === "open") postedMs = clock.anchorMs - rng.int(2, 6 * 24) * HOUR;
      else if (status === "claimed")
        postedMs = clock.anchorMs - 30 * DAY; // replaced from the claims below
      else postedMs = clock.anchorMs - rng.int(lo, hi) * DAY - rng.int(0, 8) * HOUR;
      postedMs = Math.max(postedMs, clock.windowStartMs + rng.int(0, 48) * HOUR);
      const tentativeMs = postedMs;
      const d = draftNeed(ctx, rng, kind, owner);
      const broadcast = broadcastOf(ctx, d, postedMs);
      const wanted = claimantsWanted(rng, status);
      const targeted = [...broadcast.entries()].some(([k, ids]) =>
        ids.some((id) => id.startsWith(`${k}/${kind.key}@`)),
      );
      if ((!targeted && attempt < 30) || broadcast.size < Math.min(wanted, status === "declined" ? 3 : 1)) continue;
      const claimants = pickClaimants(rng, kind, broadcast, wanted);
      const base = {
        key: `need-${String(i + 1).padStart(4, "0")}`,
        ownerKey: owner.key,
        amount: String(d.amount),
        tenorMonths: d.tenorMonths,
        purpose: d.purpose,
        description: d.description,
        projectRef: d.project?.ref ?? null,
        collateral: d.collateral,
        consentEsg: d.consentEsg,
        consentCarbon: d.consentCarbon,
        status,
      };
      let need: DemoFinancingNeed;
      if (status === "open") {
        need = {
          ...base,
          postedAt: isoAt(postedMs),
          updatedAt: isoAt(postedMs),
          closedAt: null,
          closeReason: null,
          broadcast: [],
          claims: [],
        };
      } else if (status === "claimed") {
        let scenarios = claimants.map(() => rng.weighted(IN_PROGRESS));
        if (scenarios.length === 3 && scenarios.every((s) => s === "declined"))
          scenarios = [...scenarios.slice(0, 2), "approved"];
        const claims = claimants.map((who, j) => inProgressClaim(ctx, rng, who, scenarios[j]!, d.amount));
        claims.sort((a, b) => (a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : 0));
        const first = ms(claims[0]!.claimedAt);
        postedMs = Math.max(clock.windowStartMs, first - rng.int(1, 40) * HOUR);
        need = {
          ...base,
          postedAt: isoAt(postedMs),
          updatedAt: isoAt(Math.max(...claims.map(lastOf))),
          closedAt: null,
          closeReason: null,
          broadcast: [],
          claims,
        };
      } else {
        need = {
          ...base,
          postedAt: isoAt(postedMs),
          broadcast: [],
          ...pastStory(ctx, rng, d, status, claimants, postedMs),
        };
        need.claims.sort((a, b) => (a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : 0));
      }
      // The broadcast as matched when it was posted (a claimed need's posting time is only now known).
      const final =
        status === "claimed"
          ? broadcastOf(ctx, d, postedMs, { shelf: onShelf(ctx, tentativeMs).key, result: broadcast })
          : broadcast;
      if (need.claims.some((c) => !final.get(c.institutionKey)?.includes(c.productId))) continue;
      const latest = [need.postedAt, need.updatedAt, need.closedAt ?? need.postedAt].map(ms);
      if (Math.max(...latest) > clock.anchorMs) continue;
      need.broadcast = [...final.entries()]
        .map(([institutionKey, productIds]) => ({ institutionKey, productIds }))
        .sort((a, b) => (a.institutionKey < b.institutionKey ? -1 : 1));
      if (owner.key === demoKey) demoStates.add(status);
      needs.push(need);
      return;
    }
  });
  return needs;
}
