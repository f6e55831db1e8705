/**
 * The disclosure module over HTTP, end to end on a real database: intake by form, workbook, CSV and bulk API through
 * the one validator; nothing saved on error; the review workflow with its audit trail; immutable revisions; reports
 * and exports; evidence; consent-grant reads; and a fund manager's portfolio aggregates.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let ent: TestClient;
let district: TestClient;
let id = "";

const FRAMEWORKS = ["SSE2024", "ISSB-S2", "GRI", "HKEX"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const fixture = (name: string) =>
  readFileSync(new URL(`../../../packages/app/test/fixtures/disclosure/${name}`, import.meta.url));

type Stored = {
  indicatorId: string;
  dimension: string;
  payload: {
    kind: string;
    number?: { canonical: string; canonicalUnit: string; entered: string; enteredUnit: string | null };
  } | null;
  notDisclosedReason: string | null;
};

async function values(c: TestClient, disclosureId = id): Promise<Stored[]> {
  const res = await c.get(`/api/disclosures/${disclosureId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().values;
}
const canonicalOf = (vs: Stored[], indicatorId: string, dimension = "") =>
  vs.find((v) => v.indicatorId === indicatorId && v.dimension === dimension)?.payload?.number;

function upload(
  c: TestClient,
  disclosureId: string,
  format: "xlsx" | "csv",
  body: Buffer | Uint8Array,
  fileName = `t.${format}`,
) {
  return c.request({
    method: "POST",
    url: `/api/disclosures/${disclosureId}/imports?format=${format}&fileName=${encodeURIComponent(fileName)}`,
    headers: { "content-type": format === "xlsx" ? XLSX : "text/csv" },
    payload: Buffer.from(body),
  });
}

/** Puts values into the rows of the downloaded template: indicator id (and breakdown) → [value, unit?]. */
async function filledTemplate(c: TestClient, cells: Record<string, [ExcelJS.CellValue, string?, string?]>) {
  const res = await c.get(`/api/disclosures/${id}/workbook`);
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const placed = new Set<string>();
  wb.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const key = `${String(row.getCell("A").value ?? "")}#${String(row.getCell("C").value ?? "")}`;
      const cell = cells[key];
      if (!cell || placed.has(key)) return;
      row.getCell("D").value = cell[0];
      if (cell[1]) row.getCell("E").value = cell[1];
      // exceljs shares style objects between cells: give this cell a style of its own before changing it
      if (cell[2]) row.getCell("D").style = { ...row.getCell("D").style, numFmt: cell[2] };
      placed.add(key);
    });
  });
  expect([...placed].sort()).toEqual(Object.keys(cells).sort());
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  ent = await signedIn(app, "admin@enterprise.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("a year's disclosure, from the first figure to publication", () => {
  it("opens the 2025 disclosure under the SSE 2024 guideline, ISSB S2, GRI and HKEX", async () => {
    const frameworks = (await ent.get("/api/disclosure-frameworks")).json();
    expect(frameworks.find((f: { code: string }) => f.code === "SSE2024")).toMatchObject({ suggested: true });
    const res = await ent.post("/api/disclosures", { year: 2025, frameworks: FRAMEWORKS });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().id;
    expect((await ent.post("/api/disclosures", { year: 2025, frameworks: ["SSE2024"] })).statusCode).toBe(409);
    const template = (await ent.get(`/api/disclosures/${id}/template`)).json();
    const scope1 = template.topics
      .flatMap((t: { items: unknown[] }) => t.items)
      .find((i: { id: string }) => i.id === "E-GHG-001");
    expect(scope1).toMatchObject({ level: "mandatory", unit: { id: "tCO2e" } });
  });

  it("saves nothing from a form save with one bad field, and says which field and why in both languages", async () => {
    const res = await ent.post(`/api/disclosures/${id}/values`, {
      values: [
        { indicatorId: "S-EMP-001", value: "240" },
        { indicatorId: "E-GHG-001", value: "约1000" },
      ],
    });
    expect(res.statusCode).toBe(400);
    // Errors only: the demo's 2024 figures also raise year-on-year warnings here.
    const problems = res.json().details.problems.filter((x: { severity: string }) => x.severity === "error");
    expect(problems).toMatchObject([
      { code: "NOT_A_NUMBER", indicatorId: "E-GHG-001", location: { source: "form", field: "values[1]" } },
    ]);
    expect(problems[0].messageZh).toContain("应填数字");
    expect(await values(ent)).toEqual([]);
  });

  it("imports a hand-filled workbook to exactly the canonical values worked out by hand", async () => {
    const book = await filledTemplate(ent, {
      "E-GHG-001#": [1200],
      "E-GHG-002#": [800],
      "E-GHG-004#": [2000],
      // 12 000 MWh × 0.1229 tce/MWh = 1 474.8 tce
      "E-ENE-003#": [12000, "MWh"],
      // 3.8 亿元 = 38 000 万元, unit typed as its Chinese label
      "X-CTX-004#": [3.8, "亿元"],
      // a percent-formatted cell holding 0.25 means 25 %
      "G-GOV-013#": [0.25, undefined, "0%"],
      "G-GOV-002#": ["是"],
    });
    const res = await upload(ent, id, "xlsx", book, "手工填报.xlsx");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().saved).toBe(7);
    const vs = await values(ent);
    expect(canonicalOf(vs, "E-ENE-003")).toMatchObject({
      entered: "12000",
      enteredUnit: "MWh",
      canonical: "1474.8",
      canonicalUnit: "tce",
    });
    expect(canonicalOf(vs, "X-CTX-004")).toMatchObject({
      entered: "3.8",
      enteredUnit: "yi_yuan",
      canonical: "38000",
      canonicalUnit: "wan_yuan",
    });
    expect(canonicalOf(vs, "G-GOV-013")?.canonical).toBe("25");
    expect(canonicalOf(vs, "E-GHG-004")?.canonical).toBe("2000");
    expect(vs.find((v) => v.indicatorId === "G-GOV-002")?.payload).toEqual({ kind: "boolean", boolean: true });
  });

  it("refuses a workbook with two errors, naming sheet and cell, and saves none of its good rows", async () => {
    const before = await values(ent);
    const book = await filledTemplate(ent, { "S-EMP-001#": [240], "E-GHG-005#": ["约1000"], "G-GOV-013#": [120] });
    const res = await upload(ent, id, "xlsx", book);
    expect(res.statusCode).toBe(400);
    const problems = (
      res.json().details.problems as {
        code: string;
        severity: string;
        location: { sheet: string; column: string; row: number };
      }[]
    ).filter((x) => x.severity === "error");
    expect(problems.map((x) => x.code).sort()).toEqual(["NOT_A_NUMBER", "PERCENT_RANGE"]);
    for (const x of problems)
      expect(x.location).toMatchObject({ sheet: expect.any(String), column: "D", row: expect.any(Number) });
    expect(await values(ent)).toEqual(before);
  });

  it("refuses broken and oversized files cleanly and saves nothing", async () => {
    const before = await values(ent);
    const garbage = await upload(ent, id, "xlsx", Buffer.from("this is not a workbook at all"));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().details.problems[0].code).toBe("NOT_XLSX");
    const huge = await upload(ent, id, "xlsx", Buffer.alloc(50 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe("PAYLOAD_TOO_LARGE");
    const badCsv = await upload(ent, id, "csv", Buffer.from("indicator,value\nE-GHG-001,1\n"));
    expect(badCsv.statusCode).toBe(400);
    expect(await values(ent)).toEqual(before);
  });

  it("imports CSV in long format, and makes the bulk API idempotent on the client's key", async () => {
    const csv =
      "indicator,dimension,value,unit\nS-EMP-001,,240,\nS-EMP-002,gender=female,100,\nS-EMP-002,gender=male,140,\n";
    expect((await upload(ent, id, "csv", Buffer.from(csv))).statusCode).toBe(200);
    const body = { idempotencyKey: "erp-sync-2025-0001", values: [{ indicatorId: "S-EMP-003", value: "41.67" }] };
    const first = await ent.post(`/api/disclosures/${id}/values`, body);
    const again = await ent.post(`/api/disclosures/${id}/values`, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(again.json()).toMatchObject({ intakeId: first.json().intakeId, replayed: true });
    const other = await ent.post(`/api/disclosures/${id}/values`, {
      ...body,
      values: [{ indicatorId: "S-EMP-003", value: "50" }],
    });
    expect(other.statusCode).toBe(409);
    const intakes = await p.db.query("SELECT 1 FROM disclosure_intakes WHERE idempotency_key = $1", [
      body.idempotencyKey,
    ]);
    expect(intakes.rows).toHaveLength(1);
  });

  it("refuses to submit while mandatory figures are neither given nor explained, then submits revision 1", async () => {
    const refused = await ent.post(`/api/disclosures/${id}/submit`);
    expect(refused.statusCode).toBe(400);
    const missing = (refused.json().details.problems as { code: string; indicatorId: string }[]).filter(
      (x) => x.code === "MANDATORY_MISSING" || x.code === "EXPLAIN_MISSING",
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.map((x) => x.indicatorId)).not.toContain("E-GHG-001");
    const reasons = missing.map((x) => ({
      indicatorId: x.indicatorId,
      value: null,
      notDisclosedReason: "本年度尚未建立统计口径",
    }));
    expect((await ent.post(`/api/disclosures/${id}/values`, { values: reasons })).statusCode).toBe(200);
    const ok = await ent.post(`/api/disclosures/${id}/submit`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "submitted", revision: 1 });
    const locked = await ent.post(`/api/disclosures/${id}/values`, {
      values: [{ indicatorId: "S-EMP-001", value: 1 }],
    });
    expect(locked.statusCode).toBe(409);
  });

  it("lets the district return it with a comment on one indicator, and the enterprise resubmit", async () => {
    expect((await district.get("/api/disclosures?view=review")).json().map((d: { id: string }) => d.id)).toContain(id);
    expect((await district.post(`/api/disclosures/${id}/review`)).json().status).toBe("in_review");
    const noComment = await district.post(`/api/disclosures/${id}/decision`, { outcome: "returned", comments: [] });
    expect(noComment.statusCode).toBe(400);
    const returned = await district.post(`/api/disclosures/${id}/decision`, {
      outcome: "returned",
      comments: [{ indicatorId: "E-GHG-001", comment: "范围一排放与排放报告（核查版）不一致，请按核查值修正" }],
    });
    expect(returned.json()).toMatchObject({ status: "returned", revision: 1 });
    const seen = (await ent.get(`/api/disclosures/${id}`)).json();
    expect(seen.comments).toMatchObject([{ indicatorId: "E-GHG-001", revision: 1 }]);
    const fix = await ent.post(`/api/disclosures/${id}/values`, {
      values: [
        { indicatorId: "E-GHG-001", value: "1250.5" },
        { indicatorId: "E-GHG-004", value: "2050.5" },
      ],
    });
    expect(fix.statusCode, fix.body).toBe(200);
    expect((await ent.post(`/api/disclosures/${id}/submit`)).json()).toMatchObject({ revision: 2 });
    const cmp = (await ent.get(`/api/disclosures/${id}/compare?left=1&right=2`)).json();
    expect(
      cmp.rows.filter((r: { changed: boolean }) => r.changed).map((r: { indicatorId: string }) => r.indicatorId),
    ).toEqual(["E-GHG-001", "E-GHG-004"]);
  });

  it("accepts, publishes, and keeps every transition in the audit log and every revision frozen", async () => {
    expect(
      (await district.post(`/api/disclosures/${id}/decision`, { outcome: "accepted", note: "数据完整" })).json().status,
    ).toBe("accepted");
    expect((await ent.post(`/api/disclosures/${id}/publish`)).json().status).toBe("published");
    const audit = await p.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq",
      [id],
    );
    expect(audit.rows.map((r) => r.action).filter((a) => a !== "disclosure.values.save")).toEqual([
      "disclosure.create",
      "disclosure.submit",
      "disclosure.review.start",
      "disclosure.return",
      "disclosure.submit",
      "disclosure.accept",
      "disclosure.publish",
    ]);
    const overview = (await district.get("/api/district/disclosure-overview")).json();
    const published = await p.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM disclosures d JOIN organisations o ON o.id = d.reviewer_org_id
        WHERE o.kind = 'district' AND d.period_year = 2025 AND d.status = 'published'`,
    );
    expect(published.rows[0]!.n).toBeGreaterThanOrEqual(1);
    expect(overview.byYear).toContainEqual({ year: 2025, status: "published", count: published.rows[0]!.n });
    expect((await ent.get("/api/district/disclosure-overview")).statusCode).toBe(403);
    await expect(
      p.db.query("UPDATE disclosure_revisions SET submitted_values = '[]' WHERE disclosure_id = $1", [id]),
    ).rejects.toThrow(/immutable/);
    await expect(p.db.query("DELETE FROM disclosure_revisions WHERE disclosure_id = $1", [id])).rejects.toThrow(
      /never deleted/,
    );
  });

  it("renders the framework report as PDF and HTML, and exports values in the CSV import's own columns", async () => {
    const pdf = await ent.get(`/api/disclosures/${id}/report?framework=SSE2024&lang=zh&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const html = await ent.get(`/api/disclosures/${id}/report?framework=ISSB-S2&lang=en&format=html`);
    const org = await orgByKey(p, "ent-0001");
    const nameEn = (await p.db.query<{ name_en: string }>("SELECT name_en FROM organisations WHERE id = $1", [org.id]))
      .rows[0]!.name_en;
    expect(html.body).toContain(nameEn.replaceAll("&", "&amp;"));
    expect(html.body).toContain("1,250.5");
    const csv = await ent.get(`/api/disclosures/${id}/export?format=csv`);
    expect(csv.body.split("\r\n")[0]).toBe(
      "\uFEFFindicator,dimension,value,unit,reason,canonical_value,canonical_unit,name_zh,name_en",
    );
    expect(csv.body).toContain("E-ENE-003,,12000,MWh,,1474.8,tce");
    const json = (await ent.get(`/api/disclosures/${id}/export?format=json`)).json();
    expect(json).toMatchObject({ revision: 2, status: "published" });
  });

  it("opens the published disclosure to a bank only under a consent grant, and logs the read", async () => {
    const bank = await signedIn(app, "admin@bank.demo");
    expect((await bank.get(`/api/disclosures/${id}`)).statusCode).toBe(404);
    const bankOrg = await orgByKey(p, "bank-qinwan");
    const grant = await ent.post("/api/grants", {
      granteeOrgId: bankOrg.id,
      scope: "disclosures",
      purpose: "绿色贷款授信",
      expiresAt: "2026-12-31T00:00:00.000Z",
    });
    expect(grant.statusCode, grant.body).toBe(200);
    const read = await bank.get(`/api/disclosures/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ access: "grant", shownRevision: 2, comments: [] });
    const log = (await ent.get(`/api/grants/${grant.json().id}/access-log`)).json();
    expect(log.map((e: { resource: string }) => e.resource)).toContain(`disclosure:${id}`);
  });
});

describe("evidence and a workbook written by LibreOffice", () => {
  let draft = "";
  it("imports LibreOffice's xlsx (no template metadata, its own styles) to the expected values", async () => {
    draft = (await ent.post("/api/disclosures", { year: 2026, frameworks: ["SSE2024", "ISSB-S2"] })).json().id;
    const res = await upload(ent, draft, "xlsx", fixture("libreoffice-energy.xlsx"), "energy.xlsx");
    expect(res.statusCode, res.body).toBe(200);
    const vs = await values(ent, draft);
    expect(canonicalOf(vs, "E-ENE-001")?.canonical).toBe("12345.67");
    expect(canonicalOf(vs, "E-ENE-011")).toMatchObject({ entered: "1250", enteredUnit: "MWh", canonical: "1250" });
    expect(vs.find((v) => v.indicatorId === "E-ENE-006")?.notDisclosedReason).toContain("不适用");
  });

  it("stores evidence once per content, checks its type by its bytes, and serves it back", async () => {
    const pdf = Buffer.from("%PDF-1.4\n% evidence: 排放核查报告\n%%EOF\n");
    const post = (name: string, body: Buffer, type = "application/pdf") =>
      ent.request({
        method: "POST",
        url: `/api/disclosures/${draft}/evidence?indicatorId=E-GHG-001&fileName=${encodeURIComponent(name)}`,
        headers: { "content-type": type },
        payload: body,
      });
    const a = await post("核查报告.pdf", pdf);
    const b = await post("核查报告-副本.pdf", pdf);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.json().sha256).toBe(a.json().sha256);
    const blobs = await p.db.query("SELECT 1 FROM evidence_blobs WHERE sha256 = $1", [a.json().sha256]);
    expect(blobs.rows).toHaveLength(1);
    expect((await post("fake.pdf", Buffer.from("MZ not a pdf"))).statusCode).toBe(400);
    const back = await ent.get(`/api/evidence/${a.json().id}/content`);
    expect(Buffer.compare(back.rawPayload, pdf)).toBe(0);
    expect((await ent.get(`/api/disclosures/${draft}/evidence`)).json()).toHaveLength(2);
    expect((await district.get(`/api/evidence/${a.json().id}/content`)).statusCode).toBe(404);
  });
});

describe("a fund manager's portfolio", () => {
  it("invites a company, which accepts and reports; the fund sees sums and ownership-weighted sums", async () => {
    const fund = await signedIn(app, "admin@fund.demo");
    const company = await orgByKey(p, "ent-0001");
    const uscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [company.id]))
      .rows[0]!.uscc;
    const invite = await fund.post("/api/portfolio/invitations", {
      companyUscc: uscc,
      fundName: "青湾绿色成长一期",
      ownershipPct: "12.5",
      investedCny: "30000000.00",
    });
    expect(invite.statusCode, invite.body).toBe(200);
    const link = invite.json().id;
    expect((await ent.post(`/api/portfolio/${link}/respond`, { accept: true })).json().status).toBe("active");
    const pc = await ent.post("/api/disclosures", { year: 2025, frameworks: ["EDCI"], portfolioLinkId: link });
    expect(pc.statusCode, pc.body).toBe(200);
    const pcId = pc.json().id;
    expect(
      (
        await ent.post(`/api/disclosures/${pcId}/values`, {
          values: [
            { indicatorId: "E-GHG-001", value: "1250.5" },
            { indicatorId: "E-GHG-002", value: 800 },
          ],
        })
      ).statusCode,
    ).toBe(200);
    const refused = (await ent.post(`/api/disclosures/${pcId}/submit`)).json();
    const reasons = (refused.details?.problems ?? [])
      .filter((x: { severity: string }) => x.severity === "error")
      .map((x: { indicatorId: string }) => ({
        indicatorId: x.indicatorId,
        value: null,
        notDisclosedReason: "首年参与，暂未统计",
      }));
    if (reasons.length)
      expect((await ent.post(`/api/disclosures/${pcId}/values`, { values: reasons })).statusCode).toBe(200);
    expect((await ent.post(`/api/disclosures/${pcId}/submit`)).statusCode).toBe(200);
    expect((await district.get(`/api/disclosures/${pcId}`)).statusCode).toBe(404);
    // The demo seeds this fund three active companies whose 2024 reports it accepted, and none for 2025.
    const queue = (await fund.get("/api/disclosures?view=review")).json();
    const in2025 = queue.filter((d: { period: { year: number } }) => d.period.year === 2025);
    expect(in2025.map((d: { id: string }) => d.id)).toEqual([pcId]);
    expect(queue).toHaveLength(4);
    const agg = (await fund.get("/api/portfolio/aggregates?year=2025")).json();
    // 1 250.5 tCO2e × 12.5 % = 156.3125 tCO2e attributable to the fund
    expect(agg.metrics.find((m: { indicatorId: string }) => m.indicatorId === "E-GHG-001")).toMatchObject({
      sum: "1250.5",
      ownershipWeighted: "156.3125",
      reported: 1,
      companies: 4,
    });
    expect(agg.companies.filter((c: { disclosureStatus: string | null }) => c.disclosureStatus)).toMatchObject([
      { fundName: "青湾绿色成长一期", disclosureStatus: "submitted" },
    ]);
  });
});
