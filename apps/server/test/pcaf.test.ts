/**
 * Financed emissions over HTTP: a bank uploads a book as a multipart form (202, its run queued), the job runs, and
 * the run's detail, positions (filtered), one position, and both workbooks are served; a bad book is refused with
 * every problem; another institution gets 404, an enterprise 403; the district reads the run and its table.
 * Figures as worked out in tests/support/pcaf-book.ts.
 */
import { jobHandlers, runJobNow } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { workbook } from "../../../tests/support/http-replies";
import {
  borrower,
  carbonAccounts,
  counterpartiesCsv,
  FIGURES,
  grantCarbon,
  positionsCsv,
} from "../../../tests/support/pcaf-book";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let otherBank: TestClient;
let enterprise: TestClient;
let district: TestClient;
let uscc = "";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BOUNDARY = "----greenfin-test-boundary";

/** A multipart/form-data body as a browser's FormData sends it. */
function form(fields: Record<string, string>, files: Record<string, { name: string; bytes: Buffer }>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const [name, f] of Object.entries(files))
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

const upload = (
  c: TestClient,
  fields: Record<string, string>,
  positions = positionsCsv(uscc),
  counterparties = counterpartiesCsv(uscc),
) =>
  c.request({
    method: "POST",
    url: "/api/pcaf/books",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    payload: form(fields, {
      positions: { name: "头寸.csv", bytes: positions },
      counterparties: { name: "counterparties.csv", bytes: counterparties },
    }),
  });

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  bank = await signedIn(app, "analyst@bank.demo");
  enterprise = await signedIn(app, "admin@enterprise.demo");
  district = await signedIn(app, "admin@district.demo");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await signedIn(app, `admin@${other.rows[0]!.demo_key}.demo`);
  const ent = await borrower(p);
  uscc = ent.uscc;
  await carbonAccounts(p, ent.id);
  await grantCarbon(p, ent.id, (await orgByKey(p, "bank-qinwan")).id);
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("financed emissions API", () => {
  let runId = "";

  it("takes a book as a multipart upload (202), runs it as a job, and serves the run", async () => {
    const res = await upload(bank, { year: "2025", label: "2025 年末贷款组合" });
    expect(res.statusCode, res.body).toBe(202);
    const created = res.json();
    expect(created).toMatchObject({ created: true, positions: 3, counterparties: 1 });
    runId = created.runId;
    const queued = (await bank.get(`/api/pcaf/runs/${runId}`)).json();
    expect(queued).toMatchObject({ status: "queued", total: null, jobId: created.jobId });
    expect(await runJobNow(p, created.jobId, "test-worker", { handlers: jobHandlers })).toBe(true);

    const run = await bank.get(`/api/pcaf/runs/${runId}`);
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({
      status: "completed",
      total: { financedScope12Tco2e: FIGURES.platform.total, weightedDataQuality: FIGURES.platform.dq },
      platform: { accountsUsed: 1 },
    });
    const books = (await bank.get("/api/pcaf/books")).json();
    expect(books).toEqual([
      expect.objectContaining({
        label: "2025 年末贷款组合",
        latestRun: expect.objectContaining({ status: "completed" }),
      }),
    ]);
    const again = await upload(bank, { year: "2025" });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ created: false, bookId: created.bookId, jobId: null });
  });

  it("lists positions with filters, and serves one position whole", async () => {
    const page = (await bank.get(`/api/pcaf/runs/${runId}/positions?assetClass=business_loan`)).json();
    expect(page).toMatchObject({ total: 1, items: [{ positionId: "L1", score: 2, evidence: "platform" }] });
    const covered = (await bank.get(`/api/pcaf/runs/${runId}/positions?sort=position&pageSize=2`)).json();
    expect(covered.items.map((x: { positionId: string }) => x.positionId)).toEqual(["L1", "M1"]);
    expect((await bank.get(`/api/pcaf/runs/${runId}/positions?score=9`)).statusCode).toBe(400);
    const one = await bank.get(`/api/pcaf/runs/${runId}/positions/M1`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ positionId: "M1", financedScope12Tco2e: FIGURES.mortgage });
    expect(one.json().result.explanation.zh.length).toBeGreaterThan(0);
    expect((await bank.get(`/api/pcaf/runs/${runId}/positions/NOPE`)).statusCode).toBe(404);
  });

  it("serves the JR/T 0227 workbook and the positions workbook", async () => {
    const jrt = await bank.get(`/api/pcaf/runs/${runId}/jrt0227.xlsx?lang=en`);
    expect(jrt.statusCode).toBe(200);
    expect(jrt.headers["content-type"]).toBe(XLSX);
    expect(jrt.headers["content-disposition"]).toMatch(/^attachment; filename=/);
    const section = await workbook(jrt.rawPayload);
    expect(section.worksheets.map((s) => s.name)).toContain("By asset class");

    const positions = await bank.get(`/api/pcaf/runs/${runId}/positions.xlsx`);
    expect(positions.statusCode).toBe(200);
    expect(positions.headers["content-type"]).toBe(XLSX);
    const wb = await workbook(positions.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["说明", "头寸"]);
    const sheet = wb.getWorksheet("头寸")!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).value).toBe("L1");
    expect(sheet.getRow(2).getCell(9).value).toBe(150);
    expect(sheet.getRow(4).getCell(7).value).toBe(10_000_000);
  });

  it("refuses a bad book with every problem and a missing file with a validation error", async () => {
    const bad = await upload(
      bank,
      { year: "2024" },
      Buffer.from(`position_id,asset_class,counterparty,outstanding\nA1,business_loan,${uscc},-5\nA2,car,,1\n`),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("VALIDATION_FAILED");
    expect(bad.json().details.problems.map((x: { row: number; column: string }) => `${x.row}:${x.column}`)).toEqual([
      "2:outstanding",
      "3:asset_class",
    ]);
    const missing = await bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      payload: form({ year: "1999" }, { positions: { name: "p.csv", bytes: positionsCsv(uscc) } }),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.problems.map((x: { path: string }) => x.path)).toEqual(["year", "counterparties"]);
    expect((await bank.get("/api/pcaf/books")).json()).toHaveLength(1);
  });

  it("refuses a malformed form and a third file, and stores nothing", async () => {
    const truncated = await bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="positions"; filename="p.csv"\r\n\r\nposition_id`,
    });
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().code).toBe("BAD_INPUT");
    const threeFiles = await bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      payload: form(
        { year: "2024" },
        {
          positions: { name: "p.csv", bytes: positionsCsv(uscc) },
          counterparties: { name: "c.csv", bytes: positionsCsv(uscc) },
          extra: { name: "x.csv", bytes: positionsCsv(uscc) },
        },
      ),
    });
    expect(threeFiles.statusCode).toBe(413);
    expect(threeFiles.json().code).toBe("PAYLOAD_TOO_LARGE");
    expect((await bank.get("/api/pcaf/books")).json()).toHaveLength(1);
  });

  it("starts another run of a book (202, a new job)", async () => {
    const [book] = (await bank.get("/api/pcaf/books")).json();
    const res = await bank.post(`/api/pcaf/books/${book.id}/runs`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().runId).not.toBe(runId);
    expect(await runJobNow(p, res.json().jobId, "test-worker", { handlers: jobHandlers })).toBe(true);
    expect((await bank.get(`/api/pcaf/runs/${res.json().runId}`)).json().resultHash).toBe(
      (await bank.get(`/api/pcaf/runs/${runId}`)).json().resultHash,
    );
  });

  it("answers another institution 404 and an enterprise 403", async () => {
    for (const url of [
      `/api/pcaf/runs/${runId}`,
      `/api/pcaf/runs/${runId}/positions`,
      `/api/pcaf/runs/${runId}/positions/L1`,
      `/api/pcaf/runs/${runId}/jrt0227.xlsx`,
      `/api/pcaf/runs/${runId}/positions.xlsx`,
    ]) {
      const res = await otherBank.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe("NOT_FOUND");
      expect((await enterprise.get(url)).statusCode, url).toBe(403);
    }
    expect((await otherBank.get("/api/pcaf/books")).json()).toEqual([]);
    expect((await enterprise.get("/api/pcaf/books")).statusCode).toBe(403);
    expect((await upload(enterprise, { year: "2025" })).statusCode).toBe(403);
    const en = await enterprise.request({
      method: "GET",
      url: "/api/pcaf/books",
      headers: { "accept-language": "en" },
    });
    expect(en.json().message).toBe("Only a financial institution calculates financed emissions");
  });

  it("gives the district the run and its table of institutions, and the table to nobody else", async () => {
    expect((await district.get(`/api/pcaf/runs/${runId}`)).statusCode).toBe(200);
    const table = await district.get("/api/district/pcaf?year=2025");
    expect(table.statusCode).toBe(200);
    expect(table.json()).toEqual([
      expect.objectContaining({ positions: 3, financedScope12Tco2e: FIGURES.platform.total, waci: expect.any(String) }),
    ]);
    expect((await district.get("/api/district/pcaf?year=2024")).json()).toEqual([]);
    expect((await bank.get("/api/district/pcaf?year=2025")).statusCode).toBe(403);
  });
});
