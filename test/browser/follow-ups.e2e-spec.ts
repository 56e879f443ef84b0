import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { DEMO_PASSWORD } from '../../demo/demo-users.js';

const VIEWER = '{ viewer { name } }';

/** The business developer's start page, "Mina uppföljningar", as bd1 and bd2 use it in Chromium. */
describe('The web app: a business developer’s follow-ups', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it('bd1 sees their follow-ups with the overdue ones marked, closes one, signs out, and the old cookie no longer works', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.getByRole('heading', { name: 'Mina uppföljningar', level: 1 }).waitFor();
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('Anna Lindqvist');
    expect(await banner.textContent()).toContain('Arbetsmarknadsförvaltningen');

    const overdue = page.getByRole('region', { name: /^Försenade/ });
    const overdueCards = overdue.getByRole('article');
    await overdueCards.first().waitFor(); // the heading comes with the page, the cards with the follow-ups' answer
    expect(await overdueCards.count()).toBeGreaterThan(0);
    for (const card of await overdueCards.all()) expect(await card.textContent()).toMatch(/Försenad \d+ dag(ar)?/);
    const upcoming = page.getByRole('region', { name: /^Inom 7 dagar/ });
    for (const card of await upcoming.getByRole('article').all()) expect(await card.textContent()).not.toContain('Försenad');
    await expectAccessible(page, 'uppfoljningar');

    const first = overdueCards.first();
    const employer = (await first.getByRole('heading').textContent())!;
    expect(await first.textContent()).toMatch(/Följ upp \d{4}-\d{2}-\d{2}/);
    await first.getByRole('button', { name: `Stäng uppföljning för ${employer}` }).click();
    await first.getByText('Stängd').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'är stängd' }).textContent()).toBe(`Uppföljningen för ${employer} är stängd.`);
    await expectAccessible(page, 'uppfoljningar-en-stangd');

    await page.reload();
    await page.getByRole('heading', { name: 'Mina uppföljningar', level: 1 }).waitFor();
    await page.getByRole('region', { name: /^Försenade|^Inom 7 dagar/ }).first().waitFor();
    expect(await page.getByRole('heading', { name: employer, level: 3 }).count()).toBe(0);

    const cookies = await context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly }))).toEqual([{ name: 'brygga_session', httpOnly: true }]);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
    expect(page.url()).toBe(`${h.baseUrl}/logga-in?orsak=utloggad`);
    await expectAccessible(page, 'utloggad');
    await context.close();

    const again = await h.newPage();
    await again.context.addCookies(cookies);
    const answer = await again.page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query: VIEWER } });
    expect(answer.status()).toBe(401);
    expect((await answer.json()).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    await again.page.goto('/');
    await again.page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    await again.context.close();
  });

  it('closing a follow-up works with the keyboard alone, and focus stays on the row', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.getByRole('region', { name: /^Försenade|^Inom 7 dagar/ }).first().waitFor();
    const button = await tabTo(page, /^Stäng uppföljning för /);
    const employer = button.replace('Stäng uppföljning för ', '');
    await page.keyboard.press('Enter');
    const card = page.getByRole('article', { name: employer });
    await card.getByText('Stängd').waitFor();
    expect(await page.locator(':focus').textContent()).toBe('Stängd');
    await context.close();
  });

  it('the employer link shows who the employer is; an ended session asks to sign in again over the page, which then carries on', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    const link = page.getByRole('article').first().getByRole('link');
    const employer = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { name: employer, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/arbetsgivare\/[0-9a-f-]{36}$/);
    const card = await page.getByRole('main').textContent();
    expect(card).toMatch(/Organisationsnummer\s*\d{6}-\d{4}/);
    expect(card).toMatch(/Kommun\s*(Trelleborg|Svedala)/);
    await expectAccessible(page, 'arbetsgivare');

    // the session ends on the server (as after 30 idle minutes); the next request finds it gone
    await h.t.db.query('DELETE FROM user_session');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina uppföljningar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Din session har gått ut' });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe('/uppfoljningar');
    await expectAccessible(page, 'session-slut-dialog');
    await dialog.getByLabel('Användarnamn').fill('bd1');
    await dialog.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Logga in' }).click();
    await dialog.waitFor({ state: 'detached' });
    // the page's query, refused while the session was gone, is asked again: the follow-ups show, not an error
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('with nothing due, the page says so', async () => {
    const due = await h.t.ok<{ myFollowUpsDue: { items: Array<{ id: string }> } }>('bd2', '{ myFollowUpsDue(withinDays: 7, limit: 100) { items { id } } }');
    for (const { id } of due.myFollowUpsDue.items) await h.t.ok('bd2', 'mutation($id: ID!) { closeFollowUp(contactId: $id) { id } }', { id });
    const { context, page } = await h.newPage();
    await signIn(page, 'bd2');
    await page.getByText('Du har inga uppföljningar som är försenade eller ska göras inom 7 dagar.').waitFor();
    await expectAccessible(page, 'uppfoljningar-tom');
    await context.close();
  });
});

/** Presses Tab until a button whose name matches has focus, as a keyboard user would, and returns its name. */
async function tabTo(page: Page, name: RegExp): Promise<string> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const text = ((await focused.textContent()) ?? '').trim();
    if ((await focused.evaluate((el) => el.tagName)) === 'BUTTON' && name.test(text)) return text;
  }
  throw new Error(`Tab never reached a button named ${name}`);
}
