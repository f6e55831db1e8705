/**
 * The green project library over HTTP, by attack as much as by use: an enterprise submits (every problem listed when
 * wrong), uploads a document, a verifier certifies, a bank finds it in the library and the enterprise reports
 * benefits; another enterprise gets 404 for everything of it, a bank 404 before certification, an enterprise 403 for
 * a decision, a verifier 403 for a project its own organisation submitted; two simultaneous decisions: one 200, one
 * 409; the export workbook holds exactly the filtered list's rows.
 */
import { addMember } from "@greenfin/app";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";
import { fisheryPv, offshoreWind, PDF_BYTES } from "../../../tests/support/green-project";
import { signedIn, TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let ent: TestClient;
let otherEnt: TestClient;
let reviewer: TestClient;
let verifierAnalyst: TestClient;
let district: TestClient;
let bank: TestClient;
let entOrgId = "";

const BOUNDARY = "----greenfin-green-boundary";

function upload(c: TestClient, projectId: string, fileName: string, bytes: Buffer) {
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return c.request({
    method: "POST",
    url: `/api/green/projects/${projectId}/documents`,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    payload: body,
  });
}

const put = (c: TestClient, url: string, payload: unknown) =>
  c.request({ method: "PUT", url, payload: payload as object });

const paths = (res: { json(): { details?: { problems?: { path: string }[] } } }) =>
  (res.json().details?.problems ?? []).map((x) => x.path);

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  ent = await signedIn(app, "analyst@enterprise.demo");
  reviewer = await signedIn(app, "reviewer@verifier.demo");
  verifierAnalyst = await signedIn(app, "analyst@verifier.demo");
  district = await signedIn(app, "admin@district.demo");
  bank = await signedIn(app, "analyst@bank.demo");
  entOrgId = (await orgByKey(p, "ent-0001")).id;
  const other = await orgByKey(p, "ent-0002");
  await addMember(p, await actorFor(p, "district-qinwan"), other.id, {
    email: "admin@ent-0002.test",
    displayName: "Other admin",
    role: "admin",
    password: "Other-admin-2026!",
  });
  otherEnt = new TestClient(app);
  expect((await otherEnt.login("admin@ent-0002.test", "Other-admin-2026!")).statusCode).toBe(200);
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("green project library API", () => {
  let id = "";

  it("serves the catalogue and classifies a description", async () => {
    const cats = (await ent.get("/api/green/categories")).json() as { level: number }[];
    expect([1, 2, 3].map((l) => cats.filter((c) => c.level === l).length)).toEqual([9, 38, 271]);
    const res = await ent.post("/api/green/classify", {
      name: offshoreWind().name,
      description: offshoreWind().description,
      industryCode: "D4415",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ verdict: "green", top: { code: "4.2.1" }, blue: { relevant: true } });
  });

  it("lists every problem of a bad project at once", async () => {
    const res = await ent.post("/api/green/projects", {
      ...offshoreWind(),
      name: "",
      industryCode: "D9999",
      declaredCategory: "4.2",
      eiaStatus: "unknown",
    });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(["name", "eiaStatus", "industryCode", "declaredCategory"]));
  });

  it("takes a submission, a document, and keeps both from other organisations", async () => {
    const res = await ent.post("/api/green/projects", offshoreWind({ declaredCategory: "4.2.1" }));
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    id = d.id;
    expect(d).toMatchObject({
      status: "submitted",
      industryCode: "D4415",
      declaredCategory: { code: "4.2.1" },
      category: { code: "4.2.1" },
      blue: true,
    });

    const doc = await upload(ent, id, "可行性研究报告.pdf", PDF_BYTES);
    expect(doc.statusCode, doc.body).toBe(201);
    const docId = doc.json().id;
    const file = await ent.get(`/api/green/projects/${id}/documents/${docId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await upload(ent, id, "a.txt", Buffer.from("plain text"))).statusCode).toBe(400);

    for (const c of [otherEnt, bank]) {
      expect((await c.get(`/api/green/projects/${id}`)).statusCode).toBe(404);
      expect((await c.get(`/api/green/projects/${id}/documents/${docId}`)).statusCode).toBe(404);
      expect(
        (await c.get("/api/green/projects?pageSize=200")).json().items.map((x: { id: string }) => x.id),
      ).not.toContain(id);
    }
    expect((await put(otherEnt, `/api/green/projects/${id}`, offshoreWind())).statusCode).toBe(404);
    expect((await otherEnt.post(`/api/green/projects/${id}/withdraw`, {})).statusCode).toBe(404);
    expect((await upload(otherEnt, id, "x.pdf", PDF_BYTES)).statusCode).toBe(404);
    // A bank's admin tries every route of the project before it is certified: nothing answers, nothing changes.
    const admin = await signedIn(app, "admin@bank.demo");
    const before = (await ent.get(`/api/green/projects/${id}`)).body;
    const tries = [
      admin.get(`/api/green/projects/${id}`),
      admin.get(`/api/green/projects/${id}/documents/${docId}`),
      put(admin, `/api/green/projects/${id}`, offshoreWind()),
      admin.post(`/api/green/projects/${id}/withdraw`, {}),
      admin.post(`/api/green/projects/${id}/documents`, {}),
      admin.post(`/api/green/projects/${id}/decision`, { action: "reject", note: "attacker" }),
      admin.post(`/api/green/projects/${id}/benefit-reports`, {
        year: 2025,
        lines: [{ method: "renewable_generation", inputs: { generation_mwh: "1" } }],
      }),
    ];
    for (const res of await Promise.all(tries)) expect([403, 404], res.body).toContain(res.statusCode);
    expect((await ent.get(`/api/green/projects/${id}`)).body).toBe(before);
  });

  it("lets only a reviewer without a conflict decide", async () => {
    const decision = { action: "certify", categoryCode: "4.2.1", evidenceNote: "用海批复、核准文件齐全" };
    expect((await ent.post(`/api/green/projects/${id}/decision`, decision)).statusCode).toBe(403);
    expect((await bank.post(`/api/green/projects/${id}/decision`, decision)).statusCode).toBe(403);
    // A verification body that entered a project for its client cannot certify it.
    const own = await verifierAnalyst.post("/api/green/projects", fisheryPv({ ownerOrgId: entOrgId }));
    expect(own.statusCode, own.body).toBe(201);
    const conflict = await reviewer.post(`/api/green/projects/${own.json().id}/decision`, {
      ...decision,
      categoryCode: "4.2.2",
    });
    expect(conflict.statusCode).toBe(403);
    expect((await reviewer.post(`/api/green/projects/${id}/decision`, { action: "return", note: "" })).statusCode).toBe(
      400,
    );

    const res = await reviewer.post(`/api/green/projects/${id}/decision`, { ...decision, blue: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().certification).toMatchObject({ category: { code: "4.2.1" }, blue: true });
  });

  it("shows the certified project to banks, and takes benefit reports only from its owner", async () => {
    const seen = await bank.get(`/api/green/projects/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().can).toMatchObject({ finance: true, reportBenefits: false, edit: false });
    const lib = (await bank.get("/api/green/projects?stage=certified&blue=true")).json();
    expect(lib.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await otherEnt.get(`/api/green/projects/${id}`)).statusCode).toBe(404);

    const report = { year: 2026, lines: [{ method: "renewable_generation", inputs: { generation_mwh: "450000" } }] };
    expect((await otherEnt.post(`/api/green/projects/${id}/benefit-reports`, report)).statusCode).toBe(404);
    expect((await bank.post(`/api/green/projects/${id}/benefit-reports`, report)).statusCode).toBe(403);
    // The operation year is 2027: nothing to report for 2026 yet.
    const early = await ent.post(`/api/green/projects/${id}/benefit-reports`, report);
    expect(early.statusCode).toBe(400);
    expect(paths(early)).toEqual(["year"]);
    expect((await put(ent, `/api/green/projects/${id}`, offshoreWind())).statusCode).toBe(409);
  });

  it("reports benefits of a project in operation against the expected ones", async () => {
    const d = (await ent.post("/api/green/projects", fisheryPv())).json();
    await reviewer.post(`/api/green/projects/${d.id}/decision`, {
      action: "certify",
      categoryCode: "4.2.2",
      evidenceNote: "并网验收文件齐全",
    });
    const res = await ent.post(`/api/green/projects/${d.id}/benefit-reports`, {
      year: 2025,
      lines: [{ method: "renewable_generation", inputs: { generation_mwh: "30000" } }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().againstExpected).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "co2_reduction_t", ratio: "0.5" })]),
    );
    const page = (await ent.get("/api/green/projects?stage=monitored&mine=true")).json();
    expect(page.items.map((x: { id: string }) => x.id)).toEqual([d.id]);
  });

  it("answers one of two simultaneous decisions with 200 and the other with 409", async () => {
    const d = (await ent.post("/api/green/projects", offshoreWind({ name: "并发认定风电项目" }))).json();
    const [a, b] = await Promise.all([
      reviewer.post(`/api/green/projects/${d.id}/decision`, {
        action: "certify",
        categoryCode: "4.2.1",
        evidenceNote: "符合目录",
      }),
      district.post(`/api/green/projects/${d.id}/decision`, { action: "reject", note: "用海手续不全" }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it("shows reviewers' corrections to reviewers only", async () => {
    expect((await district.get("/api/green/corrections")).statusCode).toBe(200);
    expect((await reviewer.get("/api/green/corrections")).statusCode).toBe(200);
    expect((await ent.get("/api/green/corrections")).statusCode).toBe(403);
    expect((await bank.get("/api/green/corrections")).statusCode).toBe(403);
  });

  it("exports exactly the filtered list as a workbook, with headings in the asked language", async () => {
    const q = "category=4.2&industry=44&sort=name";
    const list = (await district.get(`/api/green/projects?${q}&pageSize=200`)).json();
    expect(list.total).toBeGreaterThan(1);
    const res = await district.get(`/api/green/projects/export.xlsx?${q}&lang=en`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Reference");
    const refs: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) refs.push(row.getCell(1).value);
    });
    expect(refs).toEqual(list.items.map((x: { refNo: string }) => x.refNo));
    const zh = await district.get(`/api/green/projects/export.xlsx?${q}`);
    const wbZh = new ExcelJS.Workbook();
    await wbZh.xlsx.load(zh.rawPayload as unknown as ArrayBuffer);
    expect(wbZh.worksheets[0]!.getRow(1).getCell(1).value).toBe("项目编号");
  });
});
