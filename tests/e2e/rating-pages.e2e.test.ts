/**
 * The ESG rating pages render with the demo district's seeded ratings: the enterprise's own rating page (reached from
 * its home card) with grade, levers, key issues, indicators and history; the methodology page it links to (also
 * opened directly, as after a reload); a fund manager's rating page; the district's home card and distribution; and
 * the rating agency's pages in English for its viewer. No error state and no uncaught error anywhere.
 * Screenshots go to test-results/screenshots/rating-pages-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, login, screenshot, settle } from "./browser";

let browser: Browser;
let contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
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
  errors: string[];
}

async function signIn(email: string, lang: "zh-CN" | "en" = "zh-CN"): Promise<User> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
  contexts.push(context);
  const page = await context.newPage();
  // The language is chosen in this browser, as the account may have been left in another one by an earlier test;
  // only viewer accounts read in English here, since the choice is saved to the account.
  await page.addInitScript(`localStorage.setItem("greenfin.lang", ${JSON.stringify(lang)})`);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await login(page, email);
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate("window.scrollTo(0, 0)");
  await settle(page);
  await page.waitForTimeout(300);
  await screenshot(page, `rating-pages-${name}`);
}

/** No load-error result, no error alert on the page. */
async function noErrorState(page: Page): Promise<void> {
  await expect(page.locator(".ant-result-warning, .ant-result-403, .ant-alert-error").count()).resolves.toBe(0);
}

describe("ESG rating pages", () => {
  it("the enterprise's own rating page, from its home card, and the methodology page it links to", async () => {
    const ent = await signIn("admin@enterprise.demo");
    const card = ent.page.getByTestId("home-own-rating");
    await card.getByTestId("home-own-grade").waitFor();
    await expect(card.innerText()).resolves.toMatch(/\d{4} 年度/);
    await card.getByTestId("home-own-rating-link").click();

    await ent.page.getByTestId("page-rating-entity").waitFor();
    await ent.page.getByTestId("result-grade").waitFor();
    await expect(ent.page.getByTestId("result-grade").getAttribute("data-grade")).resolves.toMatch(/^[ABC]{1,3}$/);
    await expect(ent.page.getByTestId("result-score").innerText()).resolves.toMatch(/^\d+\.\d\d$/);
    for (const p of ["E", "S", "G"]) await ent.page.getByTestId(`pillar-${p}`).waitFor();
    await expect(ent.page.getByTestId("result-levers").innerText()).resolves.toMatch(/如何提升等级[\s\S]*总分 \+/);
    await ent.page.locator("[data-testid=rating-key-issue-chart] canvas").first().waitFor();
    await ent.page.locator("[data-testid=rating-peer-chart] canvas").first().waitFor();
    await ent.page.locator("[data-testid=rating-history-chart] canvas").first().waitFor();
    const indicators = ent.page.getByTestId("result-indicators");
    await expect(indicators.locator("tr.ant-table-row").count()).resolves.toBeGreaterThan(20);
    // Every indicator says where its value came from and why it scored what it did.
    const text = await indicators.innerText();
    expect(text).toMatch(/已披露/);
    expect(text).toMatch(/介于 .+ 分之间|同行业组 \d+ 家/);
    // The seeded controversy about the demo enterprise is shown with its decay.
    await expect(ent.page.getByTestId("result-controversies").innerText()).resolves.toMatch(/× 0\.\d{4}/);
    await noErrorState(ent.page);
    await shot(ent.page, "enterprise-zh");

    await ent.page.getByTestId("result-methodology").click();
    await ent.page.getByTestId("page-rating-methodology").waitFor();
    const md = ent.page.getByTestId("methodology-markdown");
    await md.locator("table").first().waitFor();
    await expect(md.locator("table").count()).resolves.toBeGreaterThan(5);
    await expect(md.innerText()).resolves.toMatch(/Grade scale[\s\S]*AAA/);
    await expect(md.locator("h2#grade-scale").count()).resolves.toBe(1);
    await ent.page.getByTestId("methodology-toc").getByText("Grade scale").first().waitFor();
    await noErrorState(ent.page);
    await shot(ent.page, "methodology-zh");

    // Opened directly (a reload, a shared link): the app serves it, not a 404.
    await ent.page.reload();
    await md.locator("table").first().waitFor();
    await ent.page.goto(`${baseUrl()}/rating/methodologies`);
    await ent.page.getByTestId("methodology-card-fund-manager-esg").waitFor();
    expect(ent.errors).toEqual([]);
  }, 120_000);

  it("a fund manager's own rating page", async () => {
    const fund = await signIn("admin@fund.demo");
    await fund.page.goto(`${baseUrl()}/rating`);
    await fund.page.getByTestId("page-rating-entity").waitFor();
    await fund.page.getByTestId("result-grade").waitFor();
    await expect(fund.page.getByTestId("result-methodology").innerText()).resolves.toMatch(/管理人/);
    await noErrorState(fund.page);
    await shot(fund.page, "fund-manager-zh");
    expect(fund.errors).toEqual([]);
  }, 90_000);

  it("the district's rating card and grade distribution", async () => {
    const district = await signIn("admin@district.demo");
    const card = district.page.getByTestId("home-district-rating");
    await card.locator("[data-testid=rating-home-grades] canvas").first().waitFor();
    await card.getByTestId("home-district-rating-link").click();
    await district.page.getByTestId("page-rating-district").waitFor();
    await district.page.locator("[data-testid=rating-district-heatmap] canvas").first().waitFor();
    const table = await district.page.locator(".ant-table").last().innerText();
    expect(table).toMatch(/C 制造业/);
    expect(table).toMatch(/合计/);
    await noErrorState(district.page);
    await shot(district.page, "district-zh");
    await district.page.getByTestId("district-view").getByText("堆积柱状图").click();
    await district.page.locator("[data-testid=rating-district-stacked] canvas").first().waitFor();
    expect(district.errors).toEqual([]);
  }, 90_000);

  it("the rating agency's runs and a result, in English", async () => {
    const viewer = await signIn("viewer@rating.demo", "en");
    await viewer.page.goto(`${baseUrl()}/rating`);
    await viewer.page.getByTestId("page-rating-runs").waitFor();
    await viewer.page.getByText("Rating runs").first().waitFor();
    // A viewer reads but does not start runs.
    await expect(viewer.page.getByTestId("new-run-card").count()).resolves.toBe(0);
    await viewer.page.getByTestId("run-open").first().waitFor();
    await shot(viewer.page, "runs-en");
    await viewer.page.getByTestId("run-open").first().click();
    await viewer.page.getByTestId("page-rating-run").waitFor();
    await viewer.page.getByTestId("result-link").first().click();
    await viewer.page.getByTestId("result-grade").waitFor();
    await expect(viewer.page.getByTestId("result-levers").innerText()).resolves.toMatch(/What would move the grade/);
    await expect(viewer.page.getByTestId("result-override").count()).resolves.toBe(0);
    await noErrorState(viewer.page);
    await shot(viewer.page, "result-en");
    expect(viewer.errors).toEqual([]);
  }, 90_000);
});
