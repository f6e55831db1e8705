/**
 * Administration flows walked end to end by real users, each in a browser context of its own:
 * an enterprise opening its profile to its bank and taking it back, the district verifying the
 * audit chain, exporting the bank directory to Excel and registering an enterprise, and a bank
 * admin adding a colleague who then signs in. Screenshots of every key step go to
 * test-results/screenshots/admin-flows-*.png for a person to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { USCC_ALPHABET, usccCheckCharacter } from "@greenfin/domain";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, DEMO_PASSWORD, launchBrowser, login, screenshot, settle } from "./browser";

const BANK_ZH = "琴湾银行股份有限公司";
const PURPOSE = "流动资金贷款申请";
/** Unique per run, for names and e-mails this file creates. */
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

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
  /** Uncaught errors in the page; every flow ends by checking there were none. */
  errors: string[];
}

/** A fresh browser context (own cookies) signed in as `email`. */
async function signIn(email: string, password = DEMO_PASSWORD): Promise<User> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (password === DEMO_PASSWORD) {
    await login(page, email);
  } else {
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId("login-email").fill(email);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  }
  return { page, errors };
}

/** A screenshot of a settled page. */
async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  await screenshot(page, `admin-flows-${name}`);
}

/** Picks an option in the open antd select dropdown, once its opening animation has settled. */
async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  const dropdown = page.locator(".ant-select-dropdown:visible:not([class*='slide-up'])");
  await dropdown.locator(".ant-select-item-option", { hasText: text }).first().click();
  await dropdown.waitFor({ state: "hidden" });
}

/** The toast antd shows after an action. */
function toast(page: Page, text: string | RegExp): Locator {
  return page.locator(".ant-message").getByText(text);
}

/** The dialog (modal or drawer) titled `title`. */
function dialog(page: Page, title: string): Locator {
  return page.getByRole("dialog", { name: title });
}

/** Clicks the OK button of the popconfirm that is open. */
async function confirmPopup(page: Page): Promise<void> {
  const pop = page.locator(".ant-popconfirm:visible:not([class*='zoom'])");
  await pop.locator(".ant-btn-primary").click();
}

function zhDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The text entries of a zip archive (an .xlsx), read with nothing but node:zlib. */
function unzipTexts(buf: Buffer): Map<string, string> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip archive: no end-of-central-directory record");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString("utf8"));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

describe("administration flows", () => {
  it("an enterprise grants its bank access to its profile, sees the bank's read, and revokes it", async () => {
    const base = baseUrl();
    const expiry = new Date(Date.now() + 200 * 86_400_000);

    // The enterprise admin opens the grant form from the home page.
    const ent = await signIn("admin@enterprise.demo");
    await ent.page.getByTestId("home-enterprise").waitFor();
    const enterpriseName = (await ent.page.getByTestId("active-org").innerText()).trim();
    expect(enterpriseName).toMatch(/有限公司$/);
    await ent.page.getByTestId("grant-bank-access").click();
    const form = dialog(ent.page, "新建授权");
    await form.waitFor();
    await expect(form.locator("#granteeKind").locator("xpath=..").innerText()).resolves.toBe("银行");
    await form.getByTestId("grant-grantee").click();
    await ent.page.keyboard.type("琴湾银行");
    await pickOption(ent.page, BANK_ZH);
    await form.locator("#scope").click();
    await pickOption(ent.page, /^机构档案$/);
    await form.locator("textarea").fill(PURPOSE);
    await form.locator("#expiresAt").click();
    await form.locator("#expiresAt").fill(isoDay(expiry));
    await ent.page.keyboard.press("Enter");
    await expect(form.locator("#expiresAt").inputValue()).resolves.toBe(isoDay(expiry));
    await form.locator(".ant-modal-title").click(); // close the calendar, as a user clicking elsewhere would
    await ent.page.locator(".ant-picker-dropdown:visible").waitFor({ state: "hidden" });
    await expect(form.getByTestId("grant-grantee").innerText()).resolves.toContain(BANK_ZH);
    await shot(ent.page, "1a-grant-form");

    await form.getByRole("button", { name: /提\s*交/ }).click();
    await toast(ent.page, "授权已生效").waitFor();
    await form.waitFor({ state: "hidden" });
    const givenRow = ent.page.getByTestId("grants-given").locator("tr[data-row-key]", { hasText: PURPOSE });
    await givenRow.getByText("生效中").waitFor();
    const givenText = await givenRow.innerText();
    for (const part of [BANK_ZH, "机构档案", PURPOSE, zhDate(new Date()), zhDate(expiry)]) {
      expect(givenText).toContain(part);
    }
    const grantId = await givenRow.getAttribute("data-row-key");
    expect(grantId).toMatch(/^[0-9a-f-]{36}$/);
    await shot(ent.page, "1b-grant-active");

    // The bank's analyst finds the grant among the ones it received.
    const bank = await signIn("analyst@bank.demo");
    await bank.page.getByTestId("home-bank").waitFor();
    await bank.page.getByTestId("nav-admin-grants").click();
    await bank.page.getByTestId("grants-tab-received").click();
    const receivedRow = bank.page.locator(`tr[data-row-key="${grantId}"]`);
    await receivedRow.getByText("生效中").waitFor();
    const receivedText = await receivedRow.innerText();
    for (const part of [enterpriseName, "企业", "机构档案", PURPOSE, zhDate(expiry)]) {
      expect(receivedText).toContain(part);
    }
    await shot(bank.page, "1c-bank-received");

    // The analyst opens the granted profile from the grant row; the organisations page stays the district's.
    await expect(bank.page.getByTestId("nav-admin-orgs").count()).resolves.toBe(0);
    const received = await bank.page.request.get(`${base}/api/grants?direction=received`);
    const grant = ((await received.json()) as { id: string; grantor: { id: string; nameZh: string } }[]).find(
      (g) => g.id === grantId,
    );
    expect(grant?.grantor.nameZh).toBe(enterpriseName);
    const enterpriseId = grant?.grantor.id ?? "";
    const profileUrl = `${base}/api/orgs/${enterpriseId}`;
    await bank.page.getByTestId(`view-profile-${grantId}`).click();
    const profileDrawer = dialog(bank.page, enterpriseName);
    await profileDrawer.getByText("统一社会信用代码").waitFor();
    await expect(profileDrawer.innerText()).resolves.toContain("企业");
    await bank.page.waitForTimeout(400); // the drawer's slide-in, for the picture
    await shot(bank.page, "1d-bank-reads-profile");
    await profileDrawer.locator(".ant-drawer-close").click();
    await profileDrawer.waitFor({ state: "hidden" });

    // Back at the enterprise: the access log of the grant lists exactly that read.
    await ent.page.getByTestId("nav-admin-grants").click();
    await ent.page.getByTestId(`access-log-${grantId}`).click();
    const log = dialog(ent.page, "授权访问日志");
    await log.locator("tr[data-row-key]").first().waitFor();
    const reads = await log.locator("tr[data-row-key]").allInnerTexts();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain(BANK_ZH);
    expect(reads[0]).toContain("机构档案");
    expect(reads[0]).toContain(`organisation:${enterpriseId}`);
    await expect(log.innerText()).resolves.toContain(PURPOSE);
    await shot(ent.page, "1e-access-log");
    await log.locator(".ant-drawer-close").click();
    await log.waitFor({ state: "hidden" });

    // The enterprise revokes the grant.
    await ent.page.getByTestId(`revoke-grant-${grantId}`).click();
    await confirmPopup(ent.page);
    await toast(ent.page, "授权已撤销").waitFor();
    const revokedRow = ent.page.locator(`tr[data-row-key="${grantId}"]`);
    await revokedRow.getByText("已撤销").waitFor();
    await expect(ent.page.getByTestId(`revoke-grant-${grantId}`).count()).resolves.toBe(0);
    await shot(ent.page, "1f-grant-revoked");

    // The bank sees the grant revoked and can no longer open the profile.
    await bank.page.goto(`${base}/admin/grants?tab=received`);
    await bank.page.locator(`tr[data-row-key="${grantId}"]`).getByText("已撤销").waitFor();
    await expect(bank.page.getByTestId(`view-profile-${grantId}`).count()).resolves.toBe(0);
    await shot(bank.page, "1g-bank-sees-revoked");
    const refused = await bank.page.goto(profileUrl);
    expect(refused?.status()).toBe(404);
    await expect(bank.page.locator("body").innerText()).resolves.toContain("NOT_FOUND");
    await shot(bank.page, "1h-bank-refused");

    // The refused read is not a read: the log still holds one entry.
    await ent.page.getByTestId(`access-log-${grantId}`).click();
    await log.locator("tr[data-row-key]").first().waitFor();
    await expect(log.locator("tr[data-row-key]").count()).resolves.toBe(1);
    await expect(log.innerText()).resolves.toContain("已撤销");

    expect(ent.errors).toEqual([]);
    expect(bank.errors).toEqual([]);
  }, 120_000);

  it("the district verifies the audit chain and sees the progress and the number of entries checked", async () => {
    const { page, errors } = await signIn("admin@district.demo");
    await page.getByTestId("home-district").waitFor();
    await page.getByTestId("nav-admin-audit").click();
    await page.getByTestId("page-audit").waitFor();
    await page.locator("tr[data-row-key]").first().waitFor();
    const totalText = await page.locator(".ant-pagination-total-text").first().innerText();
    const listed = Number(/共\s*(\d+)\s*条/.exec(totalText)?.[1]);
    expect(listed).toBeGreaterThan(0);

    // The demo chain is short enough to verify within one poll; hold the first poll's answer back
    // for a moment (as a slow network would) so that the queued state is there to be seen.
    let firstPoll = true;
    await page.route("**/api/jobs/*", async (route) => {
      if (firstPoll) {
        firstPoll = false;
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
      await route.continue();
    });
    await page.getByTestId("audit-verify").click();
    const progress = page.getByTestId("job-progress");
    await progress.waitFor();
    await expect(progress.innerText()).resolves.toMatch(/排队中[\s\S]*0%/);
    await expect(page.getByTestId("audit-verify").getAttribute("class")).resolves.toContain("ant-btn-loading");
    await shot(page, "2a-audit-verifying");

    const ok = page.getByTestId("audit-verify-ok");
    await ok.waitFor();
    const okText = await ok.innerText();
    const checked = Number(/已校验\s*(\d+)\s*条记录/.exec(okText)?.[1]);
    expect(okText).toContain("审计链完整");
    expect(checked).toBeGreaterThanOrEqual(listed);
    await expect(progress.innerText()).resolves.toContain("已完成");
    await expect(progress.locator(".ant-progress-status-success").count()).resolves.toBe(1);
    await expect(page.getByTestId("audit-verify-broken").count()).resolves.toBe(0);
    await shot(page, "2b-audit-verified");
    expect(errors).toEqual([]);
  });

  it("the district filters organisations to banks and exports them to an Excel file", async () => {
    const { page, errors } = await signIn("admin@district.demo");
    await page.getByTestId("home-district").waitFor();
    await page.getByTestId("nav-admin-orgs").click();
    await page.getByTestId("page-orgs").waitFor();
    await page.locator(".gf-table-toolbar .ant-select").first().click();
    await pickOption(page, /^银行$/);
    await page.waitForURL(/[?&]kind=bank/);

    // Wait for the filtered page: every row a bank, and the total matching the rows.
    const rows = page.locator("tr[data-row-key]");
    await page.waitForFunction(
      `(() => { const rows = [...document.querySelectorAll("tr[data-row-key]")];
        return rows.length > 0 && rows.every((r) => r.cells[1]?.innerText.trim() === "银行"); })()`,
    );
    const bankNames = (await rows.locator("td:first-child > div > div:first-child").allInnerTexts()).map((s) =>
      s.trim(),
    );
    expect(bankNames).toContain(BANK_ZH);
    await expect(page.locator(".ant-pagination-total-text").innerText()).resolves.toBe(`共 ${bankNames.length} 条`);
    await shot(page, "3a-orgs-banks");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-organisations").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^organisations-\d{8}-\d{4}\.xlsx$/);
    const dir = join(process.cwd(), "test-results", "downloads");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `banks-${RUN}.xlsx`);
    await download.saveAs(file);
    await toast(page, `已导出 ${bankNames.length} 行`).waitFor();
    await shot(page, "3b-orgs-exported");

    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(1000);
    const entries = unzipTexts(bytes);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
    const sheet = entries.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet.match(/<row\b/g)).toHaveLength(bankNames.length + 1); // the header and one row per bank
    const text = [...entries.values()].join("\n");
    for (const name of bankNames) expect(text).toContain(name);
    expect(text).toContain("名称");
    expect(text).toContain("统一社会信用代码");
    expect(text).not.toContain(">企业<");
    expect(errors).toEqual([]);
  });

  it("the district registers an enterprise; a wrong USCC check character is refused on the field first", async () => {
    const { page, errors } = await signIn("admin@district.demo");
    await page.getByTestId("home-district").waitFor();
    await page.getByTestId("nav-admin-orgs").click();
    await page.getByTestId("page-orgs").waitFor();

    const body = `91370212MA3D${String(Math.floor(Math.random() * 100_000)).padStart(5, "0")}`;
    const check = usccCheckCharacter(body);
    const wrong = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(check) + 7) % USCC_ALPHABET.length);
    const uscc = body + check;
    const nameZh = `青岛蓝湾新能源科技有限公司${RUN}`;
    const nameEn = `Qingdao Lanwan New Energy Technology Co., Ltd. ${RUN}`;

    await page.getByTestId("org-create").click();
    const drawer = dialog(page, "新增机构");
    await drawer.waitFor();
    await expect(drawer.locator("#kind").locator("xpath=..").innerText()).resolves.toBe("企业");
    await drawer.locator("#nameZh").fill(nameZh);
    await drawer.locator("#nameEn").fill(nameEn);
    await drawer.locator("#uscc").fill(body + wrong);
    await drawer.locator("#industryCode").fill("C3825");
    await page.getByTestId("org-create-submit").click();

    // The form lets the well-formed code through; the server refuses its check character on the field.
    const usccError = drawer.locator(".ant-form-item-has-error").filter({ has: page.locator("#uscc") });
    await usccError.getByText("统一社会信用代码校验位不正确").waitFor();
    await expect(drawer.locator(".ant-form-item-explain-error").allInnerTexts()).resolves.toEqual([
      "统一社会信用代码校验位不正确",
    ]);
    await expect(drawer.isVisible()).resolves.toBe(true);
    await shot(page, "4a-uscc-refused");

    await drawer.locator("#uscc").fill(uscc);
    await usccError.waitFor({ state: "detached" }); // editing the field clears the server's message
    await page.getByTestId("org-create-submit").click();
    await toast(page, "机构已创建").waitFor();
    await drawer.waitFor({ state: "hidden" });

    await page.getByTestId("orgs-search").locator("input").fill(nameZh);
    await page.keyboard.press("Enter");
    const row = page.locator("tr[data-row-key]", { hasText: nameZh });
    await row.waitFor();
    await expect(page.locator("tr[data-row-key]").count()).resolves.toBe(1);
    const rowText = await row.innerText();
    for (const part of [nameEn, "企业", uscc, "C3825", zhDate(new Date())]) expect(rowText).toContain(part);
    await shot(page, "4b-org-listed");

    // Its profile opens from the row.
    await row.click();
    const details = page.getByRole("dialog", { name: nameZh });
    await details.getByText(uscc).waitFor();
    await expect(details.innerText()).resolves.toContain("C3825");
    await shot(page, "4c-org-details");
    expect(errors).toEqual([]);
  });

  it("a bank admin adds an analyst, who can then sign in to the bank's home page", async () => {
    const admin = await signIn("admin@bank.demo");
    await admin.page.getByTestId("home-bank").waitFor();
    await admin.page.getByTestId("nav-admin-members").click();
    await admin.page.getByTestId("page-members").waitFor();

    const email = `analyst.${RUN}@qinwanbank.example`;
    const password = `Lvjin-${RUN}-2026!`;
    const displayName = `测试分析员${RUN}`;
    await admin.page.getByTestId("member-add").click();
    const form = dialog(admin.page, "添加成员");
    await form.waitFor();
    await form.locator("#email").fill(email);
    await form.locator("#displayName").fill(displayName);
    await form.locator("#role").click();
    await pickOption(admin.page, /^分析员$/);
    await form.locator("#password").fill(password);
    await shot(admin.page, "5a-member-form");
    await form.getByRole("button", { name: /提\s*交/ }).click();
    await toast(admin.page, "成员已添加").waitFor();
    await form.waitFor({ state: "hidden" });

    const row = admin.page.locator("tr[data-row-key]", { hasText: email });
    await row.waitFor();
    const rowText = await row.innerText();
    for (const part of [displayName, "分析员", "正常", zhDate(new Date())]) expect(rowText).toContain(part);
    await shot(admin.page, "5b-member-added");

    const member = await signIn(email, password);
    await member.page.getByTestId("home-bank").waitFor();
    await expect(member.page.getByTestId("active-org").innerText()).resolves.toContain(BANK_ZH);
    await expect(member.page.getByTestId("user-menu").innerText()).resolves.toContain("分析员");
    await member.page.getByTestId("grants-received").waitFor();
    await member.page.waitForLoadState("networkidle");
    await shot(member.page, "5c-new-member-home");
    expect(admin.errors).toEqual([]);
    expect(member.errors).toEqual([]);
  });
});
