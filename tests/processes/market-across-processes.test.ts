/**
 * The marketplace against two server processes on one database: the claim and pledge races, with requests spread
 * over both processes at once (the database decides; every loser gets a clean 409), and kill -9 of one process in
 * the middle of a stream of pledge registrations and releases (nothing half-written, every answered write kept).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditChainReport, backends, countOf } from "./support/db-checks";
import { HttpSession, ok, type Reply } from "./support/http-session";
import {
  grantFinancing,
  holdingMismatches,
  orgIdByKey,
  pledgeBody,
  pledgesWithoutAudit,
  publishLoanProduct,
  recordHolding,
} from "./support/market-setup";
import { createProcessDatabase, type ProcessDatabase } from "./support/process-database";
import { killAllServers, type ServerProcess, startServer } from "./support/server-process";
import { type HeldLock, holdTableLock } from "./support/table-lock";
import { waitFor } from "./support/wait-for";

const BANKS = [
  "admin@bank.demo",
  "admin@bank-changhe-qd.demo",
  "admin@bank-chengchuan-qd.demo",
  "admin@bank-haichuan-dev-qd.demo",
  "admin@bank-hengyue-qd.demo",
  "admin@bank-huaze-qd.demo",
];
const MAX_CLAIMANTS = 3;
const PLEDGES = "/api/carbon-assets/pledges";

let pdb: ProcessDatabase;
let a: ServerProcess;
let b: ServerProcess;
let lock: HeldLock | undefined;
let enterprise: HttpSession;
/** Verifies the audit chain; on the process that is never killed. */
let district: HttpSession;
let banks: HttpSession[];

beforeAll(async () => {
  pdb = await createProcessDatabase();
  [a, b] = await Promise.all([
    startServer({ databaseUrl: pdb.url, port: 19320, leaseSeconds: 2 }),
    startServer({ databaseUrl: pdb.url, port: 19321, leaseSeconds: 2 }),
  ]);
  enterprise = await HttpSession.login(a.url, "admin@enterprise.demo");
  district = await HttpSession.login(b.url, "admin@district.demo");
  banks = await Promise.all(BANKS.map((email) => HttpSession.login(a.url, email)));
  await grantFinancing(enterprise, await orgIdByKey(pdb.db, "bank-qinwan"));
  await grantFinancing(enterprise, await orgIdByKey(pdb.db, "bank-changhe-qd"));
});

afterAll(async () => {
  await lock?.release();
  await killAllServers();
  await pdb?.drop();
});

const codeOf = (r: Reply) => (r.body as { code?: string }).code;

describe("marketplace races across two processes", () => {
  it("lets exactly three institutions claim a need, once each, whatever process they reach", async () => {
    await Promise.all(banks.map((bank, i) => publishLoanProduct(bank, `race-loan-${i}`)));
    // A second session of the first bank: the same institution claiming through both processes at once.
    const twin = await HttpSession.login(b.url, "analyst@bank.demo");
    for (let round = 0; round < 4; round++) {
      const need = ok(
        await enterprise.post<{ id: string }>("/api/market/needs", {
          amount: "5000000",
          tenorMonths: 36,
          purpose: "technical-retrofit",
          collateral: [],
        }),
      );
      const path = `/api/market/needs/${need.id}/claims`;
      // Every bank through both processes, and the twin session: 13 claims at once for 3 places.
      const replies = await Promise.all([
        ...banks.flatMap((bank) => [bank.on(a.url).post(path), bank.on(b.url).post(path)]),
        twin.post(path),
      ]);
      expect(replies.filter((r) => r.status === 201)).toHaveLength(MAX_CLAIMANTS);
      for (const r of replies.filter((x) => x.status !== 201)) {
        expect(r.status).toBe(409);
        expect(codeOf(r)).toBe("CONFLICT");
      }
      const claims = await pdb.db.query<{ org_id: string }>("SELECT org_id FROM need_claims WHERE need_id = $1", [
        need.id,
      ]);
      expect(claims.rows).toHaveLength(MAX_CLAIMANTS);
      expect(new Set(claims.rows.map((c) => c.org_id)).size).toBe(MAX_CLAIMANTS);
      const stored = await pdb.db.query("SELECT claim_count, status FROM financing_needs WHERE id = $1", [need.id]);
      expect(stored.rows[0]).toEqual({ claim_count: MAX_CLAIMANTS, status: "claimed" });
      expect(
        await countOf(
          pdb.db,
          "SELECT count(*) AS n FROM audit_log WHERE action = 'market.need.claim' AND details->>'needId' = $1",
          [need.id],
        ),
      ).toBe(MAX_CLAIMANTS);
    }
  });

  it("never over-pledges a holding two banks pledge through two processes at once", async () => {
    const [first, second] = [banks[0]!, banks[1]!];
    const duels = await Promise.all(
      Array.from({ length: 8 }, (_, i) => recordHolding(enterprise, 1000, `CEA-DUEL-${i}`)),
    );
    const shared = await recordHolding(enterprise, 1000, "CEA-SHARED");
    const replies = await Promise.all([
      // Duels: 600 t of 1000 t each, one bank through each process; exactly one may win.
      ...duels.flatMap((h, i) => [
        first.on(a.url).post(PLEDGES, pledgeBody(h, 600, `DUEL-A-${i}`)),
        second.on(b.url).post(PLEDGES, pledgeBody(h, 600, `DUEL-B-${i}`)),
      ]),
      // A crowd: ten requests of 300 t for 1000 t, from both banks through both processes; exactly three fit.
      ...Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? first : second).on(i % 4 < 2 ? a.url : b.url).post(PLEDGES, pledgeBody(shared, 300, `CROWD-${i}`)),
      ),
    ]);
    const duelReplies = replies.slice(0, 2 * duels.length);
    for (let i = 0; i < duels.length; i++)
      expect(
        duelReplies
          .slice(2 * i, 2 * i + 2)
          .map((r) => r.status)
          .sort(),
      ).toEqual([201, 409]);
    const crowd = replies.slice(2 * duels.length);
    expect(crowd.filter((r) => r.status === 201)).toHaveLength(3);
    for (const r of replies.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(codeOf(r)).toBe("CONFLICT");
      expect((r.body as { details?: { field?: string } }).details?.field).toBe("quantity");
    }
    const pledged = await pdb.db.query<{ id: string; pledged: string }>(
      "SELECT id, pledged_quantity::text AS pledged FROM carbon_holdings WHERE id = ANY($1::uuid[])",
      [[...duels, shared]],
    );
    for (const row of pledged.rows) expect(Number(row.pledged)).toBe(row.id === shared ? 900 : 600);
    expect(await holdingMismatches(pdb.db, [...duels, shared])).toEqual([]);
    expect(await pledgesWithoutAudit(pdb.db)).toBe(0);
    expect(await auditChainReport(district)).toMatchObject({ ok: true, breaks: 0 });
  });

  it("keeps pledges whole when a process is killed in the middle of a stream of them", async () => {
    const bank = banks[0]!.on(a.url);
    const holdings = await Promise.all(
      Array.from({ length: 4 }, (_, h) => recordHolding(enterprise, 3000, `CEA-STREAM-${h}`)),
    );
    // Pledges the stream releases while it registers new ones.
    const toRelease: string[] = [];
    for (let i = 0; i < 12; i++)
      toRelease.push(ok(await bank.post<{ id: string }>(PLEDGES, pledgeBody(holdings[i % 4]!, 100, `OLD-${i}`))).id);

    type Outcome = { kind: "register" | "release"; id: string | null; reply: Reply | null };
    const outcomes: Outcome[] = [];
    const track = (kind: Outcome["kind"], id: string | null, call: Promise<Reply>) =>
      call.then(
        (reply) => outcomes.push({ kind, id: id ?? (reply.body as { id?: string }).id ?? null, reply }),
        () => outcomes.push({ kind, id, reply: null }),
      );
    const register = (i: number) =>
      track("register", null, bank.post(PLEDGES, pledgeBody(holdings[i % 4]!, 150 + (i % 8) * 20, `STREAM-${i}`)));
    const release = (i: number) =>
      track("release", toRelease[i]!, bank.post(`${PLEDGES}/${toRelease[i]}/release`, { note: "repaid" }));
    // 60 registrations of 150–290 t on 4 × 3000 t (more than is free: some are refused) and 12 releases, in two
    // waves. The first runs freely; once part of it is answered, the test takes a lock on carbon_pledges and sends
    // the second, whose writes then wait inside their transactions: the kill lands on writes in every state.
    const firstWave = [...Array.from({ length: 40 }, (_, i) => register(i)), ...[0, 1, 2, 3, 4, 5].map(release)];
    await waitFor("a part of the first wave answered", () => outcomes.length >= 10);
    lock = await holdTableLock(pdb.url, "carbon_pledges", "SHARE");
    const secondWave = [
      ...Array.from({ length: 20 }, (_, i) => register(40 + i)),
      ...[6, 7, 8, 9, 10, 11].map(release),
    ];
    const total = firstWave.length + secondWave.length;
    await waitFor(
      "pledge writes waiting inside their transactions",
      async () =>
        (await backends(pdb.db, pdb.name, `application_name = '${a.appName}' AND wait_event_type = 'Lock'`)).length > 0,
    );
    await a.kill9();
    await lock.release();
    await Promise.all([...firstWave, ...secondWave]);
    // Whatever was in flight is rolled back by PostgreSQL once it finds the client gone.
    await waitFor(
      "the dead process's database sessions ended",
      async () => (await backends(pdb.db, pdb.name, `application_name = '${a.appName}'`)).length === 0,
    );

    const answered = outcomes.filter((o) => o.reply);
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(answered.length).toBeLessThan(total); // the kill landed mid-stream
    for (const o of answered) expect([200, 201, 409]).toContain(o.reply!.status);
    expect(await holdingMismatches(pdb.db, holdings)).toEqual([]);
    expect(await pledgesWithoutAudit(pdb.db)).toBe(0);
    const stored = await pdb.db.query<{ id: string; status: string }>("SELECT id, status FROM carbon_pledges");
    const status = new Map(stored.rows.map((r) => [r.id, r.status]));
    for (const o of answered.filter((x) => x.reply!.status === 201)) expect(status.get(o.id!)).toBe("active");
    for (const o of answered.filter((x) => x.kind === "release" && x.reply!.status === 200))
      expect(status.get(o.id!)).toBe("released");
    expect(await auditChainReport(district)).toMatchObject({ ok: true, breaks: 0 });

    // The other process carries on from the stored state: exactly the free quantity of a holding can be pledged.
    const again = banks[0]!.on(b.url);
    const free = await pdb.db.query<{ free: string }>(
      "SELECT (quantity - pledged_quantity)::text AS free FROM carbon_holdings WHERE id = $1",
      [holdings[0]],
    );
    const rest = Number(free.rows[0]!.free);
    if (rest > 0) ok(await again.post(PLEDGES, pledgeBody(holdings[0]!, rest, "REST")), [201]);
    const over = await again.post(PLEDGES, pledgeBody(holdings[0]!, 1, "OVER"));
    expect([over.status, codeOf(over)]).toEqual([409, "CONFLICT"]);
    expect(await holdingMismatches(pdb.db, holdings)).toEqual([]);
  });
});
