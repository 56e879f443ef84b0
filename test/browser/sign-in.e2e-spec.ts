import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../demo/demo-users.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** The menus after Start, as the API's permissions give them. */
const MENU = {
  recruiter: ['Mina uppföljningar', 'Arbetsgivare', 'Platser', 'Arbetssökande', 'Placeringar', 'Bransch-team', 'Rekryteringsträffar', 'Bransch-SFI'],
  reader: ['Arbetsgivare', 'Platser', 'Arbetssökande', 'Placeringar', 'Bransch-team', 'Rekryteringsträffar', 'Bransch-SFI', 'Statistik', 'Åtkomstlogg'],
};

/** Signing in, who sees what, and the pages anyone may reach, as a person sees them in Chromium. */
describe('The web app: signing in and the shell', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    // an account locks after three failures here, so the throttled answer is reached in a few attempts
    h = await BrowserHarness.start({ LOGIN_ACCOUNT_LOCK_FAILURES: '3' });
  });
  afterAll(() => h?.close());

  it('serves the app at / and at its own paths, under a policy of this origin only, and leaves the API’s paths alone', async () => {
    for (const path of ['/', '/logga-in', '/arbetsgivare/1c2d', '/finns-inte']) {
      const res = await h.t.http.get(path);
      expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({ path, status: 200, type: 'text/html; charset=utf-8' });
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['content-security-policy']).not.toMatch(/https?:|\*/);
      expect(res.text).toContain('<html lang="sv">');
    }
    for (const path of ['/health/nothing', '/calendar/feeds', '/assets/', '/graphql/more']) {
      const res = await h.t.http.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).not.toMatch(/<html/i);
    }
    expect((await h.t.http.get('/health/live')).status).toBe(200);
    expect((await h.t.http.get('/graphiql')).text).toContain('GraphiQL');
  });

  it('Tab reaches the skip link first, and the sign-in form works with the keyboard alone', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    expect(page.url()).toBe(`${h.baseUrl}/logga-in`);
    await expectAccessible(page, 'logga-in');

    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('innehall');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('name')).toBe('username');
    await page.keyboard.type('bd1');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('name')).toBe('password');
    await page.keyboard.type('brygga-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mina uppföljningar', level: 1 }).waitFor();
    await context.close();
  });

  it('a wrong password, or nothing typed, is said in Swedish by the field it concerns', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/logga-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const username = page.getByLabel('Användarnamn');
    const password = page.getByLabel('Lösenord');
    await page.getByText('Fyll i fältet').first().waitFor();
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, username)).toBe('Fyll i fältet');
    await expectAccessible(page, 'logga-in-tomt-formular');

    await username.fill('bd1');
    await password.fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel användarnamn eller lösenord').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, password)).toBe('Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.');
    expect(await page.locator(':focus').getAttribute('name')).toBe('password');
    expect(await username.inputValue()).toBe('bd1');
    await expectAccessible(page, 'logga-in-fel-losenord');
    await context.close();
  });

  it('a lost network is said as such, and what was typed stays', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('Användarnamn').fill('bd1');
    await page.getByLabel('Lösenord').fill('brygga-demo');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ingen kontakt med servern' }).waitFor();
    expect(await page.getByLabel('Användarnamn').inputValue()).toBe('bd1');
    expect(await page.getByLabel('Lösenord').inputValue()).toBe('brygga-demo');
    await expectAccessible(page, 'logga-in-utan-natverk');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await context.close();
  });

  it('a session that ends while the person types keeps what they typed: they sign in again over the page and carry on', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare');
    await page.getByRole('table', { name: /^Arbetsgivare, sida 1/ }).waitFor();
    await page.getByLabel('Namn eller organisationsnummer').fill('järnhandel');
    await h.t.db.query('DELETE FROM user_session');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Din session har gått ut' });
    await dialog.getByText('Det du har skrivit finns kvar').waitFor();
    expect(await dialog.getByLabel('Användarnamn').evaluate((el) => el.matches(':focus'))).toBe(true);
    await dialog.getByLabel('Användarnamn').fill('bd1');
    await dialog.getByLabel('Lösenord').fill('fel-lösenord');
    await dialog.getByRole('button', { name: 'Logga in' }).click();
    await dialog.getByText('Fel användarnamn eller lösenord').waitFor();
    await expectAccessible(page, 'session-slut-fel-losenord');
    await dialog.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Logga in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('En arbetsgivare hittades.').waitFor();
    expect(await page.getByLabel('Namn eller organisationsnummer').inputValue()).toBe('järnhandel');
    await context.close();
  });

  it('someone else signing in over an ended session starts afresh, without the previous person’s screen', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare');
    await page.getByRole('table', { name: /^Arbetsgivare, sida 1/ }).waitFor();
    await page.getByLabel('Namn eller organisationsnummer').fill('järnhandel');
    await h.t.db.query('DELETE FROM user_session');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Din session har gått ut' });
    await dialog.getByLabel('Användarnamn').fill('recruiter1');
    await dialog.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Platser', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/platser');
    expect(await page.getByText('Johan Berg').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a locked account is told, in the API’s Swedish, when to try again', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('Användarnamn').fill('teacher2');
    const alert = page.getByRole('alert').filter({ hasText: 'Försök igen om' });
    for (let attempt = 0; attempt < 5 && !(await alert.isVisible()); attempt++) {
      await page.getByLabel('Lösenord').fill(`fel-${attempt}`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page
        .getByText(/Fel användarnamn|Försök igen om/)
        .first()
        .waitFor();
    }
    expect(await alert.textContent()).toMatch(/För många misslyckade inloggningar\. Försök igen om 15 minuter \(kl\. \d\d:\d\d\)/);
    await expectAccessible(page, 'logga-in-last-konto');
    await context.close();
  });

  it('recruiter1 starts on the openings, with a menu from their own permissions and not the business developer’s start page', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.getByRole('heading', { name: 'Platser', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/platser');
    expect(await page.getByRole('heading', { name: 'Mina uppföljningar' }).count()).toBe(0);
    expect(await menu(page)).toEqual(['Start', ...MENU.recruiter]);
    await expectAccessible(page, 'start-rekryterare');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Arbetssökande' }).click();
    await page.getByRole('heading', { name: 'Arbetssökande', level: 1 }).waitFor();
    await expectAccessible(page, 'arbetssokande-rekryterare');
    await context.close();
  });

  it.each([
    ['secretary1', 'Min dag', '/min-dag', ['Min dag', ...MENU.recruiter]],
    ['teacher1', 'Bransch-SFI', '/sfi', MENU.recruiter],
    ['manager1', 'Statistik', '/statistik', MENU.reader],
    ['reviewer.svedala', 'Statistik', '/statistik', [...MENU.reader, 'Export']],
    ['admin', 'Administration', '/administration', ['Administration']],
  ])('%s starts on %s, with a menu from their own permissions', async (user, heading, path, items) => {
    const { context, page } = await h.newPage();
    await signIn(page, user);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await menu(page)).toEqual(['Start', ...items]);
    await context.close();
  });

  it('bd1 on a page of a screen they may not use sees the not-allowed page; an unknown address the 404 page', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    expect(await menu(page)).toEqual(['Start', 'Mina uppföljningar', 'Arbetsgivare', 'Platser', 'Rekryteringsträffar']);
    await page.goto('/arbetssokande');
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    await expectAccessible(page, 'ej-behorig');
    await page.goto('/finns-inte');
    await page.getByRole('heading', { name: 'Sidan finns inte', level: 1 }).waitFor();
    await expectAccessible(page, 'sidan-finns-inte');
    await context.close();
  });

  it('the accessibility statement is a footer link away, signed in or not', async () => {
    const { context, page } = await h.newPage();
    await page.goto('/logga-in');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse för Brygga', level: 1 }).waitFor();
    const text = await page.getByRole('main').textContent();
    for (const part of [
      'Trelleborgs kommun',
      'lagen (2018:1937) om tillgänglighet till digital offentlig service',
      'WCAG 2.1 nivå AA',
      'EN 301 549',
      'Innehåll som inte är tillgängligt',
      'Diagrammen i Statistik',
      'Myndigheten för digital förvaltning (DIGG)',
    ]) {
      expect(text).toContain(part);
    }
    await expectAccessible(page, 'tillganglighetsredogorelse');
    await context.close();
  });
});

/** The names of the main menu's links, in order. */
async function menu(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
}

/** The text that describes a field to a screen reader (its aria-describedby), as it is announced with the field. */
async function describedBy(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.filter(Boolean).join(' ').trim();
}
