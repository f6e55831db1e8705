/**
 * The ESG disclosure walked end to end in a browser by the demo enterprise (ent-0001) and the district:
 * create the 2025 disclosure under SSE2024, fill the form (and see its inline errors), download the Excel
 * template, upload it with two mistakes and see them by sheet and cell, upload it corrected with every mandatory
 * item, submit; the district starts the review and returns one indicator with a comment; the enterprise sees the
 * comment, corrects the value and submits again; the district accepts; the enterprise publishes and downloads the
 * PDF report, whose first page is rendered with poppler and checked to be a real page. A bank it granted
 * "disclosures" then reads it, in English. A second flow: a fund manager invites the enterprise into a fund, the
 * enterprise accepts and opens its portfolio-company disclosure, and the fund sees it in its aggregates.
 * Screenshots of every main page go to test-results/screenshots/disclosure-*.png for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, login, screenshot, settle } from "./browser";

const RESULTS = join(process.cwd(), "test-results");
const DOWNLOADS = join(RESULTS, "downloads");
const YEAR = 2025;
const GHG_SHEET = "应对气候变化（温室气体排放）";
const COMMENT = "范围一排放量与能源消耗数据不一致，请核实后重新填报";

let browser: Browser;
let contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(DOWNLOADS, { recursive: true });
});
afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});
afterAll(async () => {
  await browser.close();
});

interface User {
  page: Page;
  /** Uncaught errors in the page; every flow ends by checking there were none. */
  errors: string[];
}

async function signIn(email: string): Promise<User> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await login(page, email);
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  await screenshot(page, `disclosure-${name}`);
}

function toast(page: Page, text: string | RegExp): Locator {
  return page.locator(".ant-message").getByText(text);
}

async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  const dropdown = page.locator(".ant-select-dropdown:visible:not([class*='slide-up'])");
  await dropdown.locator(".ant-select-item-option", { hasText: text }).first().click();
}

/** The workspace shows the disclosure in this status. */
async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="status-tag"][data-status="${status}"]`).waitFor();
}

/** A JSON GET made by the signed-in page itself (its cookie, its organisation). */
async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  }, path) as Promise<T>;
}

/** A JSON POST made by the signed-in page, with the session's CSRF token as the web app sends it. */
async function postJson<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ p, b }) => {
      const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken: string };
      const res = await fetch(p, {
        method: "POST",
        headers: { "Content-Type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify(b),
      });
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status} ${await res.text()}`);
      return res.json();
    },
    { p: path, b: body },
  ) as Promise<T>;
}

/** Clicks a button that starts a download and saves the file under test-results/downloads. */
async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const path = join(DOWNLOADS, name);
  await file.saveAs(path);
  return path;
}

interface TemplateItem {
  id: string;
  type: "number" | "percent" | "boolean" | "text" | "enum" | "date";
  enumOptions: string[];
  levels: Record<string, string>;
}
interface Template {
  topics: { items: TemplateItem[] }[];
}

/** The topic-sheet row of an indicator's total in the disclosure workbook. */
function rowOf(wb: ExcelJS.Workbook, indicatorId: string): { sheet: ExcelJS.Worksheet; row: number } {
  for (const sheet of wb.worksheets) {
    let found = 0;
    sheet.eachRow((r, n) => {
      if (!found && n > 1 && r.getCell(1).text === indicatorId && r.getCell(3).text === "") found = n;
    });
    if (found) return { sheet, row: found };
  }
  throw new Error(`${indicatorId} is not in the workbook`);
}

function setCell(wb: ExcelJS.Workbook, indicatorId: string, column: "D" | "H", value: ExcelJS.CellValue): number {
  const { sheet, row } = rowOf(wb, indicatorId);
  sheet.getCell(`${column}${row}`).value = value;
  return row;
}

/** A plausible answer of the indicator's type, as a filer would type it into the workbook. */
function sampleValue(item: TemplateItem): ExcelJS.CellValue {
  switch (item.type) {
    case "number":
      return 2400;
    case "percent":
      return 35.5;
    case "boolean":
      return "是";
    case "enum":
      return item.enumOptions[0] ?? "";
    case "date":
      return "2025-12-31";
    case "text":
      return "详见公司 2025 年度可持续发展报告相关章节。";
  }
}

async function uploadWorkbook(page: Page, wb: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByTestId("import-upload").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
}

/** Runs a poppler tool; a missing tool fails the test with a clear message (never a skip). */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${tool} was not found: install poppler-utils (apt-get install poppler-utils) to run this test`);
    throw e;
  }
}

describe("ESG disclosure", () => {
  it("is filled, imported, submitted, returned, corrected, accepted, published and reported", async () => {
    // ---- The enterprise creates its 2025 disclosure under SSE2024.
    const ent = await signIn("admin@enterprise.demo");
    const orgZh = (await ent.page.getByTestId("active-org").innerText()).trim();
    await ent.page.getByTestId("nav-disclosure").click();
    await ent.page.getByTestId("page-disclosure").waitFor();
    await shot(ent.page, "01-list");

    await ent.page.getByTestId("disclosure-new").click();
    const dialog = ent.page.getByRole("dialog", { name: "新建年度披露" });
    await dialog.waitFor();
    // The suggested frameworks arrive preselected, each with its indicator count.
    await dialog.locator(".ant-select-selection-item", { hasText: "SSE2024" }).waitFor();
    await dialog.getByTestId("disclosure-year").click();
    await pickOption(ent.page, `${YEAR} 年度`);
    await dialog.getByTestId("disclosure-frameworks").click();
    await ent.page
      .locator(".ant-select-dropdown:visible")
      .getByText(/\d+ 项指标/)
      .first()
      .waitFor();
    await shot(ent.page, "02-new-dialog");
    for (const other of await dialog.locator(".ant-select-selection-item").allInnerTexts())
      if (other.trim() !== "SSE2024")
        await dialog
          .locator(".ant-select-selection-item", { hasText: other.trim() })
          .locator(".ant-select-selection-item-remove")
          .click();
    await expect(dialog.locator(".ant-select-selection-item").allInnerTexts()).resolves.toEqual(["SSE2024"]);
    await dialog.locator(".ant-modal-title").click(); // closes the option list
    await ent.page.locator(".ant-select-dropdown:visible").waitFor({ state: "hidden" });
    await dialog.getByTestId("disclosure-create-ok").click();
    await ent.page.waitForURL(/\/disclosure\/[0-9a-f-]{36}$/);
    const id = new URL(ent.page.url()).pathname.split("/").pop() ?? "";
    await statusIs(ent.page, "draft");
    await ent.page.getByTestId("field-E-GHG-002").waitFor();
    await shot(ent.page, "03-workspace-form");

    // ---- The form: an unreadable number is refused with the message under the field, nothing is saved.
    await ent.page.getByTestId("field-E-GHG-001").fill("约1000");
    await ent.page.getByTestId("field-E-GHG-002").fill("12,000.5");
    await ent.page.getByTestId("field-E-GHG-005").fill("1234567.123456789012");
    await ent.page.getByTestId("field-S-EMP-001").fill("356");
    await ent.page.getByTestId("save-draft").click();
    const fieldError = ent.page.getByTestId("field-error-E-GHG-001");
    await expect(fieldError.innerText()).resolves.toContain("应填数字，实际为「约1000」");
    await ent.page.getByTestId("item-E-GHG-001").scrollIntoViewIfNeeded();
    await shot(ent.page, "04-form-error");
    await ent.page.getByTestId("field-E-GHG-001").fill("");
    await ent.page.getByTestId("save-draft").click();
    await toast(ent.page, "草稿已保存（3 项）").waitFor();
    await fieldError.waitFor({ state: "detached" });
    // What was typed reached the server exactly: thousands separator read, every decimal kept.
    const draft = await getJson<{
      values: { indicatorId: string; payload: { number?: { entered: string; enteredUnit: string } } | null }[];
    }>(ent.page, `/api/disclosures/${id}`);
    const entered = (ind: string) => draft.values.find((v) => v.indicatorId === ind)?.payload?.number;
    expect(entered("E-GHG-002")).toMatchObject({ entered: "12000.5", enteredUnit: "tCO2e" });
    expect(entered("E-GHG-005")?.entered).toBe("1234567.123456789012");

    // ---- The Excel template, filled with two mistakes: both are listed by sheet and cell, nothing is saved.
    await ent.page.getByTestId("tab-import").click();
    await ent.page.getByTestId("import-tab").waitFor();
    const templatePath = await download(ent.page, "import-template", "disclosure-template.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(templatePath) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toContain(GHG_SHEET);
    const ghgRow = setCell(wb, "E-GHG-001", "D", "约1000");
    const pctRow = setCell(wb, "S-INN-002", "D", 120);
    const pctSheet = rowOf(wb, "S-INN-002").sheet.name;
    await uploadWorkbook(ent.page, wb, "esg-2025-with-errors.xlsx");
    const problems = ent.page.getByTestId("import-problems");
    await problems.waitFor();
    // The two errors, each by sheet, row and column (last year's figures may add year-on-year warnings).
    const errorRows = problems.locator("tbody tr[data-testid^='problem-']", { hasText: "错误" });
    await expect(errorRows.count()).resolves.toBe(2);
    const lines = (await errorRows.allInnerTexts()).map((l) => l.replace(/\s+/g, " "));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${GHG_SHEET} ${ghgRow} D E-GHG-001 错误 .*约1000`)),
        expect.stringMatching(new RegExp(`${pctSheet} ${pctRow} D S-INN-002 错误 .*0 到 100`)),
      ]),
    );
    await problems.scrollIntoViewIfNeeded();
    await shot(ent.page, "05-import-problems");

    // ---- Corrected, and every item SSE2024 makes mandatory answered (one explained instead): saved.
    const template = await getJson<Template>(ent.page, `/api/disclosures/${id}/template`);
    const mandatory = template.topics.flatMap((t) => t.items).filter((i) => i.levels.SSE2024 === "mandatory");
    expect(mandatory.length).toBeGreaterThan(5);
    const explained = mandatory.find((i) => i.id === "E-CIR-001") ?? mandatory[mandatory.length - 1]!;
    for (const item of mandatory) {
      if (item === explained) setCell(wb, item.id, "H", "本年度尚未建立废弃物回收量的计量台账，计划于 2026 年起统计");
      else if (item.id !== "E-GHG-002") setCell(wb, item.id, "D", sampleValue(item));
    }
    setCell(wb, "E-GHG-001", "D", 1000);
    setCell(wb, "S-INN-002", "D", 12.5);
    await uploadWorkbook(ent.page, wb, "esg-2025.xlsx");
    await ent.page.getByTestId("import-result").getByText("esg-2025.xlsx 导入成功").waitFor();
    await problems.waitFor({ state: "detached" });
    await shot(ent.page, "06-import-saved");

    // ---- Submit: the progress shows every mandatory item answered, the disclosure becomes revision 1.
    await ent.page.getByTestId("tab-form").click();
    const progress = ent.page.getByTestId("progress-SSE2024");
    // Every mandatory item is there: all but one with a value, that one with its reason.
    await expect.poll(() => progress.innerText()).toContain(`${mandatory.length - 1}/${mandatory.length}`);
    await expect(progress.innerText()).resolves.toContain("另有 1 项已说明未披露原因");
    await ent.page.getByTestId("submit-disclosure").click();
    await ent.page.getByTestId("submit-confirm").click();
    await statusIs(ent.page, "submitted");
    await shot(ent.page, "07-submitted");

    // ---- The district opens its review queue, starts the review and returns one indicator with a comment.
    const district = await signIn("reviewer@district.demo");
    await district.page.getByTestId("nav-disclosure").click();
    await district.page.getByTestId("review-queue").waitFor();
    await district.page.getByTestId("review-search").fill(orgZh);
    const queued = district.page.getByTestId(`review-row-${id}`);
    await queued.getByText(orgZh).waitFor();
    await queued.locator(".ant-progress").first().waitFor();
    await shot(district.page, "08-review-queue");
    await queued.click();
    await statusIs(district.page, "submitted");
    await district.page.getByTestId("start-review").click();
    await statusIs(district.page, "in_review");
    await expect(district.page.getByTestId("field-E-GHG-001").innerText()).resolves.toContain("1,000");
    await district.page.getByTestId("comment-E-GHG-001").fill(COMMENT);
    await district.page.getByTestId("item-E-GHG-001").scrollIntoViewIfNeeded();
    await shot(district.page, "09-review-comment");
    await district.page.getByTestId("return-disclosure").click();
    await district.page.getByTestId("decision-ok").click();
    await statusIs(district.page, "returned");

    // ---- The enterprise sees the comment on that indicator, corrects the value and submits again.
    await ent.page.reload();
    await statusIs(ent.page, "returned");
    const callout = ent.page.getByTestId("review-comment-E-GHG-001");
    await expect(callout.innerText()).resolves.toContain(COMMENT);
    await callout.scrollIntoViewIfNeeded();
    await shot(ent.page, "10-returned-comment");
    await ent.page.getByTestId("field-E-GHG-001").fill("1,100");
    await ent.page.getByTestId("save-draft").click();
    await toast(ent.page, "草稿已保存（1 项）").waitFor();
    await ent.page.getByTestId("submit-disclosure").click();
    await ent.page.getByTestId("submit-confirm").click();
    await statusIs(ent.page, "submitted");

    // ---- The district accepts revision 2.
    await district.page.reload();
    await statusIs(district.page, "submitted");
    await district.page.getByTestId("start-review").click();
    await statusIs(district.page, "in_review");
    await district.page.getByTestId("accept-disclosure").click();
    await district.page.getByTestId("decision-note").fill("数据完整，同意通过");
    await district.page.getByTestId("decision-ok").click();
    // Under load a click on the dialog's button can be lost while it is still animating in: press it again while
    // the dialog stays open.
    const accepted = district.page.locator('[data-testid="status-tag"][data-status="accepted"]');
    await expect
      .poll(
        async () => {
          if (await accepted.isVisible()) return true;
          const ok = district.page.getByTestId("decision-ok");
          if (await ok.isVisible()) await ok.click().catch(() => undefined);
          return false;
        },
        { timeout: 60_000, interval: 3_000 },
      )
      .toBe(true);

    // ---- The enterprise compares the two revisions, publishes, and downloads the PDF report.
    await ent.page.reload();
    await statusIs(ent.page, "accepted");
    await ent.page.getByTestId("tab-revisions").click();
    await ent.page.getByTestId("revision-row-2").waitFor();
    await ent.page.getByTestId("compare-left").click();
    await pickOption(ent.page, "第 1 版");
    await ent.page.getByTestId("compare-right").click();
    await pickOption(ent.page, "第 2 版");
    const changed = ent.page.locator("tr[data-changed='1']");
    await changed.filter({ hasText: "E-GHG-001" }).waitFor();
    await expect(changed.count()).resolves.toBe(1);
    await shot(ent.page, "11-revisions-compare");
    await ent.page.getByTestId("publish-disclosure").click();
    await ent.page.getByTestId("publish-confirm").click();
    await statusIs(ent.page, "published");

    await ent.page.getByTestId("tab-reports").click();
    await ent.page.getByTestId("reports-tab").waitFor();
    await shot(ent.page, "12-reports");
    const pdf = await download(ent.page, "report-download-pdf", "disclosure-report.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pngBase = join(RESULTS, "disclosure-report-page1");
    poppler("pdftoppm", ["-png", "-f", "1", "-l", "1", "-r", "60", "-singlefile", pdf, pngBase]);
    const png = PNG.sync.read(readFileSync(`${pngBase}.png`));
    // A4 at 60 dpi is about 496 × 702 pixels.
    expect(png.width).toBeGreaterThan(400);
    expect(png.height).toBeGreaterThan(png.width);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) ink++;
    const share = ink / (png.width * png.height);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.9);
    expect(poppler("pdftotext", ["-enc", "UTF-8", pdf, "-"])).toContain(orgZh);

    // ---- A bank the enterprise granted "disclosures" reads it, in English, read-only. Its viewer, because the
    // language chosen here is saved to the account, and other tests expect the bank's admin in Chinese.
    const bank = await signIn("viewer@bank.demo");
    const bankOrg = await getJson<{ activeOrg: { id: string } }>(bank.page, "/api/auth/me");
    await postJson(ent.page, "/api/grants", {
      granteeOrgId: bankOrg.activeOrg.id,
      scope: "disclosures",
      purpose: "绿色信贷授信审查",
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    await bank.page.evaluate('localStorage.setItem("greenfin.lang", "en")');
    await bank.page.goto(`${baseUrl()}/disclosure?tab=granted`);
    await bank.page.getByTestId(`granted-row-${id}`).click();
    await statusIs(bank.page, "published");
    await bank.page.getByTestId("workspace-title").getByText(`FY ${YEAR} ESG disclosure`).waitFor();
    await expect(bank.page.getByTestId("field-E-GHG-001").innerText()).resolves.toContain("1,100");
    await expect(bank.page.getByTestId("save-draft").count()).resolves.toBe(0);
    await shot(bank.page, "13-granted-english");

    expect([...ent.errors, ...district.errors, ...bank.errors]).toEqual([]);
  }, 240_000);

  it("a fund invites the enterprise into its portfolio and sees its disclosure in the fund's figures", async () => {
    const ent = await signIn("admin@enterprise.demo");
    const me = await getJson<{ activeOrg: { id: string; nameZh: string } }>(ent.page, "/api/auth/me");
    const org = await getJson<{ uscc: string }>(ent.page, `/api/orgs/${me.activeOrg.id}`);

    // ---- The fund manager invites the enterprise: the amount is shown with thousands separators.
    const fund = await signIn("admin@fund.demo");
    await fund.page.getByTestId("nav-disclosure").click();
    await fund.page.getByTestId("portfolio-link").click();
    await fund.page.getByTestId("page-portfolio").waitFor();
    await fund.page.getByTestId("portfolio-invite").click();
    await fund.page.getByTestId("invite-uscc").fill(org.uscc);
    await fund.page.getByTestId("invite-fund").fill("崂峰绿色成长一期");
    await fund.page.getByTestId("invite-ownership").fill("12.5");
    await fund.page.getByTestId("invite-invested").fill("30000000.5");
    await expect(fund.page.getByTestId("invite-invested").inputValue()).resolves.toBe("30,000,000.5");
    await shot(fund.page, "20-portfolio-invite");
    await fund.page.getByTestId("invite-ok").click();
    const link = fund.page.locator("tr[data-testid^='portfolio-row-']", { hasText: me.activeOrg.nameZh });
    await link.getByText("¥30,000,000.50").waitFor();
    await link.getByText("待接受").waitFor();

    // ---- The enterprise accepts and opens its portfolio-company disclosure for the fund.
    await ent.page.getByTestId("nav-disclosure").click();
    const invitations = ent.page.getByTestId("portfolio-invitations");
    await invitations.getByText("崂峰绿色成长一期").waitFor();
    await shot(ent.page, "21-invitation");
    await invitations.locator("[data-testid^='invitation-accept-']").click();
    await invitations.locator("[data-testid^='portfolio-start-']").click();
    const dialog = ent.page.getByRole("dialog", { name: /报送被投企业披露/ });
    await dialog.locator(".ant-select-selection-item").first().waitFor();
    await dialog.getByTestId("disclosure-year").click();
    await pickOption(ent.page, `${YEAR} 年度`);
    await dialog.getByTestId("disclosure-create-ok").click();
    await ent.page.waitForURL(/\/disclosure\/[0-9a-f-]{36}$/);
    const id = new URL(ent.page.url()).pathname.split("/").pop() ?? "";
    await statusIs(ent.page, "draft");

    // ---- In the form: the two emission figures, and a reason for each other mandatory item; then submitted.
    const template = await getJson<Template>(ent.page, `/api/disclosures/${id}/template`);
    const mandatory = template.topics
      .flatMap((t) => t.items)
      .filter((i) => Object.values(i.levels).includes("mandatory"));
    await ent.page.getByTestId("field-E-GHG-001").fill("1,000");
    await ent.page.getByTestId("field-E-GHG-002").fill("500.5");
    for (const item of mandatory)
      if (!item.id.startsWith("E-GHG-00"))
        await ent.page.getByTestId(`reason-${item.id}`).fill("被投企业本年度尚未建立该项统计");
    await ent.page.getByTestId("item-E-GHG-001").scrollIntoViewIfNeeded();
    await shot(ent.page, "22-portfolio-form");
    await ent.page.getByTestId("save-draft").click();
    await toast(ent.page, `草稿已保存（${mandatory.length} 项）`).waitFor();
    await ent.page.getByTestId("submit-disclosure").click();
    await ent.page.getByTestId("submit-confirm").click();
    await statusIs(ent.page, "submitted");

    // ---- The fund reviews it (its queue) and sees the fund-level figures: 12.5 % of 1,000 t is 125 t.
    await fund.page.goto(`${baseUrl()}/disclosure?tab=review`);
    await fund.page.getByTestId(`review-row-${id}`).getByText("已提交").waitFor();
    await shot(fund.page, "23-fund-review-queue");
    await fund.page.goto(`${baseUrl()}/disclosure/portfolio`);
    await fund.page
      .locator("tr[data-testid^='portfolio-row-']", { hasText: me.activeOrg.nameZh })
      .getByText("已建立")
      .waitFor();
    await fund.page.getByTestId("aggregates-year").click();
    await pickOption(fund.page, `${YEAR} 年度`);
    const aggregates = fund.page.getByTestId("portfolio-aggregates");
    await aggregates.getByText("已提交").waitFor();
    const scope1 = aggregates.getByTestId("metric-E-GHG-001");
    // Reported by 1 of the fund's 4 companies: the demo seeds it three that have not reported for 2025.
    await expect(scope1.innerText()).resolves.toMatch(/1,000 吨二氧化碳当量\s+125 吨二氧化碳当量\s+1\/4/);
    await aggregates.scrollIntoViewIfNeeded();
    await shot(fund.page, "24-portfolio-aggregates");

    expect([...ent.errors, ...fund.errors]).toEqual([]);
  }, 180_000);
});
