import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import sparticuz from '@sparticuz/chromium';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WEB_DIR } from '../../src/platform/web/web-files.js';
import { DEMO_PASSWORD } from '../../demo/demo-users.js';
import { TestApp } from './test-app.js';

/** Where every page a browser spec visits is photographed. */
export const SCREENSHOT_DIR = resolve('test-output/screenshots');

/** The WCAG 2.1 A and AA rules of axe: what the accessibility statement says the app meets. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The real app on a free port of 127.0.0.1 and a headless Chromium (the one inside @sparticuz/chromium, so no
 * browser download is needed). A browser that does not start fails the spec: it never skips.
 */
export class BrowserHarness {
  private constructor(
    readonly t: TestApp,
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<BrowserHarness> {
    // `npm test` builds the web part first; a spec run on its own builds it if it is missing
    if (!existsSync(join(WEB_DIR, 'index.html'))) execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const t = await TestApp.start({ env });
    try {
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      const browser = await launchChromium();
      return new BrowserHarness(t, browser, `http://127.0.0.1:${port}`);
    } catch (error) {
      await t.close();
      throw error;
    }
  }

  /** A fresh browser context (no cookies) and a page in it, reporting the page's own errors on the test's output. */
  async newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({ baseURL: this.baseUrl, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error(`Error in the page ${page.url()}: ${error.message}`));
    return { context, page };
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.t?.close();
  }
}

/**
 * Its own flags but --single-process, with which closing one test's browser context ended the whole browser (a
 * serverless function needs one process; a test machine does not).
 */
async function launchChromium(): Promise<Browser> {
  const args = sparticuz.args.filter((arg) => arg !== '--single-process');
  try {
    return await chromium.launch({ executablePath: await sparticuz.executablePath(), args, headless: true });
  } catch (error) {
    throw new Error(`The browser tests need Chromium from @sparticuz/chromium (npm install), and it did not start: ${(error as Error).message}`);
  }
}

/** Signs in through the sign-in page, as a person would, and waits for the page that follows. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/logga-in')) await page.goto('/logga-in');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

/** Photographs the page as it is now into test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Photographs the page and asserts axe finds no WCAG 2.1 A/AA violation in it, listing any it finds so that the
 * failure says what to fix: the rule, its help text and the elements.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const readable = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
  expect({ page: name, violations: readable }).toEqual({ page: name, violations: [] });
}
