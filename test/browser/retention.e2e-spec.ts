import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** Administration: Gallring as Trelleborg's administrator uses it in Chromium: the rules, an edit with its field errors, a dry run and a run. */
describe('The web app: Gallring', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  async function openGallring(): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration: Användare', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: 'Gallring' }).click();
    await page.getByRole('heading', { name: 'Administration: Gallring', level: 1 }).waitFor();
    return { context, page };
  }

  it('shows the rules with their legal notes and edits one, with the errors next to their fields', async () => {
    const { context, page } = await openGallring();

    const rules = page.getByRole('table', { name: 'Gallringsregler' });
    const personRecords = rules.getByRole('row', { name: /Personakter/ });
    await personRecords.waitFor();
    expect(await personRecords.textContent()).toContain('12 kap. 2 § socialtjänstlagen');
    expect(await personRecords.textContent()).toContain('5, 15, 25');
    expect(await personRecords.textContent()).toContain('Standardvärde, inte bekräftat');
    await expectAccessible(page, 'retention-rules');

    // the access log's rule: the API's and the form's errors next to their fields, then saved
    await page.getByRole('button', { name: 'Ändra Åtkomstlogg (år efter läsningen)' }).click();
    const dialog = page.getByRole('dialog', { name: /Ändra regel: Åtkomstlogg/ });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^År/ }).fill('0');
    await dialog.getByRole('textbox', { name: /^Rättslig grund/ }).fill('');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Skriv den rättsliga grunden.').waitFor();
    await dialog.getByRole('textbox', { name: /^Rättslig grund/ }).fill('Dokumenthanteringsplan, punkt 4.2: loggar gallras efter 2 år.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Ange ett helt antal år, 0–100 (minst 1 för personakter och åtkomstlogg).').waitFor();
    expect(await dialog.getByRole('textbox', { name: /^År/ }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'retention-rule-errors');
    await dialog.getByRole('textbox', { name: /^År/ }).fill('2');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Regeln för Åtkomstlogg (år efter läsningen) är sparad.' }).waitFor();
    const accessLog = rules.getByRole('row', { name: /Åtkomstlogg/ });
    await accessLog.filter({ hasText: 'Bekräftad av Systemförvaltare Trelleborg' }).waitFor();
    expect(await accessLog.textContent()).toContain('punkt 4.2');
    await context.close();
  });

  it('runs a dry run, then thins after the confirmation, and keeps both in the reports', async () => {
    const { context, page } = await openGallring();
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { name: /Skulle gallras i dag/ }).waitFor();
    await page.getByText('Inga personakter ska gallras i dag.').waitFor();
    const reports = page.getByRole('table', { name: 'Gallringar, senaste först' });
    await reports.getByRole('row', { name: /Förhandsgranskning/ }).waitFor();
    await expectAccessible(page, 'retention-preview');

    await page.getByRole('button', { name: 'Gallra nu' }).click();
    const confirm = page.getByRole('dialog', { name: 'Gallra nu?' });
    await confirm.getByText('Det går inte att ångra.', { exact: false }).waitFor();
    await expectAccessible(page, 'retention-confirm');
    await confirm.getByRole('button', { name: 'Ja, gallra nu' }).click();
    await page.getByRole('status').filter({ hasText: 'Gallringen är klar: 0 personakter och 0 loggposter.' }).waitFor();
    await reports.getByRole('row', { name: /^\S+ \S+ Gallring / }).waitFor();
    await expectAccessible(page, 'retention-done');
    await context.close();
  });

  it('is not offered to a manager, who has no thinning to run', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.goto(`${h.baseUrl}/administration/gallring`);
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    expect(await page.getByRole('table', { name: 'Gallringsregler' }).count()).toBe(0);
    await context.close();
  });
});
