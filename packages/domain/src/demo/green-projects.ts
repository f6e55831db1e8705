/**
 * The demo green project library: a few hundred projects of the district's enterprises around Qingdao (offshore wind,
 * fishery- and agri-PV, rooftop PV, desalination, green buildings, charging and battery swapping, new-energy buses
 * and delivery vans, wastewater and water reuse, carbon-sink forests, marine ranching, coastal restoration, boiler,
 * motor and waste-heat retrofits), each through its review — most certified, some awaiting review, some returned, a
 * few rejected — about 40 % of the certified ones financed by the demo banks and insurers, some of those reporting a
 * year or two of benefits near what they expected; and the banks' other green loans (labelled, standing alone) and a
 * few unlabelled ones. Pure and deterministic: every project draws from a stream of its own (streamFor), so the same
 * seed gives the same library. Classification and benefit figures are left to the app, which holds the reference data.
 */
import type { SeededRandom } from "../random/seeded-random";
import { chance, streamFor } from "./demo-random";
import { isoAt, utcDateOf } from "./demo-time";
import { DEMO_LOGIN_ORGS } from "./generate-users";
import { GREEN_PROJECT_KINDS, type GreenProjectKind, STANDALONE_LABELS } from "./green-projects-templates";
import type {
  DemoBenefitReport,
  DemoGreenFinancing,
  DemoGreenLibrary,
  DemoGreenProject,
  DemoGreenStatus,
  DemoGreenStep,
  GenerateDemoGreenInput,
} from "./green-projects-types";

export { GREEN_PROJECT_KINDS } from "./green-projects-templates";
export type * from "./green-projects-types";

type Org = GenerateDemoGreenInput["organisations"][number];

const DAY = 86_400_000;
/** Submissions fall between these instants; everything the library records happens by the end of 2025. */
const FIRST_SUBMISSION = Date.UTC(2023, 2, 1, 1);
const LAST_SUBMISSION = Date.UTC(2025, 10, 30, 1);
const BOOK_END = Date.UTC(2025, 11, 28, 1);
export const DEMO_GREEN_REPORT_YEARS = [2024, 2025] as const;
const FINANCED_SHARE = 0.4;

const iso = (ms: number) => isoAt(ms);
const isoDate = (ms: number) => iso(ms).slice(0, 10);
const at = (rng: SeededRandom, from: number, days: number) => from + rng.int(1, days) * DAY + rng.int(0, 8) * 3_600_000;

const RETURN_NOTES = [
  "请补充环境影响评价批复文件，并说明项目建设内容与可研报告的差异。",
  "年发电量测算依据不足，请提供第三方资源评估报告和设备选型说明。",
  "请补充节能评估报告，明确节能量的测算边界和基准年数据。",
  "项目总投资与融资需求口径不一致，请核对后重新提交。",
  "请补充用地（用海）预审意见和项目备案文件。",
];
const REJECT_NOTES = [
  "项目主要内容为产能扩建，节能降碳部分占比较低，不符合目录支持范围。",
  "改造后能效指标未达到目录要求的能效标准，且缺少节能量核定材料。",
  "经核查项目已于申报前建成投运，且无法提供环境效益监测数据，不予认证。",
];
const CONDITIONS = [
  "项目投运后每年一季度报送上一年度实际环境效益数据。",
  "融资资金应专款专用于项目建设，不得用于其他用途。",
  "项目竣工后三个月内补交环保验收文件。",
];

/**
 * The kinds of `count` projects, in proportion to their weights (largest remainders), shuffled by one stream: a
 * library of any size has every kind, in the mix the weights say.
 */
function kindsFor(seed: number, count: number): GreenProjectKind[] {
  const total = GREEN_PROJECT_KINDS.reduce((s, k) => s + k.weight, 0);
  const quotas = GREEN_PROJECT_KINDS.map((k) => ({ k, exact: (count * k.weight) / total }));
  const kinds = quotas.flatMap((q) => Array.from({ length: Math.floor(q.exact) }, () => q.k));
  const byRemainder = [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1));
  for (let i = 0; kinds.length < count; i++) kinds.push(byRemainder[i % byRemainder.length]!.k);
  const rng = streamFor(seed, "green-kinds");
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds;
}

function ownerFor(rng: SeededRandom, kind: GreenProjectKind, enterprises: readonly Org[]): Org {
  const preferred = enterprises.filter((e) => kind.owners.some((prefix) => e.industryCode?.startsWith(prefix)));
  return rng.pick(preferred.length > 0 && chance(rng, 0.8) ? preferred : enterprises);
}

function statusFor(rng: SeededRandom): DemoGreenStatus {
  return rng.weighted([
    ["certified", 76],
    ["submitted", 10],
    ["returned", 9],
    ["rejected", 5],
  ] as const);
}

/** Banks by weight: the demo login's bank leads, the policy bank takes the large energy and water projects. */
function bankFor(rng: SeededRandom, banks: readonly Org[], large: boolean): Org {
  return rng.weighted(
    banks.map((b) => {
      const w = b.key === DEMO_LOGIN_ORGS.bank ? 5 : b.key.includes("dev") ? (large ? 4 : 1) : 1.5;
      return [b, w] as const;
    }),
  );
}

function insurerFor(rng: SeededRandom, insurers: readonly Org[], blue: boolean): Org {
  const marine = insurers.find((i) => i.key.includes("marine"));
  if (blue && marine && chance(rng, 0.7)) return marine;
  const property = insurers.filter((i) => !i.key.includes("life"));
  return rng.pick(property.length ? property : insurers);
}

class References {
  #n = { loan: 0, bond: 0, insurance: 0 };
  next(instrument: DemoGreenFinancing["instrument"], year: number): string {
    const n = ++this.#n[instrument];
    const prefix = { loan: "GL", bond: "GB", insurance: "GI" }[instrument];
    return `${prefix}${year}${String(n).padStart(5, "0")}`;
  }
}

/** Balance at the end of 2025 of a loan amortised over its term (to 10 % at maturity), in 万元. */
function outstandingWan(amountWan: number, start: number, maturity: number | null): number {
  if (maturity === null) return amountWan;
  const elapsed = Math.min(1, Math.max(0, (Date.UTC(2025, 11, 31) - start) / (maturity - start)));
  return Math.max(1, Math.round(amountWan * (1 - 0.9 * elapsed)));
}

interface Context {
  seed: number;
  banks: readonly Org[];
  insurers: readonly Org[];
  refs: References;
}

function financeProject(ctx: Context, project: DemoGreenProject, owner: Org, kind: GreenProjectKind, decided: number) {
  const rng = streamFor(ctx.seed, `green-finance:${project.key}`);
  const financings: DemoGreenFinancing[] = [];
  const needWan = Number(project.financingNeed) / 10_000;
  const investmentWan = Number(project.totalInvestment) / 10_000;
  const parts = chance(rng, 0.2) ? 2 : 1;
  let start = at(rng, decided, 90);
  for (let i = 0; i < parts && start <= BOOK_END; i++) {
    const [loanW, bondW, insW] = kind.instruments;
    const instrument = rng.weighted([
      ["loan", loanW],
      ["bond", investmentWan >= 20_000 ? bondW : 0],
      ["insurance", insW],
    ] as const);
    const large = investmentWan >= 30_000;
    const institution =
      instrument === "insurance" ? insurerFor(rng, ctx.insurers, kind.blue) : bankFor(rng, ctx.banks, large);
    const share = rng.int(40, 100) / 100 / parts;
    const amountWan =
      instrument === "insurance"
        ? Math.max(10, Math.round((investmentWan * rng.int(20, 60)) / 100))
        : instrument === "bond"
          ? Math.max(1000, Math.round((needWan * share) / 1000) * 1000)
          : Math.max(10, Math.round((needWan * share) / 10) * 10);
    const years =
      instrument === "insurance" ? 1 : instrument === "bond" ? rng.pick([3, 5, 7]) : rng.int(3, large ? 15 : 8);
    const startDate = utcDateOf(start);
    const maturity = Date.UTC(startDate.year + years, startDate.month - 1, startDate.day);
    const outstanding = instrument === "loan" ? outstandingWan(amountWan, start, maturity) : amountWan;
    const use = {
      loan: `${project.name}建设资金`,
      bond: `绿色债券募集资金用于${project.name}`,
      insurance: `${project.name}${kind.blue ? "海上工程及财产一切险" : "绿色项目财产险和环境污染责任险"}`,
    }[instrument];
    financings.push({
      institutionKey: institution.key,
      instrument,
      reference: ctx.refs.next(instrument, startDate.year),
      projectKey: project.key,
      borrowerKey: project.ownerKey,
      borrowerName: owner.nameZh,
      amount: `${amountWan}0000`,
      outstanding: `${outstanding}0000`,
      startDate: isoDate(start),
      maturityDate: isoDate(maturity),
      categoryCode: null,
      useOfProceeds: use,
      industryCode: project.industryCode,
      ratePercent:
        instrument === "insurance"
          ? (rng.int(20, 150) / 100).toFixed(2)
          : ((instrument === "bond" ? rng.int(230, 350) : rng.int(280, 420)) / 100).toFixed(2),
    });
    project.steps.push({
      action: "financing",
      at: iso(start),
      orgKey: institution.key,
      role: "analyst",
      note: `${{ loan: "贷款", bond: "债券", insurance: "保险" }[instrument]} ${amountWan} 万元`,
    });
    start = at(rng, start, 200);
  }
  return financings;
}

function benefitReports(rng: SeededRandom, project: DemoGreenProject): DemoBenefitReport[] {
  if (!chance(rng, 0.6)) return [];
  return DEMO_GREEN_REPORT_YEARS.filter((y) => y >= project.operationYear).map((year) => ({
    year,
    ratio: (rng.int(85, 115) / 100).toFixed(2),
    // The 2025 report is the year-end filing of December's figures.
    reportedAt: iso(
      year === 2025 ? Date.UTC(2025, 11, 20 + rng.int(0, 7), 2) : Date.UTC(2025, 1, 1 + rng.int(0, 50), 2),
    ),
  }));
}

function review(rng: SeededRandom, p: DemoGreenProject, submitted: number, submitterKey: string, reviewerKey: string) {
  const steps: DemoGreenStep[] = [
    { action: "submit", at: iso(submitted), orgKey: submitterKey, role: "analyst", note: null },
  ];
  let t = submitted;
  if (p.status === "returned" || (p.status === "certified" && chance(rng, 0.15))) {
    t = at(rng, t, 20);
    const note = rng.pick(RETURN_NOTES);
    steps.push({ action: "return", at: iso(t), orgKey: reviewerKey, role: "reviewer", note });
    if (p.status === "returned") return { steps, decided: t, note };
    t = at(rng, t, 30);
    steps.push({ action: "resubmit", at: iso(t), orgKey: submitterKey, role: "analyst", note: "已按意见补充材料" });
  }
  if (p.status === "submitted") return { steps, decided: null, note: null };
  t = at(rng, t, 40);
  const note = p.status === "rejected" ? rng.pick(REJECT_NOTES) : null;
  steps.push({
    action: p.status === "rejected" ? "reject" : "certify",
    at: iso(t),
    orgKey: reviewerKey,
    role: "reviewer",
    note,
  });
  return { steps, decided: t, note };
}

function project(
  ctx: Context,
  i: number,
  planned: GreenProjectKind,
  enterprises: readonly Org[],
  loginEnterprise: Org | undefined,
) {
  const rng = streamFor(ctx.seed, `green-project:${i}`);
  // The demo login's enterprise gets a financed rooftop plant and a waste-heat project awaiting review.
  const showcase = loginEnterprise && i < 2;
  const kind = showcase
    ? GREEN_PROJECT_KINDS.find((k) => k.kind === (i === 0 ? "rooftop-pv" : "waste-heat"))!
    : planned;
  const [area, place] = rng.pick(kind.places);
  const owner = showcase ? loginEnterprise : ownerFor(rng, kind, enterprises);
  const draft = kind.draft(rng, area, place);
  const status: DemoGreenStatus = showcase ? (i === 0 ? "certified" : "submitted") : statusFor(rng);
  const submitted =
    status === "submitted"
      ? LAST_SUBMISSION - rng.int(0, 60) * DAY
      : showcase
        ? Date.UTC(2024, 2, 12, 2)
        : FIRST_SUBMISSION + rng.int(0, Math.floor((LAST_SUBMISSION - FIRST_SUBMISSION) / DAY) - 60) * DAY;
  const submittedYear = utcDateOf(submitted).year;
  const startYear = submittedYear + (chance(rng, 0.3) ? 1 : 0);
  const submitterKey = !showcase && chance(rng, 0.1) ? bankFor(rng, ctx.banks, false).key : owner.key;
  const reviewerKey = chance(rng, 0.6) ? DEMO_LOGIN_ORGS.verifier : DEMO_LOGIN_ORGS.district;
  const needShare = rng.int(50, 80);
  const eiaStatus =
    status === "returned"
      ? "pending"
      : rng.weighted([
          ["approved", 70],
          ["filed", 15],
          ["pending", status === "certified" ? 0 : 10],
          ["exempt", draft.buildYears === 0 ? 12 : 2],
        ] as const);
  const p: DemoGreenProject = {
    key: `gp-${String(i + 1).padStart(4, "0")}`,
    kind: kind.kind,
    ownerKey: owner.key,
    submittedByKey: submitterKey,
    name: draft.name,
    description: draft.description,
    area,
    address: `山东省青岛市${area}${place}`,
    industryCode: draft.industryCode,
    declaredCategory: chance(rng, 0.6) ? kind.category : null,
    totalInvestment: `${draft.investmentWan}0000`,
    financingNeed: `${Math.max(10, Math.round((draft.investmentWan * needShare) / 1000) * 10)}0000`,
    startYear,
    operationYear: startYear + draft.buildYears,
    eiaStatus,
    parameters: draft.parameters,
    expectedBenefits: draft.expectedBenefits,
    fallbackCategory: kind.category,
    blue: kind.blue,
    status,
    submittedAt: iso(submitted),
    decidedAt: null,
    reviewerKey: status === "submitted" ? null : reviewerKey,
    returnNote: null,
    evidenceNote: null,
    conditions: null,
    steps: [],
    benefitReports: [],
  };
  const r = review(rng, p, submitted, submitterKey, reviewerKey);
  p.steps = r.steps;
  p.decidedAt = r.decided === null ? null : iso(r.decided);
  p.returnNote = r.note;
  let financings: DemoGreenFinancing[] = [];
  if (status === "certified" && r.decided !== null) {
    p.evidenceNote = `经资料审核与现场核查，项目建设内容、技术参数与可行性研究报告一致，环评手续${
      { approved: "已批复", filed: "已备案", pending: "在办", exempt: "依法豁免" }[eiaStatus]
    }，预期环境效益测算依据充分。`;
    p.conditions = chance(rng, 0.35) ? rng.pick(CONDITIONS) : null;
    if (showcase || chance(rng, FINANCED_SHARE)) {
      financings = financeProject(ctx, p, owner, kind, r.decided);
      if (financings.length) p.benefitReports = benefitReports(rng, p);
      if (showcase && p.benefitReports.length === 0 && p.operationYear <= 2024)
        p.benefitReports = [{ year: 2024, ratio: "0.96", reportedAt: iso(Date.UTC(2025, 1, 20, 2)) }];
      for (const b of p.benefitReports)
        p.steps.push({ action: "benefit-report", at: b.reportedAt, orgKey: p.ownerKey, role: "analyst", note: null });
    }
  }
  p.steps.sort((a, b) => a.at.localeCompare(b.at));
  return { project: p, financings };
}

/** Green loans of the banks' books that are not in the library: labelled by category, and a few unlabelled. */
function standaloneFinancings(ctx: Context, enterprises: readonly Org[], count: number, unlabelled: number) {
  const out: DemoGreenFinancing[] = [];
  for (let i = 0; i < count + unlabelled; i++) {
    const rng = streamFor(ctx.seed, `green-standalone:${i}`);
    const labelled = i < count;
    const [code, use, industry] = rng.pick(STANDALONE_LABELS);
    const borrower = rng.pick(enterprises);
    const bank = bankFor(rng, ctx.banks, false);
    const start = FIRST_SUBMISSION - 365 * DAY + rng.int(0, 1000) * DAY;
    const startMs = Math.min(start, BOOK_END);
    const startDate = utcDateOf(startMs);
    const years = rng.int(1, 6);
    const maturity = Date.UTC(startDate.year + years, startDate.month - 1, startDate.day);
    const amountWan = rng.int(20, 2000) * 10;
    out.push({
      institutionKey: bank.key,
      instrument: "loan",
      reference: ctx.refs.next("loan", startDate.year),
      projectKey: null,
      borrowerKey: borrower.key,
      borrowerName: borrower.nameZh,
      amount: `${amountWan}0000`,
      outstanding: `${outstandingWan(amountWan, startMs, maturity)}0000`,
      startDate: isoDate(startMs),
      maturityDate: isoDate(maturity),
      categoryCode: labelled ? code : null,
      useOfProceeds: labelled ? use : rng.pick(["流动资金周转", "设备购置及技术改造", "厂房建设"]),
      industryCode: labelled ? industry : borrower.industryCode,
      ratePercent: (rng.int(300, 450) / 100).toFixed(2),
    });
  }
  return out;
}

export function defaultGreenProjectCount(enterprises: number): number {
  return Math.min(300, Math.max(24, Math.round(enterprises * 0.15)));
}

export function generateDemoGreenProjects(input: GenerateDemoGreenInput): DemoGreenLibrary {
  const { seed } = input;
  if (seed !== (seed | 0)) throw new RangeError(`The demo seed must be a 32-bit signed integer, not ${seed}`);
  const enterprises = input.organisations.filter((o) => o.kind === "enterprise");
  const banks = input.organisations.filter((o) => o.kind === "bank");
  const insurers = input.organisations.filter((o) => o.kind === "insurer");
  if (enterprises.length === 0 || banks.length === 0 || insurers.length === 0)
    return { seed, projects: [], financings: [] };
  const count = input.projectCount ?? defaultGreenProjectCount(enterprises.length);
  const ctx: Context = { seed, banks, insurers, refs: new References() };
  const loginEnterprise = enterprises.find((e) => e.key === DEMO_LOGIN_ORGS.enterprise);
  const projects: DemoGreenProject[] = [];
  const financings: DemoGreenFinancing[] = [];
  const kinds = kindsFor(seed, count);
  for (let i = 0; i < count; i++) {
    const made = project(ctx, i, kinds[i]!, enterprises, loginEnterprise);
    projects.push(made.project);
    financings.push(...made.financings);
  }
  financings.push(
    ...standaloneFinancings(ctx, enterprises, Math.round(count * 0.2), Math.max(3, Math.round(count * 0.04))),
  );
  return { seed, projects, financings };
}
