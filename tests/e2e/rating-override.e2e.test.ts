/**
 * A grade override walked through four-eyes review in a browser. The rating agency's analyst starts its own
 * enterprise rating run for 2024 from the rating home page and watches the job finish, opens the demo enterprise's
 * result, reads its explanation and proposes a one-notch override with a rationale. The same analyst sees it only
 * as "awaiting a second reviewer" (no approve button, and the server answers 403), and the run cannot be published
 * meanwhile. The agency's reviewer approves it in the review queue; the run's results then show the final grade; the
 * reviewer publishes the run; and the enterprise's own rating page shows the published, overridden grade.
 * Everything this test needs it creates itself (its own run), so it does not depend on the other browser tests.
 * Screenshots go to test-results/screenshots/rating-override-*.png.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, login, screenshot, settle } from "./browser";

const YEAR = 2024;
const RATIONALE = `E2E ${Date.now()}：企业已完成 ISO 14001 认证并公开第三方鉴证报告，模型尚未反映这一改进，建议上调一个子级。`;

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

async function signIn(email: string): Promise<User> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  contexts.push(context);
  const page = await context.newPage();
  // Chinese, whatever language an earlier test left the shared demo account in.
  await page.addInitScript(`localStorage.setItem("greenfin.lang", "zh-CN")`);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await login(page, email);
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  await screenshot(page, `rating-override-${name}`);
}

function toast(page: Page, text: string | RegExp): Locator {
  return page.locator(".ant-message").getByText(text);
}

async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  const dropdown = page.locator(".ant-select-dropdown:visible:not([class*='slide-up'])");
  await dropdown.locator(".ant-select-item-option", { hasText: text }).first().click();
  await dropdown.waitFor({ state: "hidden" });
}

/** A JSON GET made by the signed-in page itself. */
async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  }, path) as Promise<T>;
}

/** A JSON POST made by the signed-in page with its CSRF token; resolves with the status and body, never throws. */
async function postRaw(page: Page, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ p, b }) => {
      const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken: string };
      const res = await fetch(p, {
        method: "POST",
        headers: { "Content-Type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { p: path, b: body },
  );
}

/** Opens a page of the rating module from the side menu (expanding its submenu when it is closed). */
async function openRating(page: Page, child: string): Promise<void> {
  const item = page.getByTestId(`nav-${child}`);
  if (!(await item.isVisible())) await page.getByTestId("nav-rating").click();
  await item.click();
}

/** The review-queue row of this test's override (found by its rationale, unique to this run of the test). */
function overrideRow(page: Page): Locator {
  return page.locator("tr.ant-table-row", { hasText: RATIONALE.slice(0, 16) });
}

describe("ESG rating: an override under four-eyes review", () => {
  it("analyst proposes, cannot approve; reviewer approves and publishes; the enterprise sees the final grade", async () => {
    // The rated enterprise: its name from its own session.
    const ent = await signIn("admin@enterprise.demo");
    const me = await getJson<{ activeOrg: { id: string; nameZh: string } }>(ent.page, "/api/auth/me");
    const enterpriseName = me.activeOrg.nameZh;

    // 1. The analyst starts a run of its own from the rating home page and watches the job finish.
    const analyst = await signIn("analyst@rating.demo");
    await openRating(analyst.page, "rating-runs");
    await analyst.page.getByTestId("new-run-card").waitFor();
    await analyst.page.getByTestId("new-run-year").click();
    await pickOption(analyst.page, `${YEAR} 年度`);
    await analyst.page.getByTestId("new-run-submit").click();
    await analyst.page.getByTestId("job-progress").waitFor();
    await analyst.page.getByTestId("new-run-open").waitFor({ timeout: 60_000 });
    await shot(analyst.page, "01-run-done");
    await analyst.page.getByTestId("new-run-open").click();
    await analyst.page.getByTestId("page-rating-run").waitFor();
    const runUrl = analyst.page.url();
    const runId = runUrl.split("/").pop() ?? "";
    await expect(analyst.page.getByTestId("run-status").getAttribute("data-status")).resolves.toBe("completed");
    await expect(analyst.page.getByTestId("run-summary").innerText()).resolves.toMatch(/可复现/);

    // 2. The demo enterprise's result, explained.
    await analyst.page.getByTestId("results-search").fill(enterpriseName);
    await analyst.page.locator("[data-testid=result-link]", { hasText: enterpriseName }).first().click();
    await analyst.page.getByTestId("page-rating-result").waitFor();
    await analyst.page.getByTestId("result-indicators").locator("tr.ant-table-row").first().waitFor();
    const computed = (await analyst.page.getByTestId("result-grade").getAttribute("data-grade")) ?? "";
    expect(computed).toMatch(/^(AAA|AA|A|BBB|BB|B|CCC|CC|C)$/);
    await expect(analyst.page.getByTestId("result-levers").innerText()).resolves.toMatch(/总分 \+/);
    await expect(analyst.page.getByTestId("result-key-issues").innerText()).resolves.toMatch(/议题得分/);

    // 3. A one-notch override (up unless the grade is already the best), with a rationale.
    await analyst.page.getByTestId("result-override").click();
    const modal = analyst.page.getByRole("dialog", { name: "调整评级" });
    await modal.waitFor();
    await modal.getByTestId("override-rationale").fill("太短的理由");
    await modal.getByTestId("override-grade").click();
    const oneNotch = computed === "AAA" ? "−1 个子级" : "+1 个子级";
    // At most the methodology's notches either way: nothing three notches off is offered.
    await expect(
      analyst.page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "3 个子级" }).count(),
    ).resolves.toBe(0);
    await pickOption(analyst.page, oneNotch);
    await modal.getByTestId("override-submit").click();
    await modal.getByText("调整理由至少 20 个字").waitFor();
    await modal.getByTestId("override-rationale").fill(RATIONALE);
    const toGrade = (await modal.locator(".ant-select [data-grade]").getAttribute("data-grade")) ?? "";
    expect(toGrade).not.toBe(computed);
    await shot(analyst.page, "02-propose");
    await modal.getByTestId("override-submit").click();
    await toast(analyst.page, "调整已提交，等待第二位审核人审批").waitFor();
    await analyst.page.locator("[data-testid=result-override-item][data-status=pending]").waitFor();

    // 4. The proposer cannot decide it: no buttons in the queue, and the server refuses.
    await openRating(analyst.page, "rating-overrides");
    await analyst.page.getByTestId("page-rating-overrides").waitFor();
    const own = overrideRow(analyst.page);
    await own.getByTestId("override-awaiting").waitFor();
    await expect(own.getByTestId("override-approve").count()).resolves.toBe(0);
    const overrides = await getJson<{ id: string; rationale: string }[]>(
      analyst.page,
      "/api/rating/overrides?status=pending",
    );
    const mine = overrides.find((o) => o.rationale === RATIONALE);
    expect(mine).toBeDefined();
    const refused = await postRaw(analyst.page, `/api/rating/overrides/${mine?.id}/decide`, { decision: "approve" });
    expect(refused.status).toBe(403);
    await shot(analyst.page, "03-awaiting-second-reviewer");

    // The run cannot be published while the override is pending.
    const reviewer = await signIn("reviewer@rating.demo");
    await reviewer.page.goto(runUrl);
    await reviewer.page.getByTestId("run-pending-banner").waitFor();
    await reviewer.page.getByTestId("run-publish-disabled").waitFor();
    await expect(reviewer.page.getByTestId("run-publish").isDisabled()).resolves.toBe(true);
    const early = await postRaw(reviewer.page, `/api/rating/runs/${runId}/publish`, {});
    expect(early.status).toBe(409);

    // 5. The reviewer approves it in the review queue.
    await openRating(reviewer.page, "rating-overrides");
    const row = overrideRow(reviewer.page);
    await row.getByTestId("override-approve").click();
    const decide = reviewer.page.getByRole("dialog", { name: "批准评级调整" });
    await decide.waitFor();
    await decide.getByTestId("override-decide-note").fill("已核实认证证书与鉴证报告，同意上调。");
    await shot(reviewer.page, "04-approve");
    await decide.getByTestId("override-decide-ok").click();
    await toast(reviewer.page, "已批准该调整").waitFor();

    // 6. The run shows the final grade; the reviewer publishes it.
    await reviewer.page.goto(runUrl);
    await reviewer.page.getByTestId("results-search").fill(enterpriseName);
    const resultRow = reviewer.page.locator("tr.ant-table-row", { hasText: enterpriseName }).first();
    await expect
      .poll(() => resultRow.getByTestId("result-final-grade").getAttribute("data-grade"), { timeout: 10_000 })
      .toBe(toGrade);
    await reviewer.page.getByTestId("run-publish").click();
    await reviewer.page.getByTestId("run-publish-confirm").click();
    await toast(reviewer.page, "评级批次已发布").waitFor();
    await reviewer.page.locator("[data-testid=run-status][data-status=published]").waitFor();
    await shot(reviewer.page, "05-published");

    // 7. The enterprise sees its published grade, the override and its history.
    await openRating(ent.page, "rating-mine");
    await ent.page.getByTestId("page-rating-entity").waitFor();
    const grade = ent.page.getByTestId("result-grade");
    await expect.poll(() => grade.getAttribute("data-grade"), { timeout: 10_000 }).toBe(toGrade);
    await expect(ent.page.getByTestId("result-overridden").innerText()).resolves.toContain(`${computed} → ${toGrade}`);
    await ent.page.locator("[data-testid=result-override-item][data-status=approved]").waitFor();
    await expect(ent.page.getByTestId("result-overrides").innerText()).resolves.toContain(RATIONALE);
    await shot(ent.page, "06-enterprise-sees-final-grade");

    for (const u of [ent, analyst, reviewer]) expect(u.errors).toEqual([]);
  }, 240_000);
});
