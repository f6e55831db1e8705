import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const SCREENSHOTS = join(process.cwd(), "test-results", "screenshots");
export const DEMO_PASSWORD = "GreenFin-2026!";

export function baseUrl(): string {
  return inject("baseUrl");
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The page's uncaught errors, for a test to assert there were none. */
  errors: string[];
  /** A screenshot after motion settles, kept as test-results/screenshots/<prefix>-<name>.png and <shotsDir>/<name>.png. */
  shot(name: string): Promise<void>;
  /** The same, with the element carrying `testId` scrolled into view. */
  shotAt(testId: string, name: string): Promise<void>;
  /** Signs in as another demo user (the previous session's cookies cleared). */
  loginAs(email: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A desktop-sized page in Chinese first (a language chosen in the page then stays across navigations), accepting
 * downloads and collecting the page's errors; `shotsDir` is made for the test's screenshot copies.
 */
export async function openSession(shotsDir: string, prefix: string): Promise<BrowserSession> {
  mkdirSync(shotsDir, { recursive: true });
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.addInitScript(
    `if (!localStorage.getItem("greenfin.lang")) localStorage.setItem("greenfin.lang", "zh-CN")`,
  );
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const shot = async (name: string) => {
    await settle(page);
    await page.waitForTimeout(300);
    copyFileSync(await screenshot(page, `${prefix}-${name}`), join(shotsDir, `${name}.png`));
  };
  return {
    browser,
    context,
    page,
    errors,
    shot,
    async shotAt(testId, name) {
      await page.getByTestId(testId).first().scrollIntoViewIfNeeded();
      await shot(name);
    },
    async loginAs(email) {
      await context.clearCookies();
      await login(page, email);
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}

export async function login(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** What the user sees in the window (the side menu is sticky, so a full-page shot would misdraw it). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until no finite animation or transition runs (drawers sliding in, dropdowns closing, bars filling);
 * endless ones (spinners) and the faint click ripple on buttons do not count.
 */
export async function settle(page: Page): Promise<void> {
  const idle = `document.getAnimations().every((a) => a.playState !== "running"
    || a.effect?.getTiming().iterations === Infinity
    || a.effect?.target?.classList?.contains("ant-wave"))`;
  await page.waitForFunction(idle);
  await page.waitForTimeout(100); // a motion may start its next phase on the following frame
  await page.waitForFunction(idle);
}

/**
 * Switches the UI language through the header's menu and waits until the page is in it. Under load a click can land
 * on the menu while it is still opening or closing and be lost, so the switch is tried again (at most three times).
 */
export async function switchLanguage(page: Page, lang: "en" | "zh-CN"): Promise<void> {
  const done = `document.documentElement.lang === "${lang}"`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByTestId("lang-switch").click();
    await page.getByTestId(`lang-${lang}`).click();
    try {
      await page.waitForFunction(done, undefined, { timeout: 5_000 });
      return;
    } catch {
      await page.keyboard.press("Escape");
      await settle(page);
    }
  }
  throw new Error(`the page did not switch to ${lang} after three tries`);
}

export { expect };
