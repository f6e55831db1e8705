import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, baseUrl, openSession, switchLanguage } from "./browser";

const SHOTS = "/tmp/green-shots";
const RUN = Date.now().toString(36).slice(-6).toUpperCase();
const NAME = `E2E 黄岛近海海上风电场 ${RUN}`;
const DESCRIPTION =
  "在黄岛区近海海域建设海上风电场，安装 50 台单机 6MW 风电机组，总装机容量 300MW，配套建设 220kV 海上升压站及送出海缆，预计年上网电量 90 万 MWh。";
const LOAN_REF = `E2E-GL-${RUN}`;

let session: BrowserSession;
let page: Page;
let errors: string[] = [];
let projectId = "";

const shot = (name: string) => session.shot(name);
const shotAt = (testId: string, name: string) => session.shotAt(testId, name);
const loginAs = (email: string) => session.loginAs(email);

/** Picks the option of an antd Select (opened by clicking `testId`) whose text contains `text`. */
async function choose(testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

async function switchLang(lang: "en" | "zh-CN"): Promise<void> {
  // A toast of the previous language would otherwise sit on the next screenshots.
  await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: 10_000 }).toBe(0);
  await switchLanguage(page, lang);
}

/** The <input> of an antd control carrying `testId` (on the input itself or on its wrapper). */
const inputOf = (testId: string) => page.locator(`input[data-testid=${testId}], [data-testid=${testId}] input`).first();

const stage = () =>
  page.getByTestId("page-green-project").getByTestId("green-stage").first().getAttribute("data-stage");

beforeAll(async () => {
  session = await openSession(SHOTS, "green");
  ({ page, errors } = session);
});

afterAll(() => session?.close());

describe("the green project library in the browser", () => {
  it("the enterprise submits an offshore-wind project and sees the classifier's suggestion with its evidence", async () => {
    await loginAs("analyst@enterprise.demo");
    await page.goto(`${baseUrl()}/green/projects`);
    await page.getByTestId("page-green-library").waitFor();
    await page.getByTestId("nav-green-projects").waitFor();
    await shot("library-enterprise-zh");

    await page.getByTestId("green-submit-project").click();
    await page.getByTestId("page-green-form").waitFor();
    await page.getByTestId("green-form-name").fill(NAME);
    await page.getByTestId("green-form-description").fill(DESCRIPTION);
    await choose("green-form-area", "黄岛区");
    await page.getByTestId("green-form-industry").fill("D4415");
    await page.getByTestId("green-form-investment").fill("4800000000");
    await page.getByTestId("green-form-need").fill("3200000000.50");
    await page.getByTestId("green-form-operation-year").fill("2025");
    await page.getByTestId("green-param-add").click();
    const param = page.getByTestId("green-param-line").first().locator("input");
    await param.nth(0).fill("capacity_mw");
    await param.nth(1).fill("300");
    await param.nth(2).fill("MW");

    // The classifier answers as the text is typed: wind power first, "海上风电" matched and highlighted.
    const top = page.getByTestId("green-candidate").first();
    await expect.poll(() => top.getAttribute("data-code"), { timeout: 20_000 }).toBe("4.2.1");
    await expect(top.getByTestId("green-candidate-terms").innerText()).resolves.toContain("海上风电");
    await expect(top.getByTestId("green-candidate-industry").innerText()).resolves.toContain("D4415");
    await expect(page.getByTestId("green-highlighted").locator("mark").first().innerText()).resolves.toMatch(/风电/);
    await expect(page.getByTestId("green-classification").getAttribute("data-verdict")).resolves.toBe("green");
    await page.getByTestId("green-flag-blue").waitFor();

    // Expected benefits: the renewable-generation calculator, proposed for the category, with its formula.
    await page.getByTestId("green-benefit-add").click();
    const method = page.getByTestId("green-benefit-line").first().getByTestId("green-benefit-method");
    await expect.poll(() => method.innerText()).toMatch(/可再生能源发电/);
    await page.getByTestId("green-benefit-input-generation_mwh").fill("900000");
    const co2 = page
      .getByTestId("green-benefit-preview")
      .locator("[data-testid=green-benefit-value][data-key=co2_reduction_t]");
    await co2.first().waitFor({ timeout: 20_000 });
    await expect(co2.first().innerText()).resolves.toMatch(/\d/);
    await expect(page.getByTestId("green-benefit-preview").innerText()).resolves.toMatch(/generation_mwh/);
    await shot("form-zh");
    await page.getByTestId("green-benefit-preview").scrollIntoViewIfNeeded();
    await shot("form-benefits-zh");

    await page.getByTestId("green-form-submit").click();
    await page.waitForURL(/\/green\/projects\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    projectId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByTestId("page-green-project").waitFor();
    await expect.poll(stage).toBe("submitted");
    await expect(page.getByTestId("green-project-ref").innerText()).resolves.toMatch(/\w/);
    await expect(page.getByTestId("green-candidate").first().getAttribute("data-code")).resolves.toBe("4.2.1");
    await shot("project-submitted-zh");

    // A document: uploaded as multipart, listed, and downloaded again.
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    await page
      .locator("[data-testid=green-documents] input[type=file]")
      .setInputFiles({ name: "可行性研究报告.pdf", mimeType: "application/pdf", buffer: pdf });
    const docs = page.getByTestId("green-documents");
    await expect.poll(() => docs.innerText()).toContain("可行性研究报告.pdf");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      docs.getByTestId("green-document-download").first().click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it("the verifier's reviewer finds it awaiting review and certifies the proposed category", async () => {
    await loginAs("reviewer@verifier.demo");
    await page.goto(`${baseUrl()}/green/projects`);
    await page.getByTestId("green-quick-filter").getByText("待审核").click();
    await page.getByTestId("green-filter-q").fill(RUN);
    const rows = page.getByTestId("green-projects-table").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().innerText()).resolves.toContain(NAME);
    await shot("library-reviewer-zh");

    await rows.first().getByTestId("green-project-link").click();
    await page.getByTestId("green-review").waitFor();
    await expect(page.getByTestId("green-review-category").innerText()).resolves.toMatch(/风力发电/);
    await page
      .getByTestId("green-review-evidence")
      .fill("海上风电场建设和运营，符合目录 4.2.1；装机 300MW 与年发电量见可行性研究报告及核准文件。");
    await page.getByTestId("green-review-conditions").fill("投产后每年报告实际上网电量");
    await shotAt("green-review", "review-zh");
    await page.getByTestId("green-review-submit").click();
    await expect.poll(stage).toBe("certified");
    await expect(page.getByTestId("green-certified-category").getAttribute("data-code")).resolves.toBe("4.2.1");
    await expect(page.getByTestId("green-certification").innerText()).resolves.toMatch(/与智能识别一致/);
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("project-certified-zh");
  });

  it("the bank finds it in the library by name and links a loan", async () => {
    await loginAs("analyst@bank.demo");
    await page.goto(`${baseUrl()}/green/projects`);
    await page.getByTestId("green-filter-q").fill(NAME);
    const rows = page.getByTestId("green-projects-table").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().getByTestId("green-row-category").innerText()).resolves.toMatch(/已认定.*4\.2\.1/);
    await shot("library-bank-zh");

    await rows.first().getByTestId("green-project-link").click();
    await page.getByTestId("green-link-financing").click();
    await page.getByTestId("green-link-reference").fill(LOAN_REF);
    await page.getByTestId("green-link-amount").fill("1500000000");
    await page.getByTestId("green-link-rate").fill("3.15");
    await page.getByTestId("green-link-use").fill("用于海上风电场风电机组采购、安装及海上升压站建设");
    await shot("link-zh");
    await page.locator("#green-link-save").click();
    const financings = page.getByTestId("green-project-financings");
    await expect.poll(() => financings.innerText()).toContain(LOAN_REF);
    await expect.poll(stage).toBe("financed");
    await shotAt("green-financings-card", "project-financed-zh");

    // The loan is in the bank's labelled book, with the project's certified category.
    await page.goto(`${baseUrl()}/green/financings`);
    await page.getByTestId("green-financings-q").fill(LOAN_REF);
    const book = page.getByTestId("green-financings-table").locator("tr.ant-table-row");
    await expect.poll(() => book.count()).toBe(1);
    await expect(book.first().innerText()).resolves.toContain("4.2.1");
    await shot("financings-zh");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("green-financings-export").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    await page.getByTestId("green-tab-stats").click();
    await inputOf("green-stats-year").fill("2026");
    await page.getByTestId("green-stats-by-use").waitFor();
    await page.locator("[data-testid=green-stats-chart] canvas").first().waitFor();
    await expect(page.getByTestId("green-stats-by-use").innerText()).resolves.toMatch(/\d/);
    await shot("statistics-zh");
    await shotAt("green-stats-chart", "statistics-chart-zh");
    await switchLang("en");
    await expect.poll(() => page.getByTestId("green-tab-stats").innerText()).toMatch(/Statistics/);
    await shot("statistics-en");
    await shotAt("green-stats-chart", "statistics-chart-en");
    await switchLang("zh-CN");
  });

  it("the enterprise reports the first year's benefits and sees actual against expected", async () => {
    await loginAs("analyst@enterprise.demo");
    await page.goto(`${baseUrl()}/green/projects/${projectId}`);
    await page.getByTestId("green-report-benefits").click();
    await page.getByTestId("green-report-form").waitFor();
    await expect(inputOf("green-report-year").inputValue()).resolves.toBe("2025");
    await page.getByTestId("green-report-form").getByTestId("green-benefit-input-generation_mwh").fill("846000");
    await page.locator(".ant-modal [data-testid=green-benefit-preview]").waitFor({ timeout: 20_000 });
    await shot("report-zh");
    await page.locator("#green-report-save").click();
    await page.getByTestId("green-benefit-vs").waitFor();
    await page.locator("[data-testid=green-benefit-chart] canvas").first().waitFor();
    await expect.poll(stage).toBe("monitored");
    const vs = await page.getByTestId("green-benefit-vs").innerText();
    expect(vs).toContain("2025");
    expect(vs).toMatch(/94(\.0)?%/); // 846,000 of 900,000 MWh expected
    await shotAt("green-benefits", "benefits-zh");
    await shotAt("green-events", "events-zh");

    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.getByTestId("home-green").innerText()).toMatch(/本企业项目\s*\n?\s*[1-9]/);
    await shotAt("home-green", "home-enterprise-zh");
    await page.goto(`${baseUrl()}/green/projects/${projectId}`);
    await page.getByTestId("green-benefits").waitFor();

    await switchLang("en");
    await expect.poll(() => page.getByTestId("green-benefits").innerText()).toMatch(/Environmental benefits/);
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("project-en");
    await shotAt("green-benefits", "benefits-en");
    await shotAt("green-certification", "certification-en");
    await page.goto(`${baseUrl()}/green/projects`);
    await page.getByTestId("green-projects-table").locator("tr.ant-table-row").first().waitFor();
    await shot("library-en");
    await page.goto(`${baseUrl()}/green/projects/new`);
    await page.getByTestId("green-form-description").fill(DESCRIPTION);
    await page.getByTestId("green-form-industry").fill("D4415");
    await page.getByTestId("green-candidate").first().waitFor({ timeout: 20_000 });
    await shot("form-en");
    await switchLang("zh-CN");
  });

  it("the district reads every institution's book and the zone's statistics by institution", async () => {
    await loginAs("admin@district.demo");
    await page.goto(`${baseUrl()}/green/financings`);
    await page.getByTestId("green-financings-q").fill(LOAN_REF);
    const book = page.getByTestId("green-financings-table").locator("tr.ant-table-row");
    await expect.poll(() => book.count()).toBe(1);
    await expect(book.first().innerText()).resolves.toMatch(/琴湾银行|银行/);
    await page.getByTestId("green-tab-stats").click();
    await inputOf("green-stats-year").fill("2026");
    await page.getByTestId("green-stats-by-use").waitFor();
    await page.getByRole("tab", { name: "按机构" }).click();
    await expect
      .poll(() => page.getByTestId("green-stats-by-institution").locator("tr.ant-table-row").count())
      .toBeGreaterThan(0);
    await shot("statistics-district-zh");
    expect(errors).toEqual([]);
  });
});
