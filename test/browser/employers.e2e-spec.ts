import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** A demo employer (demo/demo-employers.ts), the only one with this word in its name. */
const DEMO_EMPLOYER = 'Nilssons Järnhandel AB';
const SVEDALA = 'n6r4_fjK_kRr';

/** The business developer's employer list, "Arbetsgivare", as bd1 uses it in Chromium. */
describe('The web app: the employer list', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it('bd1 opens Arbetsgivare from the menu, searches by name, filters by municipality, pages forward and opens an employer', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Arbetsgivare' }).click();
    await page.getByRole('heading', { name: 'Arbetsgivare', level: 1 }).waitFor();
    expect(await page.title()).toBe('Arbetsgivare – Brygga');
    const table = page.getByRole('table', { name: /^Arbetsgivare, sida 1 av \d+$/ });
    await table.waitFor();
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(25);
    expect(await rows(page).count()).toBe(25);
    expect(await page.locator('[aria-live="polite"]').textContent()).toBe(`${total} arbetsgivare hittades. Visar 1–25.`);
    await expectAccessible(page, 'arbetsgivare-lista');

    // by name
    await page.getByLabel('Namn eller organisationsnummer').fill('järnhandel');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('En arbetsgivare hittades.').waitFor();
    expect(await rowNames(page)).toEqual([DEMO_EMPLOYER]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('järnhandel');
    await expectAccessible(page, 'arbetsgivare-sok-namn');

    // by municipality alone: the search cleared, Svedala chosen
    await page.getByRole('button', { name: 'Rensa sökningen' }).click();
    await page.getByText(`${total} arbetsgivare hittades. Visar 1–25.`).waitFor();
    expect(await page.getByLabel('Namn eller organisationsnummer').inputValue()).toBe('');
    await page.getByRole('combobox', { name: 'Kommun' }).click();
    await page.getByRole('combobox', { name: 'Kommun' }).fill('Sveda');
    await page.getByRole('option', { name: 'Svedala', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('kommun') === SVEDALA);
    const svedala = await resultCount(page);
    expect(svedala).toBeGreaterThan(0);
    expect(svedala).toBeLessThan(total);
    expect(await columnValues(page, 'Kommun')).toEqual(Array(Math.min(svedala, 25)).fill('Svedala'));
    await expectAccessible(page, 'arbetsgivare-kommun-svedala');

    // the back button returns to the whole list, forward to Svedala's again
    await page.goBack();
    await page.getByText(`${total} arbetsgivare hittades. Visar 1–25.`).waitFor();
    expect(await page.getByRole('combobox', { name: 'Kommun' }).inputValue()).toBe('');
    await page.goForward();
    await page.getByText(svedala === 1 ? 'En arbetsgivare hittades.' : `${svedala} arbetsgivare hittades.`, { exact: false }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Kommun' }).inputValue()).toBe('Svedala');

    // pages forward through the whole list
    await page.getByRole('button', { name: 'Rensa sökningen' }).click();
    await page.getByText(`${total} arbetsgivare hittades. Visar 1–25.`).waitFor();
    const firstPage = await rowNames(page);
    await page.getByRole('navigation', { name: 'Sidor i sökresultatet' }).getByRole('button', { name: 'Nästa sida' }).click();
    await page.getByText(`${total} arbetsgivare hittades. Visar 26–${Math.min(total, 50)}.`).waitFor();
    expect(new URL(page.url()).searchParams.get('sida')).toBe('2');
    await page.getByRole('table', { name: /^Arbetsgivare, sida 2 av / }).waitFor();
    const secondPage = await rowNames(page);
    expect(secondPage.length).toBe(Math.min(total - 25, 25));
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Sida 2' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator(':focus').evaluate((el) => el.tagName)).toBe('TABLE');
    await expectAccessible(page, 'arbetsgivare-sida-2');

    // opens an employer from the list
    const link = page.getByRole('table').getByRole('link').first();
    const employer = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { name: employer, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/arbetsgivare\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.getByRole('table', { name: /^Arbetsgivare, sida 2 av / }).waitFor();
    await context.close();
  });

  it('searches with the keyboard alone, by the organisationsnummer', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare');
    await page.getByRole('table').waitFor();
    await tabToField(page, 'Namn eller organisationsnummer');
    await page.keyboard.type('556063');
    await page.keyboard.press('Enter');
    await page.getByText('En arbetsgivare hittades.').waitFor();
    expect(await rowNames(page)).toEqual(['Gästgiveriet Hjorten AB']);
    expect(await columnValues(page, 'Organisationsnummer')).toEqual(['556063-3082']);
    await expectAccessible(page, 'arbetsgivare-sok-orgnr');
    await context.close();
  });

  it('a shared link shows the same search; nothing found says so; "only mine" shows the viewer’s employers', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare?q=hjorten&kommun=${SVEDALA}`);
    await page.getByText('En arbetsgivare hittades.').waitFor();
    expect(await rowNames(page)).toEqual(['Restaurang Hjorten i Svedala AB']);
    expect(await page.getByLabel('Namn eller organisationsnummer').inputValue()).toBe('hjorten');
    expect(await page.getByRole('combobox', { name: 'Kommun' }).inputValue()).toBe('Svedala');

    await page.getByLabel('Namn eller organisationsnummer').fill('finns inte alls');
    await page.keyboard.press('Enter');
    await page.getByText('Inga arbetsgivare matchar sökningen.', { exact: false }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'arbetsgivare-tom');

    await page.goto('/arbetsgivare');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Bara arbetsgivare jag är ansvarig för').check();
    await page.waitForURL((url) => url.searchParams.get('mina') === 'true');
    await page.getByRole('table', { name: /sida 1 av 1$/ }).waitFor();
    const responsible = await columnValues(page, 'Ansvarig');
    expect(responsible.length).toBeGreaterThan(0);
    expect(new Set(responsible)).toEqual(new Set(['Anna Lindqvist']));
    await expectAccessible(page, 'arbetsgivare-mina');
    await context.close();
  });
});

function rows(page: Page) {
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link') });
}

async function rowNames(page: Page): Promise<string[]> {
  return page.getByRole('table').getByRole('link').allTextContents();
}

/** The text of one column in every row, found by the column's heading. */
async function columnValues(page: Page, column: string): Promise<string[]> {
  const headings = await page.getByRole('table').getByRole('columnheader').allTextContents();
  const index = headings.indexOf(column);
  expect(index).toBeGreaterThanOrEqual(0);
  return Promise.all((await rows(page).all()).map(async (row) => (await row.getByRole('cell').or(row.getByRole('rowheader')).nth(index).textContent())!));
}

/** The number of employers the polite live region says were found. */
async function resultCount(page: Page): Promise<number> {
  const live = page.locator('[aria-live="polite"]').filter({ hasText: /hittades/ });
  await live.waitFor();
  const text = (await live.textContent())!;
  return text.startsWith('En ') ? 1 : Number(text.replace(/\s/g, '').match(/^(\d+)/)![1]);
}

/** Presses Tab until the field of that label has focus, as a keyboard user would. */
async function tabToField(page: Page, label: string): Promise<void> {
  const field = page.getByLabel(label);
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error(`Tab never reached the field ${label}`);
}
