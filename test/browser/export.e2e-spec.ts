import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** Svedala's reviewer and Svedala's administrator export Svedala's data, follow the job and download the package, in Chromium. */
describe('The web app: the principal’s export', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it('reviewer.svedala starts an export beside the access log, sees it finish and downloads it', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Export av huvudmannens uppgifter', level: 1 }).waitFor();
    await page.getByText('Inga exporter ännu.').waitFor();
    await expectAccessible(page, 'export-tom');

    await page.getByRole('button', { name: 'Starta export' }).click();
    await page.getByRole('status').filter({ hasText: 'Exporten har startat' }).waitFor();
    const download = page.getByRole('link', { name: /^Hämta exporten från / });
    await download.waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Exporter' });
    expect(await table.locator('tbody tr').first().locator('td').nth(1).innerText()).toBe('Klar');
    await expectAccessible(page, 'export-klar');

    // the link is signed in by the session cookie, as a click on it would be
    const response = await page.request.get((await download.getAttribute('href')) as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/gzip');
    expect((await response.body()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    await context.close();
  }, 60_000);

  it('admin.svedala finds the same export under Administration, and the manager has no export page', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin.svedala');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Administration: Export av huvudmannens uppgifter', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Hämta exporten från / }).waitFor();
    expect(await page.getByRole('cell', { name: 'Ingrid Mårtensson' }).count()).toBe(1);
    await expectAccessible(page, 'administration-export');
    await context.close();

    const manager = await h.newPage();
    await signIn(manager.page, 'manager1');
    expect(await manager.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Export' }).count()).toBe(0);
    await manager.context.close();
  }, 60_000);
});
