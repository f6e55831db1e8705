/**
 * Attacks through the upload routes: disclosure imports and evidence, green project documents, the PCAF book, the
 * carbon activity import and the statistics workbook import. Files over their limit, files that are not what they
 * claim, zip bombs and path tricks in names are refused with a structured error (or stored inert), and nothing of
 * a refused upload is saved.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { createDisclosure, submitProject } from "@greenfin/app";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../../tests/support/demo-lookup";
import { fisheryPv, PDF_BYTES } from "../../../../tests/support/green-project";
import { signedIn, type TestClient, testServer } from "../../../../tests/support/http-client";
import { type FormPart, multipartBody } from "../../../../tests/support/multipart-body";
import { counterpartiesCsv, positionsCsv } from "../../../../tests/support/pcaf-book";
import { openTestPlatform, type TestPlatform } from "../../../../tests/support/test-platform";
import { xlsxBomb, xlsxWithEntry } from "../../../../tests/support/zip-bomb";

const MiB = 1024 * 1024;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let p: TestPlatform;
let app: FastifyInstance;
let ent: TestClient; // admin of the demo enterprise
let bank: TestClient; // admin of the demo bank
let disclosureId = "";
let projectId = "";
let uscc = "";

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  const admin = await actorFor(p, "ent-0001", "admin");
  disclosureId = (await createDisclosure(p, admin, { year: 2025, frameworks: ["SSE2024"] })).id;
  projectId = (await submitProject(p, admin, fisheryPv())).id;
  uscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [admin.orgId])).rows[0]!
    .uscc;
  ent = await signedIn(app, "admin@enterprise.demo");
  bank = await signedIn(app, "admin@bank.demo");
});
afterAll(async () => {
  await app.close();
  await p.close();
});

/** Every table an upload writes to, counted: a refused upload leaves each count as it was. */
async function savedCounts(): Promise<Record<string, number>> {
  const tables = [
    "evidence_blobs",
    "evidence_files",
    "disclosure_values",
    "green_project_documents",
    "pcaf_books",
    "pcaf_book_positions",
    "carbon_activity_imports",
    "carbon_activity",
    "stat_reports",
    "stat_report_values",
  ];
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = Number((await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`)).rows[0]!.n);
  return counts;
}

/** Each upload route, sending one file (as the route takes it) as the caller that may upload there. */
const UPLOADS = {
  disclosureImport: (bytes: Buffer, fileName = "披露.xlsx") =>
    ent.request({
      method: "POST",
      url: `/api/disclosures/${disclosureId}/imports?format=xlsx&fileName=${encodeURIComponent(fileName)}`,
      headers: { "content-type": XLSX },
      payload: bytes,
    }),
  evidence: (bytes: Buffer, fileName = "核查.pdf", contentType = "application/pdf") =>
    ent.request({
      method: "POST",
      url: `/api/disclosures/${disclosureId}/evidence?indicatorId=E-GHG-001&fileName=${encodeURIComponent(fileName)}`,
      headers: { "content-type": contentType },
      payload: bytes,
    }),
  projectDocument: (bytes: Buffer, fileName = "环评批复.pdf", contentType = "application/pdf") =>
    ent.request({
      method: "POST",
      url: `/api/green/projects/${projectId}/documents`,
      ...multipartBody({}, { file: { fileName, bytes, contentType } }),
    }),
  pcafBook: (bytes: Buffer, fileName = "positions.xlsx") =>
    bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      ...multipartBody(
        { year: "2025" },
        {
          positions: { fileName, bytes, contentType: XLSX },
          counterparties: { fileName: "counterparties.csv", bytes: counterpartiesCsv(uscc), contentType: "text/csv" },
        },
      ),
    }),
  carbonActivity: (bytes: Buffer, fileName = "activity.xlsx") =>
    ent.request({
      method: "POST",
      url: `/api/carbon/activity/import?format=xlsx&fileName=${encodeURIComponent(fileName)}`,
      headers: { "content-type": XLSX },
      payload: bytes,
    }),
  statisticsImport: (bytes: Buffer, fileName = "统计.xlsx") =>
    bank.request({
      method: "POST",
      url: "/api/statistics/reports/import",
      ...multipartBody(
        { templateRef: "five-articles-quarterly@2026.1", period: "2026-Q1" },
        { file: { fileName, bytes, contentType: XLSX } },
      ),
    }),
} satisfies Record<string, (bytes: Buffer, fileName?: string) => Promise<LightMyRequestResponse>>;

type Upload = keyof typeof UPLOADS;
/** The routes that read the file as a workbook (the rest store it). */
const WORKBOOK_READERS: readonly Upload[] = ["disclosureImport", "pcafBook", "carbonActivity", "statisticsImport"];

/** A refusal: the status, and the one error body with a code and a message. */
function expectRefused(res: LightMyRequestResponse, status: number, what: string) {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 400)}`).toBe(status);
  const body = res.json();
  expect(typeof body.code, what).toBe("string");
  expect(typeof body.message, what).toBe("string");
  return body as { code: string; message: string; details?: { problems?: { code?: string; messageEn?: string }[] } };
}

describe("size", () => {
  /**
   * Each route's limit, one byte over (disclosure-files, intake-limits, project-documents, activity-limits …). The
   * PCAF book and the activity import hold workbooks whole up to 64 MiB (their CSVs stream, to 512 MiB): they list a
   * file over it among the file's problems (400, TOO_LARGE) as they do every other problem; the rest answer 413.
   */
  const OVER: Record<Upload, { bytes: number; answer: "413" | "problem" }> = {
    disclosureImport: { bytes: 10 * MiB + 1, answer: "413" },
    evidence: { bytes: 10 * MiB + 1, answer: "413" },
    projectDocument: { bytes: 20 * MiB + 1, answer: "413" },
    statisticsImport: { bytes: 10 * MiB + 1, answer: "413" },
    pcafBook: { bytes: 64 * MiB + 1, answer: "problem" },
    carbonActivity: { bytes: 64 * MiB + 1, answer: "problem" },
  };
  it.each(Object.keys(OVER) as Upload[])(
    "refuses a %s over its limit, structured, and saves nothing",
    async (route) => {
      const before = await savedCounts();
      // A zip signature first, so that only the size can be what is wrong.
      const bytes = Buffer.alloc(OVER[route].bytes, 0x20);
      bytes.write("PK\u0003\u0004", 0, "latin1");
      const res = await UPLOADS[route](bytes);
      if (OVER[route].answer === "413") expect(expectRefused(res, 413, route).code).toBe("PAYLOAD_TOO_LARGE");
      else {
        const body = expectRefused(res, 400, route);
        expect(body.code).toBe("VALIDATION_FAILED");
        expect(body.details?.problems?.map((x) => x.messageEn)).toEqual([
          expect.stringContaining("larger than the 64 MiB limit"),
        ]);
      }
      expect(await savedCounts()).toEqual(before);
    },
  );
});

describe("type", () => {
  const TEXT = Buffer.from("name,value\nthis is,plain text\n");
  it.each(WORKBOOK_READERS)("refuses an .xlsx that is plain text to %s as not a workbook", async (route) => {
    const before = await savedCounts();
    const body = expectRefused(await UPLOADS[route](TEXT), 400, route);
    expect(JSON.stringify(body)).toMatch(/NOT_XLSX|not a valid Excel|not an Excel/i);
    expect(await savedCounts()).toEqual(before);
  });

  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
  const EXE = Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(64, 0)]);
  const HTML = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
  const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
  const STORED: readonly Upload[] = ["evidence", "projectDocument"];

  it.each(STORED)("refuses an executable, HTML or SVG sent to %s as a PDF or image", async (route) => {
    const before = await savedCounts();
    for (const [bytes, name, type] of [
      [EXE, "报告.pdf", "application/pdf"],
      [HTML, "报告.html", "text/html"],
      [HTML, "报告.pdf", "application/pdf"],
      [SVG, "图.svg", "image/svg+xml"],
      [SVG, "图.png", "image/png"],
    ] as const) {
      const res = await UPLOADS[route](bytes, name, type);
      expect([400, 415], `${route} ${name} (${type}) answered ${res.statusCode}: ${res.body}`).toContain(
        res.statusCode,
      );
      expect(typeof res.json().code).toBe("string");
    }
    expect(await savedCounts()).toEqual(before);
  });

  it.each(STORED)("stores a PNG named .pdf on %s as what it is, and serves it inert", async (route) => {
    const res = await UPLOADS[route](PNG, "合同.pdf", "application/pdf");
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(res.json().mediaType).toBe("image/png");
    const download = await ent.get(downloadUrl(route, res.json().id));
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(download.headers["content-disposition"])).toMatch(/^attachment;/);
    expect(download.rawPayload.equals(PNG)).toBe(true);
  });
});

describe("what is served back", () => {
  it("shows the one inline HTML, the disclosure report, sandboxed: no script runs and nothing loads", async () => {
    const res = await ent.get(`/api/disclosures/${disclosureId}/report?framework=SSE2024&format=html`);
    expect(res.statusCode, res.body).toBe(200);
    expect(String(res.headers["content-disposition"])).toMatch(/^inline;/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("sandbox");
    expect(res.body).not.toMatch(/<script/i);
  });
});

const downloadUrl = (route: Upload, id: string) =>
  route === "evidence" ? `/api/evidence/${id}/content` : `/api/green/projects/${projectId}/documents/${id}`;

describe("zip bombs", () => {
  /** 512 MiB of sheet XML in 1.6 MB; once with its size declared, once claiming 1 KiB (only inflating can tell). */
  const HONEST = xlsxBomb(512, "true");
  const LYING = xlsxBomb(512, "small");

  it.each(WORKBOOK_READERS)("refuses a zip bomb to %s without inflating it, and saves nothing", async (route) => {
    const before = await savedCounts();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      for (const [bomb, kind] of [
        [HONEST, "declared"],
        [LYING, "lying"],
      ] as const) {
        const body = expectRefused(await UPLOADS[route](bomb), 400, `${route} ${kind} bomb`);
        // The shared guard's ZIP_BOMB problem (the PCAF book words it as its own, without the code).
        const problems = (body.details?.problems ?? []).map((x) => `${x.code ?? ""} ${x.messageEn}`);
        expect(problems.join("\n"), JSON.stringify(body)).toMatch(/ZIP_BOMB|structure is abnormal/);
      }
    } finally {
      clearInterval(sampler);
    }
    // Inflating the sheet would take 512 MiB and exceljs several times that; the guard streams and stops early.
    expect(peak - rssBefore).toBeLessThan(200 * MiB);
    expect(await savedCounts()).toEqual(before);
  });
});

/** No path separator, no control character (C0, DEL, C1) and no Unicode direction control. */
function isPlainName(name: string): boolean {
  return Array.from(name).every((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    const direction =
      c === 0x61c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return ch !== "/" && ch !== "\\" && !control && !direction;
  });
}

describe("path tricks", () => {
  const NAMES = [
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/shadow",
    "C:\\Windows\\system32\\cmd.exe",
    "evil\u0000.pdf",
    "\u202Efdp.exe",
    "report\r\nSet-Cookie: x=1.pdf",
    `${"长".repeat(150)}.pdf`,
  ];

  /** A name in the query string with a NUL is refused by the contracts' string check, as a field problem. */
  const refusedInQuery = (res: LightMyRequestResponse) =>
    res.statusCode === 400 &&
    res.json().code === "VALIDATION_FAILED" &&
    res.json().details.problems.every((x: { path: string }) => x.path === "querystring.fileName");

  it.each(["evidence", "projectDocument"] as const)(
    "stores %s under a plain name whatever it was called, content-addressed, and downloads it safely",
    async (route) => {
      // The evidence route takes its name in the query (at most 200 characters); a form part's name has no limit.
      const names = route === "projectDocument" ? [...NAMES, `${"长".repeat(1000)}.pdf`] : NAMES;
      for (const name of names) {
        const res = await UPLOADS[route](PDF_BYTES, name);
        if (refusedInQuery(res)) continue;
        expect(res.statusCode, `${JSON.stringify(name)}: ${res.body}`).toBeLessThan(300);
        const stored = res.json() as { id: string; fileName: string; sha256: string };
        expect(isPlainName(stored.fileName), `${JSON.stringify(name)} → ${JSON.stringify(stored.fileName)}`).toBe(true);
        expect(stored.fileName.startsWith("..")).toBe(false);
        expect(Array.from(stored.fileName).length).toBeLessThanOrEqual(200);
        if (name.length > 200) expect(stored.fileName).toMatch(/^长+\.pdf$/);
        // The bytes live in the database under their hash, never under the name.
        const blob = await p.db.query("SELECT 1 FROM evidence_blobs WHERE sha256 = $1", [stored.sha256]);
        expect(blob.rows).toHaveLength(1);
        const download = await ent.get(downloadUrl(route, stored.id));
        const disposition = String(download.headers["content-disposition"]);
        const [, ascii, encoded] =
          /^attachment; filename="([^"]*)"; filename\*=UTF-8''([\w%.!~*'()-]*)$/.exec(disposition) ?? [];
        expect(isPlainName(ascii ?? "/"), disposition).toBe(true);
        expect(isPlainName(decodeURIComponent(encoded ?? "/")), disposition).toBe(true);
      }
    },
  );

  it("keeps only a plain name for an import, whatever it was called", async () => {
    const csv = ["企业,计量点,月份,项目,数量,单位,备注", `${uscc},,2025-01,electricity,1000,kWh,`].join("\r\n");
    for (const [i, name] of NAMES.entries()) {
      const res = await ent.request({
        method: "POST",
        url: `/api/carbon/activity/import?format=csv&fileName=${encodeURIComponent(name)}`,
        headers: { "content-type": "text/csv" },
        payload: csv.replace("1000", String(1000 + i)),
      });
      if (refusedInQuery(res)) continue;
      expect(res.statusCode, `${JSON.stringify(name)}: ${res.body}`).toBe(200);
      const stored = await p.db.query<{ file_name: string }>(
        "SELECT file_name FROM carbon_activity_imports WHERE id = $1",
        [res.json().importId],
      );
      expect(isPlainName(stored.rows[0]!.file_name), JSON.stringify(name)).toBe(true);
    }
  });

  it.each(WORKBOOK_READERS)("does not unpack a workbook's ../ entry anywhere on %s", async (route) => {
    const before = await savedCounts();
    const marker = `gf-zip-slip-${route}.txt`;
    const slip = await xlsxWithEntry(`../../../../${marker}`);
    const res = await UPLOADS[route](slip);
    expect(res.statusCode, res.body).toBe(400);
    for (const dir of [process.cwd(), tmpdir(), "/", resolve(process.cwd(), "../..")])
      expect(existsSync(resolve(dir, marker)), dir).toBe(false);
    expect(await savedCounts()).toEqual(before);
  });
});

describe("the body of a multipart route", () => {
  it("answers JSON sent to a file upload route with a structured 400, never a 5xx", async () => {
    for (const url of ["/api/pcaf/books", "/api/statistics/reports/import"]) {
      const res = await bank.post(url, { positions: { bytes: { byteLength: 5 } }, fields: { year: "2025" } });
      expectRefused(res, 400, url);
    }
  });

  it("still takes a good CSV book after all this", async () => {
    const res = await bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      ...multipartBody(
        { year: "2025" },
        {
          positions: { fileName: "positions.csv", bytes: positionsCsv(uscc) } satisfies FormPart,
          counterparties: { fileName: "counterparties.csv", bytes: counterpartiesCsv(uscc) },
        },
      ),
    });
    expect(res.statusCode, res.body).toBe(202);
  });
});
