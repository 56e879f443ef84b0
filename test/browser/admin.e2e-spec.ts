import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

const NEW_USER = { name: 'Lisa Lind', username: 'lisa.lind', password: 'ett-långt-lösenord-2026' };
const ORGANISATION = 'Arbetsmarknadsförvaltningen, Trelleborg';

/** Administration as admin uses it in Chromium: users, teams, agreements, the taxonomy and failed jobs; and kept from others. */
describe('The web app: Administration', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  async function openSection(page: Page, link: string, heading: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: `Administration: ${heading}`, level: 1 }).waitFor();
  }

  it('creates a user, with the API field errors next to their fields first', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration: Användare', level: 1 }).waitFor();
    const users = page.getByRole('table', { name: 'Användare i kommunens organisationer' });
    await users.getByRole('row', { name: /Sara Ahmadi/ }).waitFor();
    expect(await users.getByRole('row', { name: /Sara Ahmadi/ }).textContent()).toContain('teacher1');
    expect(await users.getByRole('row', { name: /Sara Ahmadi/ }).textContent()).toContain('Lärare');
    expect(await page.getByText(/personnummer/i).count()).toBe(0);
    await expectAccessible(page, 'admin-users');

    await page.getByRole('button', { name: 'Ny användare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny användare' });
    await dialog.waitFor();
    await expectAccessible(page, 'admin-user-dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Välj minst en roll').waitFor();
    expect(await dialog.getByRole('textbox', { name: /^Namn/ }).getAttribute('aria-invalid')).toBe('true');

    await dialog.getByRole('textbox', { name: /^Namn/ }).fill(NEW_USER.name);
    await dialog.getByLabel('Användarnamn').fill('Lisa Lind');
    await dialog.getByRole('combobox', { name: 'Organisation' }).click();
    await dialog.getByRole('option', { name: ORGANISATION }).click();
    await dialog.getByRole('checkbox', { name: 'Lärare' }).check();
    await dialog.getByLabel(/^Lösenord/).fill('kort');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Använd 2–60 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.').waitFor();
    await dialog.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();
    expect(await dialog.getByLabel('Användarnamn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'admin-user-errors');

    await dialog.getByLabel('Användarnamn').fill('teacher1');
    await dialog.getByLabel(/^Lösenord/).fill(NEW_USER.password);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Användarnamnet är upptaget. Välj ett annat.').waitFor();

    await dialog.getByLabel('Användarnamn').fill(NEW_USER.username);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Användaren ${NEW_USER.name} är skapad.` })
      .waitFor();
    const row = users.getByRole('row', { name: new RegExp(NEW_USER.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain(NEW_USER.username);
    expect(await row.textContent()).toContain(ORGANISATION);

    await context.close();
  });

  it("changes the new user's roles and adds them to a team as a teacher", async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    await page.goto('/administration');
    const users = page.getByRole('table', { name: 'Användare i kommunens organisationer' });
    const row = users.getByRole('row', { name: new RegExp(NEW_USER.name) });
    await row.waitFor();
    await page.getByRole('button', { name: `Ändra roller för ${NEW_USER.name}` }).click();
    const roles = page.getByRole('dialog', { name: `Roller för ${NEW_USER.name}` });
    expect(await roles.getByRole('checkbox', { name: 'Lärare' }).isChecked()).toBe(true);
    await roles.getByRole('checkbox', { name: 'Studie- och yrkesvägledare' }).check();
    await expectAccessible(page, 'admin-roles-dialog');
    await roles.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Rollerna för ${NEW_USER.name} är sparade.` })
      .waitFor();
    await row.getByRole('cell', { name: 'Lärare, Studie- och yrkesvägledare', exact: true }).waitFor();

    // a member of a sector team, as a teacher
    await openSection(page, 'Team', 'Team');
    const team = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: /^Lägg till medlem/ }) })
      .first();
    const teamName = (await team.getByRole('heading', { level: 2 }).textContent())!;
    await expectAccessible(page, 'admin-teams');
    await team.getByRole('button', { name: `Lägg till medlem i ${teamName}` }).click();
    const member = page.getByRole('dialog', { name: `Lägg till medlem i ${teamName}` });
    await member.getByRole('combobox', { name: 'Användare' }).click();
    await member.getByRole('option', { name: `${NEW_USER.name} (${NEW_USER.username})` }).click();
    await member.getByRole('combobox', { name: 'Roll i teamet' }).click();
    await member.getByRole('option', { name: 'Lärare' }).click();
    await expectAccessible(page, 'admin-member-dialog');
    await member.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW_USER.name} är medlem i ${teamName}.` })
      .waitFor();
    const memberRow = team.getByRole('table', { name: `Medlemmar i ${teamName}` }).getByRole('row', { name: new RegExp(NEW_USER.name) });
    await expect(memberRow.getByRole('cell').first().textContent()).resolves.toBe('Lärare');

    await context.close();
  });

  it('deactivates the new user after a confirmation, after which they cannot sign in', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    await page.goto('/administration/team');
    await page.getByRole('heading', { name: 'Administration: Team', level: 1 }).waitFor();
    await openSection(page, 'Användare', 'Användare');
    const users = page.getByRole('table', { name: 'Användare i kommunens organisationer' });
    await users.getByRole('row', { name: new RegExp(NEW_USER.name) }).waitFor();
    await page.getByRole('button', { name: `Inaktivera ${NEW_USER.name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Inaktivera ${NEW_USER.name}?` });
    await confirm.getByText('Personen kan inte logga in i Brygga efter det.', { exact: false }).waitFor();
    await expectAccessible(page, 'admin-deactivate-dialog');
    await confirm.getByRole('button', { name: 'Ja, inaktivera' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW_USER.name} är inaktiverad och kan inte logga in.` })
      .waitFor();
    await users
      .getByRole('row', { name: new RegExp(NEW_USER.name) })
      .getByRole('cell', { name: 'Nej, inaktiverad' })
      .waitFor();
    expect(await page.getByRole('button', { name: `Ändra roller för ${NEW_USER.name}` }).count()).toBe(0);
    await expectAccessible(page, 'admin-user-deactivated');
    await context.close();

    const fresh = await h.newPage();
    await fresh.page.goto('/logga-in');
    await fresh.page.getByLabel('Användarnamn').fill(NEW_USER.username);
    await fresh.page.getByLabel('Lösenord').fill(NEW_USER.password);
    await fresh.page.getByRole('button', { name: 'Logga in' }).click();
    await fresh.page.getByText('Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.').waitFor();
    await expectAccessible(fresh.page, 'admin-deactivated-sign-in');
    await fresh.context.close();
  });

  it('shows the agreements in force, the taxonomy loaded with its import, and the failed jobs', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    await page.goto('/administration/avtal');
    await page.getByRole('heading', { name: 'Administration: Avtal', level: 1 }).waitFor();
    const agreement = page.getByRole('table', { name: 'Avtal' }).getByRole('row').nth(1);
    await agreement.waitFor();
    expect((await agreement.getByRole('cell').allTextContents()).slice(0, 4)).toEqual([ORGANISATION, 'Svedala kommun', '2021-01-01 – tills vidare', 'Gäller']);
    expect(await agreement.getByRole('rowheader').textContent()).toContain('Roller: Arbetsmarknadssekreterare, Rekryterare');
    await expectAccessible(page, 'admin-agreements');

    await openSection(page, 'Taxonomi', 'Taxonomi');
    await page.getByRole('heading', { name: 'Inläst version', level: 2 }).waitFor();
    expect(await page.getByText('Senast ändrad vid import').count()).toBe(1);
    const types = page.getByRole('table', { name: 'Begrepp per typ' });
    await expect(
      types
        .getByRole('row', { name: /^Kommun \(municipality\)/ })
        .getByRole('cell')
        .textContent(),
    ).resolves.toBe('290');
    expect(await page.getByRole('button', { name: 'Läs in taxonomin igen' }).count()).toBe(1);
    await expectAccessible(page, 'admin-taxonomy');

    await openSection(page, 'Misslyckade jobb', 'Misslyckade jobb');
    await page.getByText('Inga jobb har misslyckats.').waitFor();
    // the queue board exists where jobs run on Redis (BullMQ), and the page leads there only then
    const board = page.getByRole('link', { name: /^köpanelen/ });
    expect(await board.count()).toBe(process.env.REDIS_URL ? 1 : 0);
    if (process.env.REDIS_URL) {
      expect(await board.getAttribute('href')).toBe('/admin/queues');
      expect((await page.request.get('/admin/queues')).status()).toBe(200); // the browser's session lets the administrator in
    }
    await expectAccessible(page, 'admin-failed-jobs');
    await context.close();
  });

  it('shows the not-allowed page to someone who is not an administrator', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).count()).toBe(0);
    for (const path of ['/administration', '/administration/team', '/administration/taxonomi']) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    }
    await expectAccessible(page, 'admin-not-allowed');
    await context.close();
  });
});
