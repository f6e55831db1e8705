/**
 * Logs in as an organisation of every kind and checks that each lands on its own home page,
 * in Chinese by default and in English after the language switch. Screenshots go to
 * test-results/screenshots for a person to look at.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, login, screenshot, switchLanguage } from "./browser";

const KINDS = [
  { kind: "district", email: "admin@district.demo", heading: /琴湾金融区管理委员会/ },
  { kind: "bank", email: "analyst@bank.demo", heading: /琴湾银行/ },
  { kind: "insurer", email: "viewer@insurer.demo", heading: /保险/ },
  { kind: "wealth_manager", email: "admin@wealth.demo", heading: /理财/ },
  { kind: "fund_manager", email: "reviewer@fund.demo", heading: /投资/ },
  { kind: "enterprise", email: "admin@enterprise.demo", heading: /有限公司/ },
  { kind: "rating_agency", email: "analyst@rating.demo", heading: /评/ },
  { kind: "verifier", email: "admin@verifier.demo", heading: /./ },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("home page per organisation kind", () => {
  for (const k of KINDS) {
    it(`${k.kind}: ${k.email} signs in and sees the ${k.kind} home page`, async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await login(page, k.email);
      const home = page.getByTestId(`home-${k.kind}`);
      await home.waitFor({ state: "visible" });
      await expect(page.locator("header").innerText()).resolves.toMatch(k.heading);
      await page.waitForLoadState("networkidle");
      if (k.kind === "district") {
        // The charts load their library lazily; each draws into a canvas once its data has come.
        await page.locator('[data-testid="chart-kinds"] canvas').waitFor();
        await page.locator('[data-testid="chart-disclosure-status"] canvas').waitFor();
        await expect(page.locator('[data-testid^="chart-"] canvas').count()).resolves.toBe(5);
        // The demo's history: the district has disclosures awaiting its review.
        await expect(page.getByTestId("home-district-disclosure").innerText()).resolves.toMatch(/待审核\s*\n?\s*[1-9]/);
        await page.waitForTimeout(1500); // let the charts' entry animation finish before the picture
      }
      if (k.kind === "enterprise" || k.kind === "bank") {
        // The latest disclosure of the demo history, with its status and framework bars.
        const card = page.getByTestId("home-disclosure-progress");
        await card.locator(".ant-tag").first().waitFor();
        await expect(card.innerText()).resolves.toMatch(/\d{4} 年度披露/);
      }
      await screenshot(page, `home-${k.kind}-zh`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("switches the whole shell to English and back", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await login(page, "admin@district.demo");
    await page.getByTestId("home-district").waitFor();
    await expect(page.getByTestId("nav-disclosure").innerText()).resolves.toMatch(/披露/);
    await switchLanguage(page, "en");
    await page.waitForFunction("document.body.innerText.includes('Disclosure')");
    await expect(page.getByTestId("nav-disclosure").innerText()).resolves.toMatch(/Disclosure/);
    await page.waitForLoadState("networkidle");
    await page.locator('[data-testid^="chart-"] canvas').first().waitFor();
    await page.waitForTimeout(1500);
    await screenshot(page, "home-district-en");
    // And back: the choice is saved to the shared demo account, which other tests read in Chinese.
    await switchLanguage(page, "zh-CN");
    await expect(page.getByTestId("nav-disclosure").innerText()).resolves.toMatch(/披露/);
    await page.waitForLoadState("networkidle");
    await page.close();
  });

  it("refuses a wrong password on the login page with a visible message", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId("login-email").fill("admin@bank.demo");
    await page.getByTestId("login-password").fill("not-the-password");
    await page.getByTestId("login-submit").click();
    await page
      .getByText(/邮箱或密码不正确/)
      .first()
      .waitFor();
    expect(page.url()).toContain("/login");
    await screenshot(page, "login-refused");
    await page.close();
  });
});
