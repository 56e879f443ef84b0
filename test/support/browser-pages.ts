/** Helpers the browser specs share to read and fill the app's pages: fields and their errors, selects, tables, facts, dates, Tab. */
import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';

/** Waits until the field of that label shows the value (the form filled in again from the API). */
export async function waitForValue(page: Page, label: string, value: string): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if ((await page.getByLabel(label).inputValue()) === value) return;
    await page.waitForTimeout(200);
  }
  expect(await page.getByLabel(label).inputValue()).toBe(value);
}

/** Picks an option of a labelled select, as with the mouse. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export function rows(page: Page) {
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link') });
}

/** The text of one column in every row, found by the column's heading. */
export async function columnValues(page: Page, column: string): Promise<string[]> {
  const headings = await page.getByRole('table').getByRole('columnheader').allTextContents();
  const index = headings.indexOf(column);
  expect(index).toBeGreaterThanOrEqual(0);
  return Promise.all((await rows(page).all()).map(async (row) => (await row.getByRole('cell').or(row.getByRole('rowheader')).nth(index).textContent())!));
}

/** Waits until a fact (a description list's dd by its dt) within a part of the page reads exactly so. */
export async function waitForFact(scope: Locator, term: string, value: string): Promise<void> {
  const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await scope.locator('dt', { hasText: exactly(term) }).locator('xpath=following-sibling::dd[1]', { hasText: exactly(value) }).waitFor();
}

/** The error message a field is described by (Mantine links it with aria-describedby), as a screen reader reads it. */
export async function errorOf(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label).first();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return ids.length === 0 ? null : page.locator(`[id="${ids[0]}"]`).textContent();
}

/** What a definition list says for a term, as a screen reader pairs them. */
export async function definition(scope: ReturnType<Page['getByRole']>, term: string): Promise<string> {
  const dt = scope.locator('dt', { hasText: term });
  return (await dt.locator('xpath=following-sibling::dd[1]').textContent())!.trim();
}

/** Today plus `days`, as the card writes dates (the browser runs in Europe/Stockholm, as the offices do). */
export function daysAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

export function localDate(iso: string): string {
  return new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** Presses Tab until that element has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error('Tab never reached the element');
}
