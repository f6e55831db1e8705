/**
 * The marketplace's products, needs and claims on a real database (both engines): 20 simultaneous claims on one need
 * from 20 institutions, each through a tenant session as a request would run, yield exactly three claimants and 17
 * CONFLICTs; so do 20 raw inserts with the application bypassed; the service-level timers with an injected clock
 * (a Friday-afternoon claim not answered by the end of the next working day is overdue; a make-up Saturday counts;
 * an answer in time is done on time); matching gives its reasons; who may see and do what, in the application and
 * under row-level security; every change is audited.
 */
import {
  type Actor,
  type AppError,
  chooseOffer,
  claimNeed,
  claimTimers,
  getNeed,
  isAppError,
  listProducts,
  matchNeed,
  type NeedInput,
  type ProductInput,
  postNeed,
  publishProduct,
  recordClaimStep,
  serviceLevelCompliance,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, sortedProblemPaths, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, TEST_NOW, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let ent: Actor;
let otherEnt: Actor;
let district: Actor;
let banks: Actor[]; // 20 institutions: the template's, and more made here if it has fewer
let projectOwner: Actor;
let projectId: string;
let foreignProjectId: string;

const { asRequest, sql } = tenantRequests(() => p);

const paths = sortedProblemPaths;

const need = (over: Partial<NeedInput> = {}): NeedInput => ({
  amount: "5000000",
  tenorMonths: 36,
  purpose: "technical-retrofit",
  description: "余热回收改造",
  collateral: ["equipment"],
  consents: { esg: false, carbon: false },
  ...over,
});

const product = (over: Partial<ProductInput> = {}): ProductInput => ({
  productKey: "retrofit-loan",
  family: "green_credit",
  subType: "carbon_neutral",
  nameZh: "碳中和技改贷",
  nameEn: "Carbon-neutral retrofit loan",
  description: "技改项目贷款",
  eligibility: { amount: { min: 1_000_000, max: 20_000_000 }, tenorMonths: { max: 60 } },
  rate: { min: "3.1", max: "3.85" },
  ...over,
});

const audits = async (action: string, entityId: string) =>
  (await p.db.query("SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2", [action, entityId])).rows.length;

beforeAll(async () => {
  p = await openTestPlatform();
  ent = await actorFor(p, "ent-0001", "analyst");
  otherEnt = await actorFor(p, "ent-0002", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  const keys = (
    await p.db.query<{ demo_key: string }>(
      `SELECT demo_key FROM organisations
        WHERE kind IN ('bank','insurer','wealth_manager') AND demo_key IS NOT NULL
        ORDER BY demo_key LIMIT 20`,
    )
  ).rows.map((r) => r.demo_key);
  banks = await Promise.all(keys.map((k) => actorFor(p, k, "admin")));
  for (let i = banks.length; i < 20; i++) {
    const r = await p.db.query<{ id: string }>(
      "INSERT INTO organisations (kind, name_zh, name_en) VALUES ('bank', $1, $2) RETURNING id",
      [`测试银行${i}`, `Test bank ${i}`],
    );
    banks.push({ userId: null, orgId: r.rows[0]!.id, orgKind: "bank", role: "admin", via: "session" });
  }
  // A need is broadcast only to institutions with an eligible product: every test bank offers one that fits.
  for (const bank of banks) await publishProduct(p, bank, product({ productKey: "broad-retrofit-loan" }));
  // Two certified projects, one of the posting enterprise and one of another (the template has none certified).
  const certified = async (owner: Actor, ref: string) =>
    (
      await p.db.query<{ id: string }>(
        `INSERT INTO green_projects (ref_no, org_id, submitted_by_org_id, name, description, area, industry_code,
                                     total_investment, financing_need, eia_status, classification, classifier_catalogue,
                                     classifier_vocabulary, fingerprint, status, certified_category, certificate_no,
                                     certified_at, submitted_at, updated_at)
         VALUES ($1, $2, $2, '余热回收', '余热回收改造项目', '琴湾', 'C2614', 8000000, 5000000, 'approved', '{}', 'x',
                 'x', $1, 'certified', '1.4.1', $1, now(), now(), now()) RETURNING id`,
        [ref, owner.orgId],
      )
    ).rows[0]!.id;
  projectOwner = ent;
  projectId = await certified(ent, "GP-TEST-MKT-1");
  foreignProjectId = await certified(otherEnt, "GP-TEST-MKT-2");
});
afterAll(() => p?.close());

describe("products", () => {
  it("publishes versions, keeps the old ones retired, and audits each", async () => {
    const bank = banks[0]!;
    const v1 = await publishProduct(p, bank, product({ productKey: "versioned-loan" }));
    expect(v1).toMatchObject({ version: 1, status: "published", rateMin: "3.1", rateMax: "3.85", orgId: bank.orgId });
    const v2 = await publishProduct(
      p,
      bank,
      product({ productKey: "versioned-loan", rate: { min: "2.9", max: "3.5" } }),
    );
    expect(v2).toMatchObject({ version: 2, status: "published" });
    const mine = await listProducts(p, bank, { mine: true });
    expect(mine.filter((x) => x.productKey === "versioned-loan").map((x) => [x.version, x.status])).toEqual([
      [2, "published"],
      [1, "retired"],
    ]);
    const seen = await listProducts(p, ent);
    expect(seen.map((x) => x.id)).toContain(v2.id);
    expect(seen.map((x) => x.id)).not.toContain(v1.id);
    expect(await audits("market.product.publish", v1.id)).toBe(1);
    expect(await audits("market.product.publish", v2.id)).toBe(1);
    // A draft is the institution's own until published.
    const draft = await publishProduct(p, bank, product({ productKey: "draft-loan", draft: true }));
    expect(draft.status).toBe("draft");
    expect((await listProducts(p, ent)).map((x) => x.id)).not.toContain(draft.id);
  });

  it("checks the eligibility rules and who publishes", async () => {
    const bad = await failure(
      publishProduct(
        p,
        banks[0]!,
        product({
          subType: "blue-ish",
          eligibility: { minEsgGrade: "Z", amount: { min: 9, max: 1 }, colour: "green" } as never,
        }),
      ),
    );
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(paths(bad)).toEqual(
      expect.arrayContaining(["eligibility", "eligibility.amount", "eligibility.minEsgGrade"]),
    );
    expect((await failure(publishProduct(p, ent, product()))).code).toBe("FORBIDDEN");
    expect((await failure(publishProduct(p, { ...banks[0]!, role: "viewer" }, product()))).code).toBe("FORBIDDEN");
  });
});

describe("needs and matching", () => {
  it("posts a need with the enterprise's own certified project, and no other", async () => {
    const made = await postNeed(p, projectOwner, need({ projectId }));
    expect(made).toMatchObject({ status: "open", claimCount: 0, projectId, amount: "5000000" });
    expect(await audits("market.need.post", made.id)).toBe(1);
    const e = await failure(postNeed(p, projectOwner, need({ projectId: foreignProjectId })));
    expect(paths(e)).toEqual(["projectId"]);
    const bad = await failure(postNeed(p, ent, need({ amount: "-1", tenorMonths: 0.5 })));
    expect(paths(bad)).toEqual(["amount", "tenorMonths"]);
    expect((await failure(postNeed(p, banks[0]!, need()))).code).toBe("FORBIDDEN");
  });

  it("ranks products with a reason per rule, grades unknown without consent", async () => {
    const bank = banks[1]!;
    const fits = await publishProduct(p, bank, product({ productKey: "match-fits" }));
    const tooSmall = await publishProduct(
      p,
      bank,
      product({ productKey: "match-small", eligibility: { amount: { max: 1_000_000 } } }),
    );
    const esg = await publishProduct(
      p,
      bank,
      product({ productKey: "match-esg", eligibility: { minEsgGrade: "BBB", collateral: ["equipment"] } }),
    );
    const n = await postNeed(p, ent, need());
    const result = await matchNeed(p, ent, n.id);
    expect(result.inputs.esgGradeBasis).toBe("not-consented");
    const ours = result.matches.filter((m) => [fits.id, tooSmall.id, esg.id].includes(m.productId));
    const byId = new Map(ours.map((m) => [m.productId, m]));
    expect(byId.get(fits.id)).toMatchObject({ status: "eligible" });
    expect(byId.get(fits.id)!.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ["amount", "met"],
      ["tenor", "met"],
    ]);
    expect(byId.get(tooSmall.id)).toMatchObject({ status: "excluded" });
    expect(byId.get(tooSmall.id)!.reasons[0]).toMatchObject({ rule: "amount", outcome: "not-met" });
    expect(byId.get(tooSmall.id)!.reasons[0]!.zh).toContain("不在");
    const esgMatch = byId.get(esg.id)!;
    expect(esgMatch.status).toBe("eligible"); // unknown does not exclude
    expect(esgMatch.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ["esgGrade", "unknown"],
      ["collateral", "met"],
    ]);
    expect(esgMatch.reasons[0]!.en).toMatch(/not given/);
    // Ranks are the domain's: eligible first.
    expect(byId.get(tooSmall.id)!.rank).toBeGreaterThan(byId.get(fits.id)!.rank);
    expect(result.ranking.en).toMatch(/Eligible products first/);

    // With consent the grades are looked up: the enterprise's published ESG grade (BB, worse than the product's BBB:
    // not met), and its carbon-efficiency grade, which it does not have (unknown, never "not met").
    const agency = (
      await p.db.query<{ id: string }>("SELECT id FROM organisations WHERE kind = 'rating_agency' LIMIT 1")
    ).rows[0]!.id;
    const run = await p.db.query<{ id: string }>(
      `INSERT INTO rating_runs (org_id, methodology_id, methodology_version, entity_kind, period_year, as_of, status,
                                created_at, published_at)
       VALUES ($1, 'enterprise-esg', '2026.1', 'enterprise', 2025, '2026-01-31', 'published', now(), now()) RETURNING id`,
      [agency],
    );
    await p.db.query(
      `INSERT INTO rating_results (run_id, org_id, industry_code, industry_group, score, grade, input_hash, explanation,
                                   result_hash, sources)
       VALUES ($1, $2, 'C2614', 'chemicals', 48.5, 'BB', 'x', '{}', 'x', '{}')`,
      [run.rows[0]!.id, ent.orgId],
    );
    const carbonRule = await publishProduct(
      p,
      bank,
      product({ productKey: "match-carbon", eligibility: { maxCarbonGrade: 3 } }),
    );
    const shared = await postNeed(p, ent, need({ consents: { esg: true, carbon: true } }));
    const withConsent = await asRequest(banks[2]!, (tp) => matchNeed(tp, banks[2]!, shared.id));
    expect(withConsent.inputs).toMatchObject({
      esgGrade: "BB",
      esgGradeBasis: "shared",
      carbonGrade: null,
      carbonGradeBasis: "not-available",
    });
    const m = withConsent.matches.find((x) => x.productId === esg.id)!;
    expect(m.status).toBe("excluded");
    expect(m.reasons[0]).toMatchObject({ rule: "esgGrade", outcome: "not-met" });
    expect(m.reasons[0]!.zh).toContain("BB");
    const c = withConsent.matches.find((x) => x.productId === carbonRule.id)!;
    expect(c).toMatchObject({ status: "eligible", reasons: [{ rule: "carbonGrade", outcome: "unknown" }] });
    // Without consent the same enterprise's grade is not read.
    expect((await matchNeed(p, banks[2]!, n.id)).inputs).toMatchObject({
      esgGrade: null,
      esgGradeBasis: "not-consented",
    });
    // Another enterprise does not see the need at all.
    expect((await failure(matchNeed(p, otherEnt, n.id))).code).toBe("NOT_FOUND");
  });
});

describe("claims", () => {
  it("gives 20 simultaneous claims from 20 institutions exactly 3 claimants and 17 CONFLICTs", async () => {
    expect(new Set(banks.map((b) => b.orgId)).size).toBe(20);
    const n = await postNeed(p, ent, need());
    const results = await Promise.allSettled(
      banks.map((bank) => asRequest(bank, (tp) => claimNeed(tp, bank, { needId: n.id }))),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const e of refused) {
      expect(isAppError(e)).toBe(true);
      const err = e as AppError;
      expect(err.code).toBe("CONFLICT");
      expect(err.messageEn).toMatch(/already has 3 claimants/);
      expect(err.messageZh).toMatch(/已有 3 家机构认领/);
      expect(err.details).toMatchObject({ needId: n.id, maxClaimants: 3 });
    }
    const seen = await getNeed(p, ent, n.id);
    expect(seen).toMatchObject({ status: "claimed", claimCount: 3 });
    expect(seen.claims).toHaveLength(3);
    const logged = await p.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'market.need.claim' AND details->>'needId' = $1",
      [n.id],
    );
    expect(logged.rows).toHaveLength(3); // refused attempts leave no entry
  });

  it("lets 20 simultaneous raw inserts (the application bypassed) make exactly 3 claims", async () => {
    const n = await postNeed(p, ent, need());
    const results = await Promise.allSettled(
      banks.map((bank) =>
        sql(bank, "INSERT INTO need_claims (need_id, org_id, enterprise_org_id, claimed_at) VALUES ($1,$2,$3,now())", [
          n.id,
          bank.orgId,
          ent.orgId,
        ]),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toMatch(/three claimants/);
    const [row] = (
      await p.db.query<{ c: number; n: string }>(
        "SELECT claim_count AS c, (SELECT count(*) FROM need_claims WHERE need_id = $1)::text AS n FROM financing_needs WHERE id = $1",
        [n.id],
      )
    ).rows;
    expect(row).toEqual({ c: 3, n: "3" });
  });

  it("lets an institution claim once, no enterprise claim, and shows claims only to their parties", async () => {
    const n = await postNeed(p, ent, need());
    const claim = await claimNeed(p, banks[0]!, { needId: n.id });
    const twice = await failure(claimNeed(p, banks[0]!, { needId: n.id }));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.messageEn).toMatch(/claims a need once/);
    expect((await failure(claimNeed(p, ent, { needId: n.id }))).code).toBe("FORBIDDEN");
    expect((await failure(claimNeed(p, { ...banks[1]!, role: "viewer" }, { needId: n.id }))).code).toBe("FORBIDDEN");
    expect((await failure(getNeed(p, otherEnt, n.id))).code).toBe("NOT_FOUND");
    expect((await failure(asRequest(otherEnt, (tp) => getNeed(tp, otherEnt, n.id)))).code).toBe("NOT_FOUND");
    // Another institution sees the broadcast need and how many claimed, not who.
    const other = await asRequest(banks[1]!, (tp) => getNeed(tp, banks[1]!, n.id));
    expect(other).toMatchObject({ claimCount: 1, claims: [] });
    expect((await getNeed(p, ent, n.id)).claims.map((c) => c.id)).toEqual([claim.id]);
    expect(await audits("market.need.claim", claim.id)).toBe(1);
  });

  it("records respond, visit and decide in order, and the enterprise chooses an approved offer", async () => {
    const n = await postNeed(p, ent, need());
    const [a, b] = [banks[3]!, banks[4]!];
    const ca = await claimNeed(p, a, { needId: n.id });
    const cb = await claimNeed(p, b, { needId: n.id });
    const early = await failure(recordClaimStep(p, a, ca.id, { step: "visit" }));
    expect(early.code).toBe("CONFLICT");
    expect(early.messageEn).toMatch(/respond step before the visit/);
    expect((await failure(recordClaimStep(p, b, ca.id, { step: "respond" }))).code).toBe("NOT_FOUND");
    for (const step of ["respond", "visit"] as const) await recordClaimStep(p, a, ca.id, { step });
    expect((await failure(recordClaimStep(p, a, ca.id, { step: "respond" }))).code).toBe("CONFLICT");
    const bad = await failure(
      recordClaimStep(p, a, ca.id, { step: "decide", decision: "approved", amount: "x", rate: "" }),
    );
    expect(paths(bad)).toEqual(["amount", "rate"]);
    const decided = await asRequest(a, (tp) =>
      recordClaimStep(tp, a, ca.id, { step: "decide", decision: "approved", amount: "4800000", rate: "3.45" }),
    );
    expect(decided).toMatchObject({ decision: "approved", approvedAmount: "4800000", rate: "3.45" });
    for (const step of ["respond", "visit"] as const) await recordClaimStep(p, b, cb.id, { step });
    await recordClaimStep(p, b, cb.id, { step: "decide", decision: "declined", reasons: "抵押物不足" });

    expect((await failure(chooseOffer(p, ent, cb.id))).code).toBe("CONFLICT"); // declined
    expect((await failure(chooseOffer(p, otherEnt, ca.id))).code).toBe("NOT_FOUND");
    expect((await failure(chooseOffer(p, a, ca.id))).code).toBe("FORBIDDEN");
    const chosen = await asRequest(ent, (tp) => chooseOffer(tp, ent, ca.id));
    expect(chosen).toMatchObject({ offerChosen: true });
    expect((await getNeed(p, ent, n.id)).status).toBe("offer_chosen");
    expect((await failure(claimNeed(p, banks[5]!, { needId: n.id }))).code).toBe("NOT_FOUND"); // no longer broadcast
    // The claimant still sees the need it served.
    expect((await asRequest(a, (tp) => getNeed(tp, a, n.id))).claims.map((c) => c.id)).toEqual([ca.id]);
    for (const action of [
      "market.claim.respond",
      "market.claim.visit",
      "market.claim.decide",
      "market.need.choose_offer",
    ])
      expect(await audits(action, ca.id)).toBe(1);
  });
});

describe("service-level timers with an injected clock", () => {
  const at = (iso: string) => new Date(iso);

  it("flags a Friday-afternoon claim not answered by the end of Monday as overdue, and one answered in time as done", async () => {
    // Friday 6 March 2026, 15:00 in Shanghai.
    p.clock.set(at("2026-03-06T07:00:00.000Z"));
    const n = await postNeed(p, ent, need());
    const [late, prompt] = [banks[6]!, banks[7]!];
    const cl = await claimNeed(p, late, { needId: n.id });
    const cp = await claimNeed(p, prompt, { needId: n.id });
    p.clock.set(at("2026-03-09T02:00:00.000Z")); // Monday 10:00
    await recordClaimStep(p, prompt, cp.id, { step: "respond" });

    const timersAt = async (iso: string, actor: Actor = district) =>
      (await claimTimers(p, actor, { asOf: at(iso) })).claims.find((c) => c.claimId === cl.id)!;
    const monday = await timersAt("2026-03-09T15:59:59.000Z"); // 23:59:59 Monday
    expect(monday.overdue).toBe(false);
    expect(monday.timers!.stages[0]).toMatchObject({
      stage: "respond",
      status: "pending",
      dueAt: "2026-03-09T15:59:59.999Z",
      reminderDue: true,
    });
    const tuesday = await timersAt("2026-03-09T16:00:00.000Z"); // 00:00 Tuesday
    expect(tuesday).toMatchObject({ overdue: true, overdueStages: ["respond"] });
    expect(tuesday.timers!.stages[0]).toMatchObject({ status: "overdue", workingDaysLate: 1 });
    expect(tuesday.timers!.stages[0]!.explanation.zh).toContain("已逾期");

    const mine = await claimTimers(p, prompt, { asOf: at("2026-03-09T16:00:00.000Z") });
    // An institution sees its own claims only (others of its claims, from earlier tests, may be there too).
    expect(mine.claims.every((c) => c.institutionId === prompt.orgId)).toBe(true);
    expect(mine.claims.filter((c) => c.needId === n.id).map((c) => c.claimId)).toEqual([cp.id]);
    const own = mine.claims.find((c) => c.claimId === cp.id)!;
    expect(own.timers!.stages[0]).toMatchObject({ status: "done-on-time" });
    expect(own.overdue).toBe(false);

    const compliance = await serviceLevelCompliance(p, district, { asOf: at("2026-03-09T16:00:00.000Z") });
    const lateRow = compliance.institutions.find((i) => i.institutionId === late.orgId)!;
    const promptRow = compliance.institutions.find((i) => i.institutionId === prompt.orgId)!;
    expect(lateRow.stages.respond.overdue).toBeGreaterThanOrEqual(1);
    expect(promptRow.stages.respond.onTime).toBeGreaterThanOrEqual(1);
    expect(promptRow.medianResponseWorkingHours).not.toBeNull();
    expect(compliance.calendar).toBe("cn-working-days@2026.1");
    expect((await failure(serviceLevelCompliance(p, late))).code).toBe("FORBIDDEN");
    p.clock.set(TEST_NOW);
  });

  it("counts a make-up working day: a Friday-before-Spring-Festival claim is due at the end of that Saturday", async () => {
    // Friday 13 February 2026, 16:00 in Shanghai; Saturday 14 February is a make-up working day.
    p.clock.set(at("2026-02-13T08:00:00.000Z"));
    const n = await postNeed(p, ent, need());
    const c = await claimNeed(p, banks[8]!, { needId: n.id });
    const timers = async (iso: string) =>
      (await claimTimers(p, banks[8]!, { asOf: at(iso) })).claims.find((x) => x.claimId === c.id)!;
    const saturday = await timers("2026-02-14T08:00:00.000Z");
    expect(saturday.timers!.stages[0]).toMatchObject({ status: "pending", dueAt: "2026-02-14T15:59:59.999Z" });
    const sunday = await timers("2026-02-14T16:00:00.000Z"); // 00:00 Sunday 15 February
    expect(sunday).toMatchObject({ overdue: true, overdueStages: ["respond"] });
    p.clock.set(TEST_NOW);
  });
});

describe("row-level security, with the application bypassed", () => {
  it("shows needs, claims and products only to whom they belong", async () => {
    const n = await postNeed(p, ent, need());
    const claim = await claimNeed(p, banks[9]!, { needId: n.id });
    const ids = async (a: Actor, table: string) =>
      (await sql<{ id: string }>(a, `SELECT id FROM ${table}`)).map((x) => x.id);
    expect(await ids(ent, "need_claims")).toContain(claim.id);
    expect(await ids(banks[9]!, "need_claims")).toContain(claim.id);
    expect(await ids(district, "need_claims")).toContain(claim.id);
    expect(await ids(otherEnt, "need_claims")).not.toContain(claim.id);
    expect(await ids(banks[10]!, "need_claims")).not.toContain(claim.id);
    expect(await ids(otherEnt, "financing_needs")).not.toContain(n.id);
    expect(await ids(banks[10]!, "financing_needs")).toContain(n.id); // broadcast while open or claimed
    // A raw claim by an enterprise, a count edited by hand, a step faked by the enterprise: all refused.
    await expect(
      sql(
        otherEnt,
        "INSERT INTO need_claims (need_id, org_id, enterprise_org_id, claimed_at) VALUES ($1,$2,$3,now())",
        [n.id, otherEnt.orgId, ent.orgId],
      ),
    ).rejects.toThrow(/row-level security|violates|not broadcast/);
    expect(
      await sql(banks[9]!, "UPDATE financing_needs SET claim_count = 0 WHERE id = $1 RETURNING id", [n.id]),
    ).toEqual([]);
    await expect(sql(ent, "UPDATE financing_needs SET claim_count = 0 WHERE id = $1", [n.id])).rejects.toThrow(
      /claim_count is kept/,
    );
    await expect(sql(ent, "UPDATE need_claims SET responded_at = now() WHERE id = $1", [claim.id])).rejects.toThrow(
      /only chooses an offer/,
    );
    expect(await sql(otherEnt, "UPDATE need_claims SET reasons = 'x' WHERE id = $1 RETURNING id", [claim.id])).toEqual(
      [],
    );
    // Drafts are the institution's; published products are everyone's.
    const draft = await publishProduct(p, banks[11]!, product({ productKey: "rls-draft", draft: true }));
    const pub = await publishProduct(p, banks[11]!, product({ productKey: "rls-published" }));
    expect(await ids(banks[12]!, "market_products")).not.toContain(draft.id);
    expect(await ids(banks[12]!, "market_products")).toContain(pub.id);
    expect(await ids(ent, "market_products")).toContain(pub.id);
    expect(await ids(banks[11]!, "market_products")).toContain(draft.id);
    expect(
      await sql(banks[12]!, "UPDATE market_products SET rate_min = 0 WHERE id = $1 RETURNING id", [pub.id]),
    ).toEqual([]);
    await expect(
      sql(
        ent,
        `INSERT INTO market_products (org_id, product_key, version, family, name_zh, name_en, description, status,
                                      created_at, published_at)
         VALUES ($1, 'fake', 1, 'green_credit', 'x', 'x', '', 'published', now(), now())`,
        [ent.orgId],
      ),
    ).rejects.toThrow(/row-level security|violates/);
    // The shared grades open nothing of a need the reader may not see.
    expect(await sql(otherEnt, "SELECT * FROM market_need_shared_grades($1)", [n.id])).toEqual([]);
  });
});
