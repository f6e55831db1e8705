import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, baseUrl, openSession, settle, switchLanguage } from "./browser";

const SHOTS = "/tmp/market-shots";
const RUN = Date.now().toString(36).slice(-6).toUpperCase();
const PRODUCT_KEY = `e2e-cqp-${RUN.toLowerCase()}`;
const PRODUCT_ZH = `E2E 碳配额质押技改贷 ${RUN}`;
const PRODUCT_EN = `E2E carbon-allowance pledge retrofit loan ${RUN}`;
const ENTERPRISE_ZH = "青岛青正化学助剂有限公司"; // ent-0001, admin@enterprise.demo
const BANK_ZH = "琴湾银行"; // the city commercial bank, analyst@bank.demo
const LOAN_REF = `E2E-CQP-${RUN}`;
/** CEA allowances the enterprise records for the test; 120,000 are pledged, so 33,500 stay free. */
const HELD = "153500";
const PLEDGED = "120000";
/** Below the maximum loan on 120,000 t (about 4.71 m at the reference price, 10 % haircut, 70 % LTV cap). */
const SECURED = "4500000";

let session: BrowserSession;
let page: Page;
let errors: string[] = [];
let productId = "";
let needId = "";
let claimId = "";
let quoteRate = "";
let holdingId = "";
let pledgeId = "";

const shot = (name: string) => session.shot(name);
const shotAt = (testId: string, name: string) => session.shotAt(testId, name);
const loginAs = (email: string) => session.loginAs(email);

/** Picks the option of an antd Select (opened by clicking `target`) whose text contains or matches `text`. */
async function choose(target: string | ReturnType<Page["locator"]>, text: string | RegExp): Promise<void> {
  await (typeof target === "string" ? page.getByTestId(target) : target).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

/** Closes the open dropdown of a multiple Select by clicking a neutral spot (Escape would close a modal too). */
async function closeDropdown(neutral: ReturnType<Page["locator"]>): Promise<void> {
  await neutral.click();
  await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
}

async function switchLang(lang: "en" | "zh-CN"): Promise<void> {
  // A toast of the previous language would otherwise sit on the next screenshots.
  await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: 10_000 }).toBe(0);
  await switchLanguage(page, lang);
}

/** The <input> of an antd control carrying `testId` (on the input itself or on its wrapper). */
const inputOf = (testId: string) => page.locator(`input[data-testid=${testId}], [data-testid=${testId}] input`).first();

/** The form item whose control has the DOM id antd derives from the field's name path. */
const fieldWithId = (id: string) => page.locator(".ant-form-item").filter({ has: page.locator(`#${id}`) });

/** Scrolls so that the element's top sits just below the sticky header. */
async function scrollToTop(el: ReturnType<Page["locator"]>): Promise<void> {
  await el.evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.evaluate("window.scrollBy(0, -80)");
}

const needStatus = () => page.getByTestId("page-market-need").getAttribute("data-need-status");

/** A call to the API as the signed-in user, the way the web app makes it (session cookie and CSRF header). */
async function api<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
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

const isPost = (url: RegExp) => (r: { url(): string; request(): { method(): string } }) =>
  url.test(new URL(r.url()).pathname) && r.request().method() === "POST";

beforeAll(async () => {
  session = await openSession(SHOTS, "market");
  ({ page, errors } = session);
});

afterAll(() => session?.close());

describe("the green-finance marketplace in the browser", () => {
  it("the bank publishes a carbon-quota pledge loan priced by the reference table", async () => {
    await loginAs("analyst@bank.demo");
    await page.goto(`${baseUrl()}/market/products`);
    await page.getByTestId("page-market-products").waitFor();
    await page.getByTestId("product-table").locator("tr.ant-table-row").first().waitFor();
    await page.getByTestId("product-publish").click();
    const form = page.getByTestId("product-form");
    await form.waitFor();
    await choose("product-form-subtype", /^碳配额质押$/);
    await page.getByTestId("product-form-key").fill(PRODUCT_KEY);
    await page.getByTestId("product-form-name-zh").fill(PRODUCT_ZH);
    await page.getByTestId("product-form-name-en").fill(PRODUCT_EN);
    await page.locator("#eligibility_amount_min").fill("1000000");
    await page.locator("#eligibility_amount_max").fill("20000000");
    await page.locator("#eligibility_tenorMonths_min").fill("12");
    await page.locator("#eligibility_tenorMonths_max").fill("60");
    await choose(fieldWithId("eligibility_collateral").locator(".ant-select"), "碳排放配额");
    await closeDropdown(form.locator(".ant-divider").first());
    // Under load a click can land on the dropdown while it still opens and be lost: pick again until it shows.
    const preview = page.getByTestId("product-form-template-preview");
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", {
      hasText: "碳配额质押+技改贷款",
    });
    await expect
      .poll(
        async () => {
          if (await preview.isVisible()) return true;
          if (!(await option.count())) await page.getByTestId("product-form-template").click();
          await option.first().click();
          return preview.isVisible();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await expect(page.getByTestId("product-form-template-preview").innerText()).resolves.toMatch(/LPR/);
    await shot("product-form-zh");

    const [published] = await Promise.all([
      page.waitForResponse(isPost(/^\/api\/market\/products$/)),
      page.getByTestId("product-form-submit").click(),
    ]);
    expect(published.status()).toBe(201);
    productId = ((await published.json()) as { id: string }).id;
    await form.waitFor({ state: "detached" });

    await page.getByTestId("products-tab-mine").click();
    await page.getByTestId("products-search").fill(RUN);
    const rows = page.getByTestId("product-table").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().innerText()).resolves.toContain(PRODUCT_ZH);
    await shot("products-mine-zh");
  }, 120_000);

  it("the enterprise posts a need and sees the bank's product eligible with its price and how it was made", async () => {
    await loginAs("admin@enterprise.demo");
    await page.goto(`${baseUrl()}/market/find`);
    await page.getByTestId("page-market-find").waitFor();
    await page.getByTestId("post-need").click();
    await page.getByTestId("need-form").waitFor();
    await inputOf("need-amount").fill("6000000");
    await inputOf("need-tenor").fill("24");
    await choose("need-purpose", "技术改造");
    await choose("need-collateral", "碳排放配额（CEA）");
    await closeDropdown(page.getByTestId("need-form").locator(".ant-alert").first());
    await page.getByTestId("need-description").fill(`E2E ${RUN}：锅炉余热回收技术改造，以 2025 年度碳排放配额质押。`);
    await page.getByTestId("need-consent-esg").click();
    await page.getByTestId("need-consent-carbon").click();
    await expect(page.getByTestId("need-consent-esg").getAttribute("aria-checked")).resolves.toBe("true");
    await expect(page.getByTestId("need-consent-carbon").getAttribute("aria-checked")).resolves.toBe("true");
    await shot("need-form-zh");

    await page.getByTestId("need-submit").click();
    await page.waitForURL(/\/market\/needs\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    needId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByTestId("page-market-need").waitFor();
    await expect.poll(needStatus).toBe("open");
    await expect(page.getByTestId("need-amount-value").innerText()).resolves.toMatch(/600(\.00)? 万元/);

    // The bank's product is among the ranked matches, eligible, with the table's quote.
    const match = page.getByTestId(`match-${productId}`);
    await match.waitFor({ timeout: 20_000 });
    await expect(match.getAttribute("data-match-status")).resolves.toBe("eligible");
    await expect(match.innerText()).resolves.toContain(PRODUCT_ZH);
    await expect(match.innerText()).resolves.toContain(BANK_ZH);
    const final = await match.getByTestId("price-final").innerText();
    expect(final).toMatch(/^\d+\.\d+%$/);
    quoteRate = final.replace("%", "");

    // "How this price was made": the base, each adjustment with its table row, and the trace ending in the rate.
    await match.getByTestId("price-how").click();
    const trace = match.getByTestId("price-trace");
    await trace.waitFor();
    await expect.poll(() => trace.locator("tr.ant-table-row").count()).toBeGreaterThan(1);
    await expect(trace.locator("tr.ant-table-row").last().innerText()).resolves.toContain(`${quoteRate} %`);
    await expect(match.getByTestId("price-adjustments").innerText()).resolves.toMatch(/bp/);
    await expect(match.innerText()).resolves.toContain("market-pricing@");
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("need-posted-zh");
    await scrollToTop(match);
    await shot("need-price-zh");

    await switchLang("en");
    await expect.poll(() => match.getByTestId("price-how").innerText()).toMatch(/How this price was made/);
    await expect(match.getByTestId("price-final").innerText()).resolves.toBe(final);
    await scrollToTop(match);
    await shot("need-price-en");
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("need-posted-en");
    await switchLang("zh-CN");
  }, 120_000);

  it("the bank finds the need in its inbox, claims it and approves it at the table's rate", async () => {
    await loginAs("analyst@bank.demo");
    await page.goto(`${baseUrl()}/market/inbox`);
    await page.getByTestId("page-market-inbox").waitFor();
    const row = page.getByTestId("inbox-new-table").locator(`tr[data-row-key="${needId}"]`);
    await row.waitFor({ timeout: 20_000 });
    // The matched products the need was broadcast for are named once the bank's products have loaded.
    await expect.poll(() => row.innerText()).toContain(PRODUCT_ZH);
    const text = await row.innerText();
    expect(text).toContain(ENTERPRISE_ZH);
    expect(text).toMatch(/600(\.00)? 万元/);
    await shot("inbox-new-zh");

    await row.getByTestId("opportunity-link").click();
    await page.waitForURL(new RegExp(`/market/needs/${needId}$`));
    await page.getByTestId("claim-need").click();
    await choose("claim-product", PRODUCT_ZH);
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
    await expect.poll(() => page.getByTestId("claim-product").innerText()).toContain(PRODUCT_ZH);
    await settle(page);
    const [claimed] = await Promise.all([
      page.waitForResponse(isPost(/^\/api\/market\/needs\/[^/]+\/claims$/)),
      page.getByTestId("claim-need-confirm").click(),
    ]);
    expect(claimed.status()).toBe(201);
    claimId = ((await claimed.json()) as { id: string }).id;
    const panel = page.getByTestId("institution-panel");
    const stepForm = panel.getByTestId("claim-step-form");
    await expect.poll(() => stepForm.getAttribute("data-step")).toBe("respond");
    await expect.poll(needStatus).toBe("claimed");
    await expect(
      panel.getByTestId(`claim-${claimId}`).getByTestId("timer-respond").getAttribute("data-timer-status"),
    ).resolves.toBe("pending");

    await page.getByTestId("step-note-respond").fill("已联系企业财务负责人，约定下周实地走访。");
    await page.getByTestId("step-respond").click();
    await expect.poll(() => stepForm.getAttribute("data-step")).toBe("visit");

    // The inbox's claims, each against its service-level deadline.
    await page.goto(`${baseUrl()}/market/inbox?tab=claims`);
    const claimRow = page.getByTestId("inbox-claims-table").locator("tr.ant-table-row").first();
    await expect.poll(() => claimRow.innerText()).toContain(ENTERPRISE_ZH);
    await expect(claimRow.locator("[data-claim-stage]").getAttribute("data-claim-stage")).resolves.toBe("visit");
    await expect(claimRow.getByTestId("timer-visit").getAttribute("data-timer-status")).resolves.toBe("pending");
    await shot("inbox-timers-zh");
    await switchLang("en");
    await expect.poll(() => page.getByTestId("inbox-tab-claims").innerText()).toMatch(/[A-Za-z]/);
    await shot("inbox-timers-en");
    await switchLang("zh-CN");

    await claimRow.getByTestId("claim-need-link").click();
    await page.waitForURL(new RegExp(`/market/needs/${needId}$`));
    await expect.poll(() => stepForm.getAttribute("data-step")).toBe("visit");
    await page.getByTestId("step-note-visit").fill("实地走访：余热锅炉改造方案可行，配额账户已核实。");
    await page.getByTestId("step-visit").click();
    await expect.poll(() => stepForm.getAttribute("data-step")).toBe("decide");
    // The form is reset once the recorded visit is saved and the need reloaded: type only after that.
    await page.locator("[data-testid=step-decide]:not(.ant-btn-loading)").waitFor();

    // Approved for 5 m with no rate: the product's table sets it, and the quote shown is what it will be.
    await expect(stepForm.getByTestId("price-final").innerText()).resolves.toBe(`${quoteRate}%`);
    await inputOf("decide-amount").fill("5000000");
    await expect(inputOf("decide-amount").inputValue()).resolves.toBe("5000000");
    await expect(inputOf("decide-rate").inputValue()).resolves.toBe("");
    await expect(stepForm.innerText()).resolves.toContain(`${quoteRate}%`);
    await shotAt("claim-step-form", "claim-decide-zh");
    await page.getByTestId("step-decide").click();
    const rate = panel.getByTestId(`claim-${claimId}`).getByTestId("claim-rate");
    await rate.waitFor();
    await expect(stepForm.count()).resolves.toBe(0);
    expect(Number(await rate.getAttribute("data-rate"))).toBe(Number(quoteRate));
    await expect(rate.getByTestId("price-final").innerText()).resolves.toBe(`${quoteRate}%`);
    await expect(panel.getByTestId("claim-approved-amount").innerText()).resolves.toMatch(/500(\.00)? 万元/);
    await expect(panel.getByTestId("timer-decide").getAttribute("data-timer-status")).resolves.not.toBe("pending");
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("need-bank-decided-zh");
  }, 150_000);

  it("the enterprise chooses the offer and opens its carbon assets to the bank", async () => {
    await loginAs("admin@enterprise.demo");
    await page.goto(`${baseUrl()}/market/needs/${needId}`);
    const chooseOffer = page.getByTestId(`choose-offer-${claimId}`);
    await chooseOffer.waitFor({ timeout: 20_000 });
    await expect(
      page.getByTestId(`claim-${claimId}`).getByTestId("claim-rate").getAttribute("data-rate"),
    ).resolves.toSatisfy((r: string | null) => Number(r) === Number(quoteRate));
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("need-offer-zh");
    await chooseOffer.click();
    const grant = inputOf("choose-grant-financing");
    await grant.waitFor({ state: "attached" });
    if (!(await grant.isChecked())) await page.getByTestId("choose-grant-financing").click();
    await expect(grant.isChecked()).resolves.toBe(true);
    await shot("choose-offer-zh");
    await page.locator("#choose-offer-confirm").click();
    await expect.poll(needStatus).toBe("offer_chosen");
    await expect(page.getByTestId("need-status").first().getAttribute("data-status")).resolves.toBe("offer_chosen");
    await expect(page.getByTestId(`choose-offer-${claimId}`).count()).resolves.toBe(0);

    // The demo gives this enterprise CCER and emission-right holdings but no CEA allowances: it records some from
    // its registry statement in the pledge registry.
    await page.goto(`${baseUrl()}/market/pledges`);
    await page.getByTestId("page-market-pledges").waitFor();
    await page.getByTestId("record-holding").click();
    await page.getByTestId("holding-form").waitFor();
    await inputOf("holding-form-quantity").fill(HELD);
    await inputOf("holding-form-compliance-year").fill("2025");
    await inputOf("holding-form-registry").fill(`全国碳排放权注册登记系统 E2E-${RUN}`);
    await choose("holding-form-source", "登记簿对账单");
    await page.getByTestId("holding-form").click({ position: { x: 5, y: 5 } }); // closes the tags dropdown
    await page.getByTestId("holding-form-note").fill(`E2E ${RUN}`);
    await shot("holding-form-zh");
    const [recorded] = await Promise.all([
      page.waitForResponse(isPost(/^\/api\/carbon-assets\/holdings$/)),
      page.getByTestId("holding-form-submit").click(),
    ]);
    expect(recorded.status(), await recorded.text()).toBe(201);
    const holding = (await recorded.json()) as { id: string; kind: string; free: string };
    expect(holding.kind).toBe("cea_allowance");
    expect(Number(holding.free)).toBe(Number(HELD));
    holdingId = holding.id;
  }, 120_000);

  it("the bank registers a pledge on the allowances, is refused a second beyond what is free, and records the loan", async () => {
    await loginAs("analyst@bank.demo");
    await page.goto(`${baseUrl()}/market/pledges`);
    await page.getByTestId("page-market-pledges").waitFor();
    await page.getByTestId("pledge-register").click();
    await page.getByTestId("pledge-form").waitFor();
    const holdingOption = new RegExp(`${ENTERPRISE_ZH}.*碳排放配额.*153,?500`);
    await choose("pledge-form-holding", holdingOption);
    await expect
      .poll(() => page.getByTestId("pledge-form-product").innerText())
      .toMatch(/碳配额质押|carbon-quota-pledge-retrofit/);
    await page.getByTestId("pledge-form-quantity").fill(PLEDGED);
    await page.getByTestId("pledge-form-loan").fill(LOAN_REF);
    await page.getByTestId("pledge-form-amount").fill(SECURED);
    await shot("pledge-form-zh");
    const [registered] = await Promise.all([
      page.waitForResponse(isPost(/^\/api\/carbon-assets\/pledges$/)),
      page.getByTestId("pledge-form-submit").click(),
    ]);
    expect(registered.status(), await registered.text()).toBe(201);
    pledgeId = ((await registered.json()) as { id: string }).id;
    await page.getByTestId("pledge-form").waitFor({ state: "detached" });
    const pledgeRow = page.getByTestId("pledges-table").locator(`tr[data-row-key="${pledgeId}"]`);
    await pledgeRow.waitFor();
    await expect(pledgeRow.innerText()).resolves.toContain(LOAN_REF);
    await shot("pledges-zh");

    // A second pledge of more than is left free on the holding: the registry refuses a double pledge.
    await page.getByTestId("pledge-register").click();
    await page.getByTestId("pledge-form").waitFor();
    await choose("pledge-form-holding", new RegExp(`${ENTERPRISE_ZH}.*碳排放配额.*33,?500`));
    await page.getByTestId("pledge-form-quantity").fill("40000");
    await page.getByTestId("pledge-form-loan").fill(`${LOAN_REF}-2`);
    await page.getByTestId("pledge-form-amount").fill("1000000");
    const [refused] = await Promise.all([
      page.waitForResponse(isPost(/^\/api\/carbon-assets\/pledges$/)),
      page.getByTestId("pledge-form-submit").click(),
    ]);
    expect(refused.status()).toBe(409);
    const refusal = page.getByTestId("pledge-form-refusal");
    await refusal.waitFor();
    const refusalText = await refusal.innerText();
    expect(refusalText).toContain("不能重复质押");
    expect(refusalText).toMatch(/33,?500/);
    await shot("pledge-refused-zh");
    await page
      .getByRole("dialog")
      .filter({ has: page.getByTestId("pledge-form") })
      .getByRole("button", { name: /取\s*消/ })
      .click();
    await page.getByTestId("pledge-form").waitFor({ state: "detached" });

    // The drawn loan, secured by that pledge: the need is funded.
    await page.goto(`${baseUrl()}/market/needs/${needId}`);
    const fund = page.getByTestId("fund-claim");
    await fund.waitFor({ timeout: 20_000 });
    await expect(inputOf("fund-amount").inputValue()).resolves.toBe("5000000");
    await page.getByTestId("fund-loan-reference").fill(LOAN_REF);
    await choose("fund-pledge", LOAN_REF);
    await shotAt("fund-claim", "fund-zh");
    await page.getByTestId("fund-submit").click();
    await expect.poll(needStatus).toBe("funded");
    const funded = page.getByTestId(`claim-${claimId}`).getByTestId("claim-funded");
    await funded.waitFor();
    await expect(funded.innerText()).resolves.toContain(LOAN_REF);
    await expect(funded.innerText()).resolves.toContain(pledgeId.slice(0, 8));
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("need-funded-zh");
  }, 150_000);

  it("the bank releases the pledge and the allowances are free again", async () => {
    await page.goto(`${baseUrl()}/market/pledges`);
    const pledgeRow = page.getByTestId("pledges-table").locator(`tr[data-row-key="${pledgeId}"]`);
    await pledgeRow.waitFor();
    await page.getByTestId(`release-pledge-${pledgeId}`).click();
    await page.getByTestId("release-pledge-note").fill(`贷款 ${LOAN_REF} 已结清，解除质押（E2E）。`);
    await page.getByTestId("release-pledge-confirm").click();
    await expect.poll(() => pledgeRow.count()).toBe(0); // gone from the active pledges

    await page.getByTestId("pledges-status").getByText("已解除").click();
    await pledgeRow.waitFor();
    await expect(pledgeRow.innerText()).resolves.toContain("已解除");
    await expect(page.getByTestId(`release-pledge-${pledgeId}`).count()).resolves.toBe(0);
    await shot("pledge-released-zh");

    await page.getByTestId("pledges-tab-holdings").click();
    const holdingRow = page.getByTestId("holdings-table").locator(`tr[data-row-key="${holdingId}"]`);
    await holdingRow.waitFor();
    await expect.poll(async () => (await holdingRow.innerText()).replace(/\s+/g, " ")).toMatch(/153,?500 0 153,?500/);
    await holdingRow.scrollIntoViewIfNeeded();
    await shot("holdings-zh");
    const holdings = await api<{ id: string; free: string; pledged: string }[]>("GET", "/api/carbon-assets/holdings");
    const h = holdings.find((x) => x.id === holdingId);
    expect(Number(h?.free)).toBe(Number(HELD));
    expect(Number(h?.pledged)).toBe(0);
  }, 120_000);

  it("the district reads the overview and every institution's service levels, and exports them", async () => {
    await loginAs("admin@district.demo");
    await page.goto(`${baseUrl()}/market/overview`);
    await page.getByTestId("page-market-overview").waitFor();
    for (const kpi of ["kpi-posted", "kpi-funded", "kpi-funded-amount", "kpi-mean-rate"])
      await expect.poll(() => page.getByTestId(kpi).innerText()).toMatch(/\d/);
    await page.locator("[data-testid^=overview-chart-] canvas").first().waitFor();
    expect(await page.locator("[data-testid^=overview-chart-]").count()).toBeGreaterThan(1);
    const compliance = page.getByTestId("overview-compliance");
    await expect.poll(() => compliance.locator("tr.ant-table-row").count()).toBeGreaterThan(0);
    await expect(compliance.innerText()).resolves.toContain(BANK_ZH);
    await shot("overview-zh");
    await shotAt("overview-compliance", "overview-compliance-zh");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-service-level-compliance").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^service-level-compliance-.*\.xlsx$/);

    await switchLang("en");
    await expect.poll(() => page.getByTestId("page-market-overview").innerText()).toMatch(/Market overview/);
    await expect.poll(() => compliance.innerText()).toMatch(/Qinwan Bank/);
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("overview-en");
    await shotAt("overview-compliance", "overview-compliance-en");
    await switchLang("zh-CN");
    expect(errors).toEqual([]);
  }, 120_000);
});
