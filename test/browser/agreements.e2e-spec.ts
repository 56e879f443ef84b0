import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/platform/context/clock.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

const AMF = 'Arbetsmarknadsförvaltningen, Trelleborg';
const DEMO_AGREEMENT = 'Avtalssamverkan arbetsmarknadsinsatser Trelleborg–Svedala';

/** Svedala's administrator ends the agreement in Chromium, reads its history, and is told why a new one cannot start the same day. */
describe('The web app: agreements', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it("Svedala's administrator ends the agreement, reads who changed what, and sees an overlapping new one refused next to its field", async () => {
    const today = h.t.app.get(Clock).today();
    const { context, page } = await h.newPage();
    await signIn(page, 'admin.svedala');
    await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('heading', { name: 'Administration: Avtal', level: 1 }).waitFor();
    const row = page.getByRole('table', { name: 'Avtal' }).getByRole('row', { name: new RegExp(DEMO_AGREEMENT) });
    await row.waitFor();
    expect(await row.textContent()).toContain(AMF);
    await expectAccessible(page, 'agreements');

    await row.getByRole('button', { name: `Avsluta ${DEMO_AGREEMENT}` }).click();
    const end = page.getByRole('dialog', { name: `Avsluta ${DEMO_AGREEMENT}` });
    await end.getByText('ingenting raderas', { exact: false }).waitFor();
    await expectAccessible(page, 'agreement-end-dialog');
    await end.getByRole('button', { name: 'Avsluta' }).click();
    await page.getByRole('status').getByText(`Avtalet ${DEMO_AGREEMENT} gäller till och med ${today}.`).waitFor();
    // the table shows the new last day once its list is read again, which may be after the message
    await row.getByRole('cell', { name: `2021-01-01 – ${today}`, exact: true }).waitFor();
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(expect.arrayContaining([`2021-01-01 – ${today}`, 'Gäller']));

    await row.getByRole('button', { name: `Historik för ${DEMO_AGREEMENT}` }).click();
    const history = page.getByRole('dialog', { name: `Ändringar av ${DEMO_AGREEMENT}` });
    const change = history.getByRole('row', { name: /Sista giltighetsdag/ });
    await change.waitFor();
    expect(await change.textContent()).toContain(`(tomt) → ${today}`);
    expect(await change.textContent()).toContain('Systemförvaltare Svedala');
    await expectAccessible(page, 'agreement-history');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Nytt avtal' }).click();
    const create = page.getByRole('dialog', { name: 'Nytt avtal' });
    await create.getByRole('textbox', { name: /^Avtal/ }).fill('Nytt avtal om rekrytering');
    await create.getByRole('combobox', { name: 'Utförare' }).click();
    await create.getByRole('option', { name: AMF }).click();
    await create.getByRole('combobox', { name: 'Huvudman' }).click();
    await create.getByRole('option', { name: 'Svedala kommun' }).click();
    await create.getByRole('button', { name: 'Spara' }).click();
    await create.getByText('Ett annat avtal mellan samma parter gäller under några av dagarna.').waitFor();
    expect(await create.getByRole('textbox', { name: /^Gäller från/ }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'agreement-create-refused');
    await context.close();
  });
});
