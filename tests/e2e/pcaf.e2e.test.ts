/**
 * The financed-emissions (PCAF) screens end to end, on the real server and demo district. The bank's analyst uploads
 * a small book for a year the demo has none for (2023) through the page's form — nine positions over every asset
 * class, four counterparties, one of them the demo enterprise (a platform organisation) — watches the run complete,
 * opens the run page (headline figures, the three charts, the asset-class and sector tables, the positions), opens a
 * position's drawer (attribution formula, evidence and data quality, factors, explanation, the carbon-account link)
 * and downloads the JR/T 0227 workbook; a bad book lists its problems by file, row and column and stores nothing; the
 * page reads in English; the district's admin sees the bank in the year's table and opens its run.
 * Screenshots go to /tmp/pcaf-shots/<screen>-<zh|en>.png (and test-results/screenshots/pcaf-*.png).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, baseUrl, login, openSession, screenshot, settle, switchLanguage } from "./browser";

const YEAR = 2023;
const SHOTS = "/tmp/pcaf-shots";

let session: BrowserSession;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
let enterprise = { uscc: "", name: "", industryCode: "" };
let runId = "";

async function shot(name: string): Promise<void> {
  await settle(page);
  await page.waitForTimeout(400);
  const file = await screenshot(page, `pcaf-${name}`);
  copyFileSync(file, join(SHOTS, `${name}.png`));
}

/** Scrolls a test id into view, then shoots the window. */
async function shotAt(testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).first().scrollIntoViewIfNeeded();
  await shot(name);
}

/** Nine positions, one of every asset class (two business loans), in the format of docs/carbon-data-formats.md §2. */
function positionsCsv(): string {
  return [
    "position_id,asset_class,counterparty,outstanding,currency,sector,property_value,floor_area_m2,vehicle_value,project_total,country",
    `E2E-L-001,business_loan,${enterprise.uscc},50000000,CNY,,,,,,`,
    "E2E-L-002,business_loan,E2E-CP-STEEL,30000000,CNY,,,,,,",
    "E2E-E-001,listed_equity,E2E-CP-POWER,12000000,CNY,,,,,,",
    "E2E-B-001,corporate_bond,E2E-CP-STEEL,8000000,CNY,,,,,,",
    "E2E-P-001,project_finance,E2E-CP-SOLAR,20000000,CNY,,,,,200000000,",
    "E2E-R-001,commercial_real_estate,,15000000,CNY,K7010,40000000,12000,,,",
    "E2E-M-001,mortgage,,1200000,CNY,,2500000,95,,,",
    "E2E-V-001,motor_vehicle_loan,,150000,CNY,,,,250000,,",
    "E2E-S-001,sovereign_debt,,10000000,CNY,,,,,,CN",
  ].join("\n");
}

/** The counterparties: the demo enterprise (no figures: the platform or an estimate), reported and verified ones. */
function counterpartiesCsv(): string {
  return [
    "counterparty,name,sector,revenue,total_assets,evic,total_equity_and_debt,scope1_tco2e,scope2_tco2e,emissions_source",
    `${enterprise.uscc},${enterprise.name},${enterprise.industryCode},800000000,1500000000,,1200000000,,,`,
    "E2E-CP-STEEL,E2E 钢铁有限公司,C3110,2000000000,5000000000,,4000000000,900000,120000,reported",
    "E2E-CP-POWER,E2E 上市电力股份,D4411,3000000000,9000000000,12000000000,,1500000,20000,verified",
    "E2E-CP-SOLAR,E2E 光伏项目公司,D4416,,300000000,,250000000,,,",
  ].join("\n");
}

async function chooseFiles(positions: string, counterparties: string, names = ["book.csv", "cps.csv"]) {
  await page.getByTestId("pcaf-upload").scrollIntoViewIfNeeded();
  const inputs = page.locator("[data-testid=pcaf-upload] input[type=file]");
  await inputs.nth(0).setInputFiles({ name: names[0]!, mimeType: "text/csv", buffer: Buffer.from(positions) });
  await inputs.nth(1).setInputFiles({ name: names[1]!, mimeType: "text/csv", buffer: Buffer.from(counterparties) });
}

const switchLang = (lang: "en" | "zh-CN") => switchLanguage(page, lang);

beforeAll(async () => {
  session = await openSession(SHOTS, "pcaf");
  ({ context, page, errors } = session);

  // The demo enterprise, a counterparty of the book that is a platform organisation.
  await login(page, "admin@enterprise.demo");
  const me = await (await context.request.get(`${baseUrl()}/api/auth/me`)).json();
  const org = await (await context.request.get(`${baseUrl()}/api/orgs/${me.activeOrg.id}`)).json();
  enterprise = { uscc: org.uscc, name: org.nameZh, industryCode: org.industryCode };
  expect(enterprise.uscc).toMatch(/^[0-9A-Z]{18}$/);
  await context.clearCookies();
  await login(page, "analyst@bank.demo");
});

afterAll(() => session?.close());

describe("financed emissions in the browser", () => {
  it("the bank's analyst uploads a book, sees the run complete in the books table, and opens the run", async () => {
    await page.goto(`${baseUrl()}/carbon/pcaf`);
    await page.getByTestId("page-pcaf-home").waitFor();
    await page.getByTestId("nav-carbon-pcaf").waitFor();
    await shot("books-zh");

    const year = page.getByTestId("pcaf-upload-year");
    await year.fill(String(YEAR));
    await page.getByTestId("pcaf-upload-label").fill("E2E 2023 年末贷款与投资组合");
    await chooseFiles(positionsCsv(), counterpartiesCsv());
    await expect(page.getByTestId("pcaf-upload-positions-name").innerText()).resolves.toContain("book.csv");
    await page.getByTestId("pcaf-upload-submit").click();
    const result = page.getByTestId("pcaf-upload-result");
    await result.waitFor({ timeout: 30_000 });
    await expect(result.innerText()).resolves.toMatch(/9 个头寸、4 个交易对手|相同的文件/);

    // The book's line in the table shows the run's progress, then its figures.
    const row = page.getByTestId("pcaf-books-table").locator("tr.ant-table-row", { hasText: "E2E 2023" });
    await row.waitFor();
    if ((await row.locator("[data-testid=pcaf-run-progress]").count()) > 0) {
      await page.getByTestId("pcaf-books-table").scrollIntoViewIfNeeded();
      await screenshot(page, "pcaf-books-running");
      copyFileSync(join("test-results", "screenshots", "pcaf-books-running.png"), join(SHOTS, "books-running-zh.png"));
    }
    await row.locator("[data-testid=pcaf-run-status][data-status=completed]").waitFor({ timeout: 60_000 });
    await expect(row.innerText()).resolves.toMatch(/\d{1,3}(,\d{3})*\.\d{2}/);
    await page.getByTestId("pcaf-books-table").scrollIntoViewIfNeeded();
    await shot("books-done-zh");

    await page.getByTestId("pcaf-upload-run-link").click();
    await page.waitForURL(/\/carbon\/pcaf\/runs\//);
    runId = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(runId).not.toBe("");
  });

  it("the run page shows the headline figures, the charts, the tables and the positions", async () => {
    await page.getByTestId("page-pcaf-run").waitFor();
    await page.getByTestId("pcaf-kpis").waitFor();
    await expect(page.getByTestId("pcaf-run-status").getAttribute("data-status")).resolves.toBe("completed");
    await expect(page.getByTestId("pcaf-kpi-positions").innerText()).resolves.toContain("9");
    await expect(page.getByTestId("pcaf-kpi-financed").innerText()).resolves.toMatch(/\d/);
    for (const chart of ["pcaf-chart-asset-class", "pcaf-chart-sector", "pcaf-chart-dq"])
      await page.locator(`[data-testid=${chart}] canvas`).first().waitFor();
    await expect(page.getByTestId("pcaf-result-hash").innerText()).resolves.toMatch(/^[0-9a-f]{12}/);
    await shot("run-zh");
    await shotAt("pcaf-chart-dq", "run-charts-zh");
    await shotAt("pcaf-platform", "run-platform-zh");

    const classes = page.getByTestId("pcaf-asset-class-table").locator("tr.ant-table-row");
    await expect(classes.count()).resolves.toBe(9); // eight asset classes and the total
    await page.getByTestId("pcaf-tab-sector").click();
    await expect(page.getByTestId("pcaf-sector-table").locator("tr.ant-table-row").count()).resolves.toBeGreaterThan(3);
    await shotAt("pcaf-buckets", "run-tables-zh");
    await page.getByTestId("pcaf-tab-asset-class").click();

    const positions = page.getByTestId("pcaf-positions-table");
    await expect.poll(() => positions.locator("tr.ant-table-row").count()).toBe(9);
    // Server-side filters: the asset class, then the search box.
    await page.getByTestId("pcaf-filter-asset-class").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "住房按揭" }).click();
    await expect.poll(() => positions.locator("tr.ant-table-row").count()).toBe(1);
    await expect(positions.innerText()).resolves.toContain("E2E-M-001");
    await page.reload();
    await expect.poll(() => positions.locator("tr.ant-table-row").count()).toBe(9);
    await page.getByTestId("pcaf-filter-search").fill("E2E-L-001");
    await expect.poll(() => positions.locator("tr.ant-table-row").count()).toBe(1);
    await shotAt("pcaf-positions-table", "run-positions-zh");
  });

  it("a position's drawer explains it whole and links to the counterparty's carbon account", async () => {
    await page.getByTestId("pcaf-position-row").first().click();
    const body = page.getByTestId("pcaf-drawer-body");
    await body.waitFor();
    await expect(page.getByTestId("pcaf-drawer-title").innerText()).resolves.toContain("E2E-L-001");
    await expect(page.getByTestId("pcaf-drawer-formula").innerText()).resolves.toMatch(/归因系数 = 余额 ÷/);
    await expect(page.getByTestId("pcaf-drawer-emissions").innerText()).resolves.toMatch(/PCAF 选项 \d[a-z]?/);
    await expect(page.getByTestId("pcaf-drawer-explanation").locator("li").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId("pcaf-drawer-account-link").getAttribute("href")).resolves.toMatch(
      /^\/carbon\/accounts\/[0-9a-f-]{36}$/,
    );
    await shot("drawer-zh");
    await page.keyboard.press("Escape");
    await body.waitFor({ state: "detached" });
  });

  it("downloads the JR/T 0227 workbook in the page's language", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("pcaf-download-jrt").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const res = await context.request.get(`${baseUrl()}/api/pcaf/runs/${runId}/jrt0227.xlsx?lang=zh`);
    expect(res.status()).toBe(200);
    const bytes = await res.body();
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const positionsXlsx = await context.request.get(`${baseUrl()}/api/pcaf/runs/${runId}/positions.xlsx?lang=en`);
    expect(positionsXlsx.status()).toBe(200);
  });

  it("a bad book is refused with its problems by file, row and column, and reads in English", async () => {
    await page.goto(`${baseUrl()}/carbon/pcaf`);
    await page.getByTestId("page-pcaf-home").waitFor();
    await page.getByTestId("pcaf-upload-year").fill(String(YEAR));
    await chooseFiles(
      "position_id,asset_class,counterparty,outstanding\nX-1,loanz,CP-1,100\nX-2,business_loan,CP-MISSING,-5\n",
      "counterparty,name,sector\nCP-1,坏行业,Z99\n",
      ["bad-positions.csv", "bad-counterparties.csv"],
    );
    await page.getByTestId("pcaf-upload-submit").click();
    const problems = page.getByTestId("pcaf-upload-problems");
    await problems.waitFor({ timeout: 30_000 });
    const text = await problems.innerText();
    expect(text).toContain("asset_class");
    expect(text).toContain("头寸文件");
    expect(text).toContain("交易对手文件");
    await expect(problems.locator("tr.ant-table-row").count()).resolves.toBeGreaterThanOrEqual(3);
    await shot("problems-zh");

    await switchLang("en");
    await expect.poll(() => page.getByTestId("pcaf-upload-problems").innerText()).toMatch(/Positions file/);
    await shot("problems-en");
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("books-en");

    await page.goto(`${baseUrl()}/carbon/pcaf/runs/${runId}`);
    await page.getByTestId("pcaf-kpis").waitFor();
    await page.locator("[data-testid=pcaf-chart-dq] canvas").first().waitFor();
    await expect(page.getByTestId("pcaf-kpi-financed").innerText()).resolves.toMatch(/Financed emissions/);
    await shot("run-en");
    await shotAt("pcaf-chart-dq", "run-charts-en");
    await shotAt("pcaf-platform", "run-platform-en");
    await shotAt("pcaf-buckets", "run-tables-en");
    await shotAt("pcaf-positions-table", "run-positions-en");
    await page.getByTestId("pcaf-position-row").first().click();
    await page.getByTestId("pcaf-drawer-body").waitFor();
    await expect(page.getByTestId("pcaf-drawer-formula").innerText()).resolves.toMatch(/Attribution factor/);
    await shot("drawer-en");
    await page.keyboard.press("Escape");

    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("home-pcaf-ready").waitFor();
    await shotAt("home-pcaf", "home-bank-en");
    await switchLang("zh-CN");
    await expect.poll(() => page.getByTestId("home-pcaf").innerText()).toMatch(/融资排放/);
    await shotAt("home-pcaf", "home-bank-zh");
  });

  it("the demo book of the latest year compares with the year before", async () => {
    await page.goto(`${baseUrl()}/carbon/pcaf`);
    const demo = page
      .getByTestId("pcaf-books-table")
      .locator("tr.ant-table-row", { hasText: "2025" })
      .filter({ hasText: "演示" })
      .first();
    await demo.locator("[data-testid=pcaf-run-status][data-status=completed]").waitFor({ timeout: 120_000 });
    await demo.getByTestId("pcaf-book-open").click();
    const comparison = page.getByTestId("pcaf-comparison");
    await comparison.waitFor();
    await expect(comparison.innerText()).resolves.toMatch(/2024/);
    await expect(comparison.locator("tr.ant-table-row").count()).resolves.toBeGreaterThan(1);
    await page.locator("[data-testid=pcaf-chart-dq] canvas").first().waitFor();
    await shot("demo-run-zh");
    await shotAt("pcaf-platform", "demo-run-platform-zh");
    await shotAt("pcaf-comparison", "demo-run-comparison-zh");
    await switchLang("en");
    await expect.poll(() => comparison.innerText(), { timeout: 15_000 }).toMatch(/Against FY2024/);
    await shotAt("pcaf-comparison", "demo-run-comparison-en");
    await switchLang("zh-CN");
    await expect.poll(() => comparison.innerText()).toMatch(/与 2024 年度相比/);
  });

  it("the district's admin sees the bank in the year's table and opens its run", async () => {
    await context.clearCookies();
    await login(page, "admin@district.demo");
    await page.goto(`${baseUrl()}/carbon/pcaf?year=${YEAR}`);
    await page.getByTestId("page-pcaf-district").waitFor();
    const table = page.getByTestId("pcaf-district-table");
    await expect.poll(() => table.locator("tr.ant-table-row").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await page.locator("[data-testid=pcaf-district-chart] canvas").first().waitFor();
    const link = table.locator(`a[href="/carbon/pcaf/runs/${runId}"]`);
    await link.waitFor();
    await shot("district-zh");
    await shotAt("pcaf-district-table", "district-table-zh");

    await link.click();
    await page.getByTestId("pcaf-kpis").waitFor();
    await expect(page.getByTestId("pcaf-kpi-positions").innerText()).resolves.toContain("9");

    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("home-district-pcaf-ready").waitFor();
    await shotAt("home-district-pcaf", "home-district-zh");
    await switchLang("en");
    await page.goto(`${baseUrl()}/carbon/pcaf?year=${YEAR}`);
    await page.getByTestId("pcaf-district-table").locator("tr.ant-table-row").first().waitFor();
    await page.locator("[data-testid=pcaf-district-chart] canvas").first().waitFor();
    await shot("district-en");
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("home-district-pcaf-ready").waitFor();
    await shotAt("home-district-pcaf", "home-district-en");
    await switchLang("zh-CN");
    expect(errors).toEqual([]);
  });
});
