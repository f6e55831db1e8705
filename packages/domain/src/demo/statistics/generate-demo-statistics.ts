/**
 * The demo district's statistics (issue 8 item 8): for every bank, `months` (36) monthly reports on the monthly
 * template ending with the last complete month before the seeding instant, and for every bank, insurer, wealth
 * manager and fund manager a third as many quarterly reports. The banks' figures stand on their platform books: a
 * green-loan balance or new lending of a catalogue use is never below what their labelled green financings give for
 * that use and month, and marketplace-funded loans are the "of which: through the platform" figure. One bank joins in
 * a July part-way through; the latest month has reports awaiting a decision and one returned; two older reports were
 * corrected after acceptance. Pure and deterministic for a seed and instant; figures are illustrative.
 */
import { streamFor } from "../demo-random";
import { type BankMonth, type BankShares, bankMonths } from "./demo-stat-bank-months";
import { historyMonths, historyQuarters, monthEndMs, quarterMonths } from "./demo-stat-calendar";
import { firstSubmission, type ReportPlan, reportOf } from "./demo-stat-lifecycle";
import { platformMonth } from "./demo-stat-platform";
import { BANK_TYPE_TILT, BANK_TYPE_WEIGHT, JOINER_KEY, RETURN_NOTE } from "./demo-stat-profiles";
import { bankQuarters, nonBankQuarters } from "./demo-stat-quarters";
import type { DemoStatistics, DemoStatValue, GenerateDemoStatisticsInput } from "./demo-stat-types";
import { ValueList } from "./demo-stat-values";

const NON_BANKS = new Set(["insurer", "wealth_manager", "fund_manager"]);

function bankShares(seed: number, banks: GenerateDemoStatisticsInput["institutions"]) {
  const raw = banks.map((b) => {
    const rng = streamFor(seed, `stat-size:${b.key}`);
    const type = b.institutionType ?? "";
    const w = (BANK_TYPE_WEIGHT[type] ?? 0.5) * (0.8 + 0.4 * rng.unit());
    const tilt = BANK_TYPE_TILT[type] ?? { green: 1, inclusive: 1, agri: 1, tech: 1 };
    return {
      key: b.key,
      size: w,
      green: w * tilt.green,
      inclusive: w * tilt.inclusive,
      agri: w * tilt.agri,
      tech: w * tilt.tech,
    };
  });
  const total = (f: keyof BankShares | "size") => raw.reduce((s, r) => s + r[f], 0);
  const sums = {
    size: total("size"),
    green: total("green"),
    inclusive: total("inclusive"),
    agri: total("agri"),
    tech: total("tech"),
  };
  return new Map(
    raw.map((r) => [
      r.key,
      {
        size: r.size / sums.size,
        green: r.green / sums.green,
        inclusive: r.inclusive / sums.inclusive,
        agri: r.agri / sums.agri,
        tech: r.tech / sums.tech,
      },
    ]),
  );
}

function monthlyValues(m: BankMonth): DemoStatValue[] {
  return new ValueList()
    .items("green_loan_balance", m.green, m.greenByUse)
    .items("green_loan_new", m.greenNew, m.greenNewByUse)
    .total("green_loan_marketplace_new", m.market, "marketplace")
    .total("inclusive_loan_balance", m.inclusive)
    .total("inclusive_loan_new", m.inclusiveNew)
    .total("agri_loan_balance", m.agri)
    .total("tech_sme_loan_balance", m.tech).values;
}

export function generateDemoStatistics(input: GenerateDemoStatisticsInput): DemoStatistics {
  const { seed, nowMs } = input;
  const count = input.months ?? 36;
  const months = historyMonths(nowMs, count);
  const quarters = historyQuarters(nowMs, Math.floor(count / 3));
  // Three months more than reported (a quarter may start up to two months before the first reported month) and one
  // before those, whose balances seed the first month's new lending.
  const series = historyMonths(nowMs, count + 3);
  const banks = input.institutions.filter((o) => o.kind === "bank");
  const others = input.institutions.filter((o) => NON_BANKS.has(o.kind));
  const joinMonth = months.find((m, i) => i >= 6 && i < count - 6 && m.endsWith("-07"));
  const joiner =
    banks.some((b) => b.key === JOINER_KEY) && joinMonth ? { orgKey: JOINER_KEY, firstMonth: joinMonth } : null;
  const reports = (o: { key: string }) => (period: string) =>
    !(joiner && o.key === joiner.orgKey && period < joiner.firstMonth);
  const shares = bankShares(seed, banks);
  const uses = input.breakdownItems["catalogue-use"].map((i) => i.code);
  const plans: ReportPlan[] = [];
  const plan = (
    o: { key: string; kind: string },
    templateRef: string,
    period: string,
    lastMonth: string,
    values: DemoStatValue[],
  ): void => {
    plans.push({
      orgKey: o.key,
      orgKind: o.kind,
      templateRef,
      period,
      periodEndMs: monthEndMs(lastMonth),
      values,
      fate: "accepted",
    });
  };

  for (const b of banks) {
    const loans = (input.platformLoans ?? []).filter((l) => l.institutionKey === b.key);
    const fundings = (input.marketFundings ?? []).filter((f) => f.institutionKey === b.key);
    const platform = series.map((m) => platformMonth(loans, fundings, m));
    const share = shares.get(b.key) as BankShares & { size: number };
    const books = bankMonths(seed, b.key, share, uses, series.slice(1), platform);
    const byMonth = new Map(books.map((m) => [m.month, m]));
    for (const m of months.filter(reports(b)))
      plan(b, input.monthly.ref, m, m, monthlyValues(byMonth.get(m) as BankMonth));
    const qs = quarters.filter((q) => reports(b)(quarterMonths(q)[0] as string));
    const qBooks = qs.map(
      (q) => quarterMonths(q).map((m) => byMonth.get(m) as BankMonth) as [BankMonth, BankMonth, BankMonth],
    );
    const figures = bankQuarters(seed, b.key, b.institutionType ?? "", share, qBooks);
    qs.forEach((q, j) => {
      plan(b, input.quarterly.ref, q, quarterMonths(q)[2] as string, figures[j] as DemoStatValue[]);
    });
  }
  for (const o of others) {
    const figures = nonBankQuarters(seed, o.key, o.institutionType ?? "", quarters.length);
    if (figures.length)
      quarters.forEach((q, j) => {
        plan(o, input.quarterly.ref, q, quarterMonths(q)[2] as string, figures[j] as DemoStatValue[]);
      });
  }

  // The review's variety, drawn from one stream of its own.
  const rng = streamFor(seed, "stat-lifecycle");
  const pick = <T>(items: T[]) => items.splice(rng.int(0, items.length - 1), 1)[0];
  const latestMonth = plans.filter((x) => x.templateRef === input.monthly.ref && x.period === months[count - 1]);
  const latestQuarter = plans.filter((x) => x.templateRef === input.quarterly.ref && x.period === quarters.at(-1));
  const set = (x: ReportPlan | undefined, change: Partial<ReportPlan>) => {
    if (x) plans[plans.indexOf(x)] = { ...x, ...change };
  };
  set(pick(latestMonth), { fate: "returned", note: RETURN_NOTE });
  for (let i = 0; i < 3; i++) set(pick(latestMonth), { fate: "submitted" });
  for (let i = 0; i < 2; i++) set(pick(latestQuarter), { fate: "submitted" });
  const revisable = (ref: string, period: string | undefined) =>
    plans.filter(
      (x) => x.templateRef === ref && x.period === period && x.orgKind === "bank" && x.orgKey !== joiner?.orgKey,
    );
  for (const x of [
    pick(revisable(input.monthly.ref, months[count - 10])),
    pick(revisable(input.quarterly.ref, quarters.at(-4))),
  ])
    set(x, { fate: "revised", firstValues: x ? firstSubmission(x.values) : [] });

  return { months, quarters, joiner, reports: plans.map((x) => reportOf(rng, x, nowMs)) };
}
