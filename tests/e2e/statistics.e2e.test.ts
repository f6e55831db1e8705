/**
 * The district statistics dashboard in the browser: the district opens the dashboard, drills from the green-loan
 * total to the breakdown by institution and on to one institution's breakdown, exports it to Excel (the workbook is
 * read back), and reads it all in English too; then a visitor without a login opens the public zone page (also from
 * the login page's link) and sees the headline figures and the targets, and no institution's name.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserSession,
  baseUrl,
  launchBrowser,
  openSession,
  SCREENSHOTS,
  settle,
  switchLanguage,
} from "./browser";

const SHOTS = "/tmp/statistics-shots";
const DOWNLOADS = join(process.cwd(), "test-results", "downloads");
const BANK_ZH = "琴湾银行"; // a demo bank: named on the dashboard, never on the public page
const RUN = Date.now().toString(36).slice(-6);
/** A target the district defines for this run: green-loan balance from 200 亿元 in 2024 to 400 亿元 in 2027. */
const TARGET_KEY = `e2e-green-loans-${RUN}`;
const TARGET = {
  nameZh: `E2E 绿色贷款余额目标 ${RUN}`,
  nameEn: `E2E green-loan balance target ${RUN}`,
  metric: "green_loan_balance",
  unit: "yuan",
  baselineYear: 2024,
  baselineValue: "20000000000",
  targetYear: 2027,
  targetValue: "40000000000",
  direction: "increase",
  source: "browser test",
};

let session: BrowserSession;
let page: Page;
let errors: string[] = [];

const shot = (name: string) => session.shot(name);

/** A call to the API as the signed-in user, the way the web app makes it (session cookie and CSRF header). */
async function api<T>(method: "GET" | "PUT", path: string, body?: unknown): Promise<T> {
  const me = await page.request.get(`${baseUrl()}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    headers: { "x-csrf-token": csrfToken, accept: "application/json" },
    ...(body === undefined ? {} : { data: body }),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** The rows of the antd table inside the element carrying `testId`. */
const rowsOf = (testId: string) => page.getByTestId(testId).locator("tr.ant-table-row");

beforeAll(async () => {
  session = await openSession(SHOTS, "statistics");
  ({ page, errors } = session);
});

afterAll(() => session?.close());

describe("the district statistics dashboard and the public zone page", () => {
  let orgName = "";

  it("the district opens the dashboard and drills from the green-loan total to one institution", async () => {
    await session.loginAs("admin@district.demo");
    await api("PUT", `/api/statistics/targets/${TARGET_KEY}`, TARGET);
    await page.goto(`${baseUrl()}/statistics`);
    await page.waitForURL((u) => u.pathname === "/statistics/dashboard");
    await page.getByTestId("page-stat-dashboard").waitFor();
    const total = page.getByTestId("stat-card-green-value");
    await total.waitFor();
    await expect(total.innerText()).resolves.toMatch(/^\d[\d,]*\.\d{2}\s*亿元$/);
    await page.getByTestId("stat-trend-green").locator("canvas").first().waitFor();
    await expect.poll(() => rowsOf("stat-indicators").count()).toBeGreaterThanOrEqual(7);
    await page.getByTestId("stat-modules").waitFor();
    await page.getByTestId(`target-${TARGET_KEY}`).waitFor();
    await expect(page.getByTestId(`target-${TARGET_KEY}`).innerText()).resolves.toContain(TARGET.nameZh);
    await shot("1-dashboard-zh");
    await session.shotAt("stat-targets", "1b-dashboard-targets-zh");

    // A click in the green trend chart (anywhere in a month's column) opens that month's green-loan breakdown.
    const chart = page.getByTestId("stat-trend-green").locator("canvas").first();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error("the green trend chart has no box");
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.locator(".ant-drawer-title").waitFor();
    await expect
      .poll(() => page.locator(".ant-drawer-title").innerText())
      .toMatch(/^绿色贷款(余额|发放额)（按用途） · \d{4}-\d{2} 明细$/);
    await expect.poll(() => rowsOf("drill-table").count()).toBeGreaterThan(1);
    await page.locator(".ant-drawer-close").click();
    await page.getByTestId("drill-table").waitFor({ state: "detached" });

    // The green-loan card opens the breakdown by institution.
    await page.getByTestId("stat-card-green").click();
    const drill = page.getByTestId("drill-table");
    await drill.waitFor();
    await expect.poll(() => rowsOf("drill-table").count()).toBeGreaterThan(1);
    await expect(page.locator(".ant-drawer-title").innerText()).resolves.toContain("绿色贷款余额");
    const text = await drill.innerText();
    expect(text).toContain(BANK_ZH);
    await settle(page);
    await shot("2-drill-by-institution-zh");

    await page.getByTestId("drill-tab-catalogue-use").click();
    await expect.poll(() => rowsOf("drill-table").first().innerText()).toMatch(/^\d\s/);
    await shot("3-drill-by-use-zh");
    await page.getByTestId("drill-tab-institution").click();
    await expect.poll(() => rowsOf("drill-table").first().innerText()).not.toMatch(/^\d\s/);

    // The largest institution (first row) opens its own breakdown.
    const first = rowsOf("drill-table").first();
    orgName = (await first.locator("td").first().innerText()).trim();
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith("/statistics/dashboard/institutions/"));
    await page.getByTestId("page-stat-institution").waitFor();
    await expect.poll(() => page.locator(".gf-page-title").innerText()).toBe(orgName);
    await expect.poll(() => rowsOf("stat-institution-figures").count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => rowsOf("stat-institution-breakdown-green_loan_balance").count()).toBeGreaterThan(0);
    await page.getByTestId("stat-institution-trend").locator("canvas").first().waitFor();
    await shot("4-institution-zh");
  }, 120_000);

  it("the institution's figures export to an Excel workbook with a row per metric", async () => {
    await expect.poll(() => rowsOf("stat-institution-figures").count()).toBeGreaterThanOrEqual(5);
    const shown = await rowsOf("stat-institution-figures").count();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-stat-institution-figures").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^stat-institution-figures-\d{8}-\d{4}\.xlsx$/);
    mkdirSync(DOWNLOADS, { recursive: true });
    const file = join(DOWNLOADS, "statistics-institution.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet).toBeDefined();
    expect(sheet?.actualRowCount).toBe(shown + 1); // the header and one row per metric shown
    expect(sheet?.getRow(1).values).toEqual(expect.arrayContaining(["指标", "本期", "占全区 (%)"]));
    const metrics = Array.from({ length: shown }, (_, i) => String(sheet?.getRow(i + 2).getCell(2).value ?? ""));
    expect(metrics).toContain("绿色贷款余额（按用途）");
    // The period figure is the exact number, not the formatted text.
    const balance = sheet?.getRow(metrics.indexOf("绿色贷款余额（按用途）") + 2).getCell(5).value;
    expect(typeof balance).toBe("number");
    expect(balance as number).toBeGreaterThan(0);
  }, 60_000);

  it("the same pages read in English", async () => {
    await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: 10_000 }).toBe(0);
    await switchLanguage(page, "en");
    await expect(page.getByTestId("stat-institution-figures").innerText()).resolves.toContain("Green-loan balance");
    await shot("5-institution-en");
    await page.getByTestId("stat-institution-back").click();
    await page.getByTestId("page-stat-dashboard").waitFor();
    await expect(page.getByTestId("stat-card-green-value").innerText()).resolves.toMatch(/CNY bn$/);
    await shot("6-dashboard-en");
    await page.getByTestId("stat-card-green").click();
    await expect.poll(() => rowsOf("drill-table").count()).toBeGreaterThan(1);
    await settle(page);
    await shot("7-drill-en");
    expect(errors).toEqual([]);
  }, 60_000);

  it("a visitor without a login sees the zone's headline figures and targets, and no institution", async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
      const visitor = await context.newPage();
      const visitorErrors: string[] = [];
      visitor.on("pageerror", (e) => visitorErrors.push(e.message));
      // The whole page (it has no sticky side menu), kept beside the other screenshots.
      const visitorShot = async (name: string) => {
        const path = join(SCREENSHOTS, `statistics-${name}.png`);
        await visitor.screenshot({ path, fullPage: true });
        copyFileSync(path, join(SHOTS, `${name}.png`));
      };
      await visitor.goto(`${baseUrl()}/login`);
      await visitor.getByTestId("login-zone-link").click();
      await visitor.waitForURL((u) => u.pathname === "/zone");
      await visitor.getByTestId("zone-headline").waitFor();
      await expect(visitor.getByTestId("zone-green_loan_balance").innerText()).resolves.toMatch(/亿元/);
      await expect(visitor.getByTestId("zone-green_loan_balance").innerText()).resolves.toMatch(/同比/);
      // The district's target, with its progress from the reported green-loan balances.
      const target = visitor.getByTestId(`target-${TARGET_KEY}`);
      await target.waitFor();
      await expect(target.innerText()).resolves.toContain(TARGET.nameZh);
      await expect(target.innerText()).resolves.toMatch(/400\.00\s*亿元/);
      await target.locator(".ant-progress").waitFor();
      await expect(visitor.getByTestId("zone-methodologies").innerText()).resolves.not.toBe("");
      expect(await visitor.locator("body").innerText()).not.toContain(BANK_ZH);
      expect(new URL(visitor.url()).pathname).toBe("/zone");
      await settle(visitor);
      await visitorShot("8-zone-zh");

      await switchLanguage(visitor, "en");
      await expect(visitor.getByTestId("zone-headline").innerText()).resolves.toContain("Green-loan balance");
      await settle(visitor);
      await visitorShot("9-zone-en");
      // A published methodology opens from the zone page without signing in.
      await visitor.getByTestId("zone-methodologies").locator("a").first().click();
      await visitor.waitForURL((u) => u.pathname.startsWith("/zone/methodologies/"));
      await visitor.getByTestId("methodology-markdown").waitFor();
      await expect(visitor.getByTestId("methodology-markdown").innerText()).resolves.not.toBe("");
      await settle(visitor);
      await visitorShot("10-zone-methodology-en");
      expect(visitorErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
