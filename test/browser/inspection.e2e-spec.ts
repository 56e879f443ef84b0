import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** Words of a control that changes something: none may be on a reviewer's screen. */
const EDIT_CONTROL = /Ändra|Sätt|Spara|Ta bort|Radera|Registrera|Lägg till|Skapa|Stäng uppföljning|Flytta/;

/** A button or link that would change something, for a read-only reviewer: there must be none. */
async function editControls(page: Page): Promise<string[]> {
  const buttons = await page.getByRole('button', { name: EDIT_CONTROL }).allInnerTexts();
  const links = await page.getByRole('main').getByRole('link', { name: EDIT_CONTROL }).allInnerTexts();
  return [...buttons, ...links];
}

/** Svedala's reviewer inspects Svedala's figures and who read Svedala's people, as reviewer.svedala does in Chromium. */
describe('The web app: the principal’s reviewer inspects', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it('reviewer.svedala sees the statistics of Svedala only, with nothing to change', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /^Indikatorer per huvudman/ });
    await table.waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers).toEqual(['Indikator', 'Svedala kommun', 'Totalt']);
    const { statistics } = await h.t.ok(
      'reviewer.svedala',
      `query($f: String!, $t: String!) { statistics(from: $f, to: $t) { rows { label enrolled } total { enrolled } } }`,
      {
        f: new URL(page.url()).searchParams.get('fran') ?? `${new Date().getFullYear()}-01-01`,
        t: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()),
      },
    );
    expect(statistics.rows.map((r: { label: string }) => r.label)).toEqual(['Svedala kommun']);
    expect(await page.getByRole('main').getByText('Trelleborg').count()).toBe(0);

    // the principal filter offers Svedala only, and the grouping no secretaries
    await page.getByRole('combobox', { name: 'Huvudman' }).click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Alla huvudmän jag får läsa', 'Svedala kommun']);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Gruppera per' }).click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Huvudman', 'Bransch', 'Bransch-team']);
    await page.keyboard.press('Escape');

    // the parameters are shown, not offered for change; the managers' sections are not there
    await page.getByRole('table', { name: 'Parametrar per huvudman' }).waitFor();
    expect(await editControls(page)).toEqual([]);
    expect(await page.getByRole('region', { name: 'Rankningens exponering över tid' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Bakgrundsjobb som har misslyckats' }).count()).toBe(0);
    await page.locator('.recharts-line').first().waitFor();
    await expectAccessible(page, 'granskning-statistik');
    await context.close();
  });

  it('finds secretary1’s read of a Svedala person in the access log, by name and from the person’s address', async () => {
    const people = await h.t.ok('reviewer.svedala', `{ candidates(limit: 100) { items { id firstName lastName } } }`);
    const person = (people.candidates.items as Array<{ id: string; firstName: string; lastName: string }>).find(
      (p) => people.candidates.items.filter((q: { lastName: string }) => q.lastName === p.lastName).length === 1,
    )!;
    const name = `${person.firstName} ${person.lastName}`;
    const secretary = (await h.t.ok('secretary1', '{ viewer { name organisationName } }')).viewer;
    expect((await h.t.gql('secretary1', 'query($id: ID!) { candidate(id: $id) { id } }', { id: person.id })).errors).toBeUndefined();

    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Åtkomstlogg' }).click();
    await page.getByRole('heading', { name: 'Åtkomstlogg', level: 1 }).waitFor();
    await page.getByRole('table', { name: /^Åtkomstlogg, sida 1 av \d+$/ }).waitFor();
    await expectAccessible(page, 'granskning-atkomstlogg');

    // by name, with the keyboard
    await page.getByRole('textbox', { name: 'Sök person' }).fill(person.lastName);
    await page.keyboard.press('Enter');
    const choice = page.getByRole('link', { name: new RegExp(`^Visa åtkomst till ${name} \\(född`) });
    await choice.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('person') === person.id);
    await page.getByText(`Åtkomst till ${name}.`).waitFor();
    const read = page.getByRole('row').filter({ hasText: secretary.name }).filter({ hasText: 'Personens sida' });
    await read.first().waitFor();
    expect(await read.first().getByRole('cell').allInnerTexts()).toEqual([secretary.name, secretary.organisationName, name, 'Annat', '–', 'Personens sida']);
    // every row is this person's
    const rows = page.getByRole('table', { name: /^Åtkomstlogg/ }).locator('tbody tr');
    for (const cells of await rows.evaluateAll((trs) =>
      trs.map((tr) => (tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells[3]!.textContent),
    ))
      expect(cells).toBe(name);
    expect(await editControls(page)).toEqual([]);
    await expectAccessible(page, 'granskning-atkomstlogg-person');

    // from a person's address (as their page links here), for today
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    await page.goto(`/atkomstlogg?person=${person.id}&fran=${today}&till=${today}`);
    await page.getByText(`Åtkomst till ${name}.`).waitFor();
    expect(await page.getByRole('row').filter({ hasText: secretary.name }).filter({ hasText: 'Personens sida' }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Från', { exact: true }).inputValue()).toBe(today);
    await page.getByRole('button', { name: 'Visa alla personer och datum' }).click();
    await page.waitForURL((url) => !url.searchParams.has('person'));
    await expectAccessible(page, 'granskning-atkomstlogg-alla');
    await context.close();
  });
});
