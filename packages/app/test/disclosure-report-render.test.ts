/**
 * Disclosure reports rendered to HTML and PDF. The PDF checks look at the output as a reader would: poppler renders
 * page 1 to an image (it must not be blank) and extracts the text (the Chinese names must come back as Unicode, which
 * proves the embedded subset has the glyphs and pdfkit wrote a ToUnicode map). Poppler (Debian's poppler-utils) is
 * required: without it these tests fail rather than skip.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../src/disclosure/reports/html-escape";
import { renderDisclosureReportHtml } from "../src/disclosure/reports/render-report-html";
import { renderDisclosureReportPdf } from "../src/disclosure/reports/render-report-pdf";
import type { DisclosureReportModel, ReportLang } from "../src/disclosure/reports/report-model";
import { REPORT_FONT_FILE, REPORT_FONT_NAME } from "../src/reports/pdf/report-font";
import { INJECTED_REASON, INJECTED_VALUE, reportFixture } from "./disclosure-report-fixture";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-report-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: "pdftoppm" | "pdftotext", args: string[]): Buffer {
  const run = spawnSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error(
      `${tool} is not on PATH: install poppler-utils (apt-get install -y poppler-utils) to run these tests`,
    );
  }
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${run.stderr.toString()}`);
  return run.stdout;
}

async function writePdf(model: DisclosureReportModel, lang: ReportLang, name: string) {
  const bytes = await renderDisclosureReportPdf(model, lang);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file };
}

const pageText = (file: string, page: number, layout = false) =>
  poppler("pdftotext", [
    ...(layout ? ["-layout"] : []),
    "-enc",
    "UTF-8",
    "-f",
    `${page}`,
    "-l",
    `${page}`,
    file,
    "-",
  ]).toString("utf8");

/** pdftotext drops some spaces between Chinese and digits ("第2页"): compare footers without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, "");

/** Page objects in the file: the dictionaries are not compressed, only the content streams. */
const pageCount = (bytes: Uint8Array) =>
  (
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page(?!s)/g) ?? []
  ).length;

describe("the HTML report", () => {
  const zh = renderDisclosureReportHtml(reportFixture, "zh");
  const en = renderDisclosureReportHtml(reportFixture, "en");

  it("is one self-contained document, the same for the same model", () => {
    expect(zh.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
      expect(html).not.toMatch(/url\(|https?:/);
    }
    expect(renderDisclosureReportHtml(reportFixture, "zh")).toBe(zh);
  });

  it("names the organisation in the report's language, escaped", () => {
    expect(zh).toContain("<h1>青岛某某新材料有限公司</h1>");
    expect(en).toContain("<h1>Qingdao Moumou New Materials R&amp;D Co., Ltd.</h1>");
    expect(en).not.toContain("R&D");
    expect(zh).toContain("91370212MA3CQ7K283");
  });

  it("escapes markup in values and reasons", () => {
    for (const html of [zh, en]) {
      expect(html).toContain(escapeHtml(INJECTED_REASON));
      expect(html).toContain(escapeHtml(INJECTED_VALUE));
    }
    expect(zh).toContain("&lt;script&gt;alert(&quot;reason&quot;)&lt;/script&gt;");
  });

  it("localises the requirement levels", () => {
    for (const label of ["强制", "不遵守就解释", "条件适用", "自愿"]) expect(zh).toContain(`<td>${label}</td>`);
    for (const label of ["Mandatory", "Comply or explain", "Conditional", "Voluntary"]) {
      expect(en).toContain(`<td>${label}</td>`);
    }
  });

  it("prints breakdown lines, converted values, completeness and the values hash", () => {
    expect(zh).toContain("男：902 人");
    expect(en).toContain("Female: 384 persons");
    expect(zh).toContain("1,474.8 吨标准煤");
    expect(zh).toContain("填报值：12,000 MWh");
    expect(en).toContain("As entered: 12,000 MWh");
    expect(zh).toContain("6 / 6 (100%)");
    expect(en).toContain("11 / 14 (78.6%)");
    expect(zh).toContain(reportFixture.valuesHash);
    expect(zh).toContain("2026-04-10 10:30（北京时间）");
  });

  it("marks undisclosed rows with the stated reason, or says none was given", () => {
    expect(zh).toContain('<span class="not-disclosed">未披露</span>');
    expect(zh).toContain("原因：危险废物转移联单系统于 2025 年切换");
    expect(zh).toContain("原因：不适用：公司报告期内未开展境外投资或并购。");
    expect(zh).toContain("未说明原因");
    expect(en).toContain('<span class="not-disclosed">Not disclosed</span>');
    expect(en).toContain("No reason given");
  });

  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("the PDF report", () => {
  it("is an A4 PDF with a cover and the sections, the same bytes for the same model", async () => {
    const { bytes, file } = await writePdf(reportFixture, "zh", "zh");
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pageCount(bytes)).toBe(2);
    expect(Buffer.from(bytes).toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    const again = await renderDisclosureReportPdf(reportFixture, "zh");
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(squash(pageText(file, 2))).toContain("第2页/共2页");
  });

  it("embeds the shipped Noto Sans CJK subset", async () => {
    const text = Buffer.from(await renderDisclosureReportPdf(reportFixture, "en")).toString("latin1");
    expect(text).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${REPORT_FONT_NAME}`));
    expect(text).toContain("/FontFile3");
    expect(text).toContain("/ToUnicode");
    expect(statSync(REPORT_FONT_FILE).size).toBeLessThan(4 * 1024 * 1024);
    expect(readFileSync(REPORT_FONT_FILE).subarray(0, 4).toString("latin1")).toBe("OTTO");
  });

  it("draws page 1 visibly, and its Chinese text extracts back to Unicode", async () => {
    const { file } = await writePdf(reportFixture, "zh", "cover");
    const prefix = join(dir, "cover-page");
    poppler("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const luminance = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
      if (luminance < 128) dark++;
    }
    const share = dark / (png.width * png.height);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.3);

    const cover = pageText(file, 1);
    expect(cover).toContain("青岛某某新材料有限公司");
    expect(cover).toContain("上海证券交易所上市公司可持续发展报告指引");
    expect(cover).toContain("11 / 14 (78.6%)");
    const body = pageText(file, 2);
    for (const expected of [
      "应对气候变化与环境",
      "未披露",
      "未说明原因",
      "强制",
      "不遵守就解释",
      "男：902 人",
      "填报值：12,000 MWh",
    ]) {
      expect(body).toContain(expected);
    }
    expect(body).toContain('<script>alert("reason")</script>');
  });

  it("writes English with the English names and labels", async () => {
    const { file } = await writePdf(reportFixture, "en", "en");
    const all = poppler("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").replace(/\s+/g, " ");
    expect(all).toContain("Qingdao Moumou New Materials R&D Co., Ltd.");
    expect(all).toContain("SSE Guidelines on Sustainability Reporting for Listed Companies");
    expect(all).toContain("Comply or explain");
    expect(all).toContain("Not disclosed");
    expect(all).toContain("No reason given");
    expect(all).toMatch(/Page 1 of \d/);
  });

  it("repeats the table header on every page a long section runs onto, and splits a row taller than a page", async () => {
    const template = reportFixture.sections[0]!.rows;
    const rows = Array.from({ length: 40 }, (_, i) => ({
      ...template[i % template.length]!,
      indicatorId: `SSE.X.${i}`,
    }));
    // A very long explanation, ending in characters the subset lacks (drawn as .notdef, not a crash).
    rows[20] = { ...rows[20]!, values: [], notDisclosedReason: `${"数据口径调整说明。".repeat(300)}𠀀😀完` };
    const long: DisclosureReportModel = {
      ...reportFixture,
      sections: [{ title: { zh: "长章节", en: "Long section" }, rows }, ...reportFixture.sections],
    };
    const { bytes, file } = await writePdf(long, "zh", "long");
    const pages = pageCount(bytes);
    expect(pages).toBeGreaterThanOrEqual(5);
    for (let page = 2; page <= pages; page++) {
      const text = pageText(file, page);
      expect(text).toContain("指标名称");
      expect(squash(text)).toContain(`第${page}页/共${pages}页`);
    }
    expect(pageText(file, 3)).toContain("1. 长章节（续）");
    // The contents on page 1 give the page each section starts on.
    const starts = Array.from({ length: pages - 1 }, (_, i) => i + 2).filter((p) =>
      pageText(file, p).includes("2. 应对气候变化与环境\n"),
    );
    expect(starts).toHaveLength(1);
    expect(pageText(file, 1, true)).toMatch(new RegExp(`2\\. 应对气候变化与环境\\s+${starts[0]}\\n`));
  });
});
