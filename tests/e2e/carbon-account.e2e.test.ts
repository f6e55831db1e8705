/**
 * The carbon-account screens end to end. The district's admin seeds a year the demo has no activity for (2023)
 * through the import API — a small CSV for the demo enterprise (ent-0001) and two enterprises of its industry
 * division, so the three are graded as peers — then, in the browser: opens /carbon, runs the year's accounts and
 * watches the job's progress to done, opens the demo enterprise's account page (KPIs, monthly chart, grade),
 * downloads the carbon credit report (a PDF, checked by content type and header), reads the page in English, and
 * enters a month of activity data by hand in the form.
 * Screenshots go to /tmp/carbon-shots/*.png (and test-results/screenshots/carbon-*.png).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, login, screenshot, settle, switchLanguage } from "./browser";

const YEAR = 2023;
const SHOTS = "/tmp/carbon-shots";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
let enterpriseId = "";

interface Org {
  id: string;
  nameZh: string;
  uscc: string | null;
  industryCode: string | null;
}

async function api<T>(request: APIRequestContext, method: "GET" | "POST", path: string, csrf: string, body?: unknown) {
  const res = await request.fetch(`${baseUrl()}${path}`, {
    method,
    headers: { "x-csrf-token": csrf, ...(typeof body === "string" ? { "content-type": "text/csv" } : {}) },
    data: body,
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

async function shot(name: string): Promise<void> {
  await settle(page);
  await page.waitForTimeout(400);
  const file = await screenshot(page, `carbon-${name}`);
  copyFileSync(file, join(SHOTS, `${name}.png`));
}

/** A year of monthly rows: electricity (kWh), natural gas for the first enterprise, value added in December. */
function activityCsv(firms: readonly Org[]): string {
  const lines = ["enterprise,meter,month,item,quantity,unit,note"];
  const kwh = [120000, 240000, 60000];
  firms.forEach((f, i) => {
    for (let m = 1; m <= 12; m++) {
      const month = `${YEAR}-${String(m).padStart(2, "0")}`;
      lines.push(`${f.uscc},main,${month},electricity,${kwh[i]! + m * 1000},kWh,`);
      if (i === 0) lines.push(`${f.uscc},boiler,${month},natural_gas,${m <= 3 || m >= 11 ? 30000 : 8000},m3,`);
    }
    lines.push(`${f.uscc},main,${YEAR}-12,value_added,1500,wan_yuan,e2e`);
  });
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  page = await context.newPage();
  await page.addInitScript(`localStorage.setItem("greenfin.lang", "zh-CN")`);
  page.on("pageerror", (e) => errors.push(e.message));

  // The demo enterprise's id, from its own login.
  await login(page, "admin@enterprise.demo");
  const ent = await (await context.request.get(`${baseUrl()}/api/auth/me`)).json();
  enterpriseId = ent.activeOrg.id as string;
  await context.clearCookies();

  await login(page, "admin@district.demo");
  const me = await (await context.request.get(`${baseUrl()}/api/auth/me`)).json();
  const csrf = me.csrfToken as string;
  const own = await api<Org>(context.request, "GET", `/api/orgs/${enterpriseId}`, csrf);
  const division = (code: string | null) => code?.slice(0, 3) ?? "";
  const list = await api<{ items: Org[] }>(context.request, "GET", "/api/orgs?kind=enterprise&pageSize=500", csrf);
  const peers = list.items.filter(
    (o) => o.id !== enterpriseId && o.uscc && division(o.industryCode) === division(own.industryCode),
  );
  expect(peers.length, `enterprises in ${own.industryCode}'s division`).toBeGreaterThanOrEqual(2);
  const imported = await api<{ rowCount: number; enterprises: number }>(
    context.request,
    "POST",
    "/api/carbon/activity/import?format=csv&fileName=e2e-activity.csv",
    csrf,
    activityCsv([own, peers[0]!, peers[1]!]),
  );
  expect(imported.enterprises).toBe(3);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("carbon accounts in the browser", () => {
  it("the district runs the year's accounts and sees the job's progress to done, then the table and grades", async () => {
    await page.goto(`${baseUrl()}/carbon?year=${YEAR}`);
    await page.getByTestId("page-carbon-overview").waitFor();
    await page.getByTestId("carbon-run").click();
    await page.getByTestId("carbon-run-confirm").click();
    const progress = page.getByTestId("job-progress");
    await progress.waitFor();
    await progress.locator(".ant-progress-status-success").waitFor({ timeout: 45_000 });
    const table = page.getByTestId("carbon-accounts-table");
    await expect.poll(() => table.locator("tr.ant-table-row").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await page.locator("[data-testid=carbon-grade-distribution] canvas").first().waitFor();
    await expect(table.innerText()).resolves.toMatch(/[1-5] 级/);
    await shot("overview");
  });

  it("the enterprise's account page shows the KPIs, the monthly chart, the grade, and the report downloads", async () => {
    await page.goto(`${baseUrl()}/carbon/accounts/${enterpriseId}?year=${YEAR}`);
    await page.getByTestId("page-carbon-account").waitFor();
    await page.getByTestId("carbon-kpis").waitFor();
    await page.locator("[data-testid=carbon-monthly-chart] canvas").first().waitFor();
    await page.locator("[data-testid=carbon-items-chart] canvas").first().waitFor();
    await page.locator("[data-testid=carbon-intensity-chart] canvas").first().waitFor();
    const grade = page.getByTestId("carbon-grade");
    await expect(grade.getAttribute("data-grade")).resolves.toMatch(/^[1-5]$/);
    await expect(page.getByTestId("kpi-total").innerText()).resolves.toMatch(/\d,?\d*/);
    await expect(page.getByTestId("carbon-lines").locator("tr.ant-table-row").count()).resolves.toBeGreaterThan(5);
    await shot("account-zh");
    await page.getByTestId("carbon-versions").scrollIntoViewIfNeeded();
    await shot("account-grade-ets");
    await page.getByTestId("carbon-lines").scrollIntoViewIfNeeded();
    await page.getByTestId("carbon-lines").locator(".ant-table-row-expand-icon").first().click();
    await page.getByTestId("carbon-line-trace").first().waitFor();
    await shot("account-lines");

    // The button's download, and the same URL fetched directly: a PDF by type and by its first bytes.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("carbon-report-pdf").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/碳信用报告-2023-v\d+\.pdf$/);
    const res = await context.request.get(
      `${baseUrl()}/api/carbon/accounts/${enterpriseId}/report.pdf?year=${YEAR}&lang=zh`,
    );
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const body = await res.body();
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.length).toBeGreaterThan(10_000);
  });

  it("reads in English after switching the language, and the activity page shows the stored month × item table", async () => {
    await switchLanguage(page, "en");
    await expect.poll(() => page.getByTestId("kpi-scope1").innerText()).toMatch(/Scope 1/);
    await expect(page.getByTestId("carbon-grade").innerText()).resolves.toMatch(/Grade [1-5]/);
    await shot("account-en");

    await page.getByTestId("carbon-activity-link").click();
    await page.getByTestId("page-carbon-activity").waitFor();
    const matrix = page.getByTestId("carbon-activity-table");
    await expect.poll(() => matrix.locator("tr.ant-table-row").count()).toBeGreaterThanOrEqual(3);
    await expect(matrix.innerText()).resolves.toMatch(/Purchased electricity/);
    // A refused file lists its problems (row, column, reason) and saves nothing.
    await page.locator("input[type=file]").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("enterprise,month,item,quantity,unit\nXX,2023-13,coal,-1,kg\n"),
    });
    await page.getByTestId("carbon-upload-problems").waitFor();
    await expect(
      page.getByTestId("carbon-upload-problems").locator("tr.ant-table-row").count(),
    ).resolves.toBeGreaterThan(0);
    await shot("activity-en");

    // Back to Chinese, as the language is saved on the account.
    await switchLanguage(page, "zh-CN");
    await expect.poll(() => page.getByTestId("page-carbon-activity").innerText()).toMatch(/活动数据/);
    expect(errors).toEqual([]);
  });

  it("enters a month by hand: the form refuses a bad quantity, then saves the line and the table shows it", async () => {
    await page.getByTestId("carbon-enter").click();
    const modal = page.locator(".ant-modal", { hasText: "按月录入活动数据" });
    await modal.waitFor();
    // The first line is electricity; make it diesel in litres for June.
    await modal.locator(".ant-select").first().click();
    await page.locator(".ant-select-dropdown .ant-select-item-option", { hasText: "柴油" }).click();
    // The unit list follows the item on the next render.
    await expect.poll(() => modal.locator(".ant-select").nth(1).innerText()).toMatch(/t|L|升|吨/);
    await modal.getByPlaceholder("数量").fill("12,5");
    await page.locator("#carbon-entry-save").click();
    await modal.getByText("数量须为非负数字").waitFor();
    await modal.getByPlaceholder("数量").fill("1250");
    await page.getByTestId("carbon-entry-month").click();
    await page.locator(".ant-picker-dropdown .ant-picker-cell", { hasText: "6月" }).click();
    await shot("activity-entry");
    await page.locator("#carbon-entry-save").click();
    await modal.waitFor({ state: "hidden" });
    const matrix = page.getByTestId("carbon-activity-table");
    await expect.poll(() => matrix.innerText()).toMatch(/柴油/);
    expect(errors).toEqual([]);
  });
});
