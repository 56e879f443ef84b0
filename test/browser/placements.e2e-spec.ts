import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

const OPEN_OPENINGS = '{ openings(status: OPEN, limit: 100) { items { id } } }';
const PLACEMENTS = `query($id: ID!) { placements(openingId: $id, limit: 100) { items {
  id version stage opening { id title employer { name } } candidate { firstName lastName consents { purpose withdrawnAt } } history { actor { username } } } } }`;
const ADVANCE = 'mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version stage } }';

interface DemoPlacement {
  id: string;
  version: number;
  stage: string;
  name: string;
  consent: boolean;
  /** The opening as the board's filter offers it: "title – employer" */
  opening: string;
  openingId: string;
  /** Every step so far was recruiter1's */
  recruiter1Only: boolean;
}

/** The Swedish column headings, in the order of the board. */
const COLUMNS = ['Föreslagen', 'Presenterad', 'Intervju', 'Praktik pågår', 'Praktik avslutad', 'Anställning påbörjad', 'Utfall'];

/** The recruiter's placements board, "Placeringar", and a placement's page, as recruiter1 uses them in Chromium. */
describe('The web app: the placements board', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  /** The demo's placements as the API has them now, with whether the person consents to share their profile. */
  async function placements(): Promise<DemoPlacement[]> {
    const { openings } = await h.t.ok<{ openings: { items: Array<{ id: string }> } }>('recruiter1', OPEN_OPENINGS);
    const all: DemoPlacement[] = [];
    for (const { id } of openings.items) {
      const page = await h.t.ok('recruiter1', PLACEMENTS, { id });
      for (const p of page.placements.items) {
        const consents = p.candidate.consents as Array<{ purpose: string; withdrawnAt: string | null }>;
        all.push({
          id: p.id,
          version: p.version,
          stage: p.stage,
          name: `${p.candidate.firstName} ${p.candidate.lastName}`,
          opening: `${p.opening.title} – ${p.opening.employer.name}`,
          openingId: p.opening.id,
          consent: consents.some((c) => c.purpose === 'SHARE_PROFILE_WITH_EMPLOYERS' && !c.withdrawnAt),
          recruiter1Only: (p.history as Array<{ actor: { username: string } }>).every((c) => c.actor.username === 'recruiter1'),
        });
      }
    }
    return all;
  }

  async function openBoard(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Placeringar' }).click();
    await page.getByRole('heading', { name: 'Placeringar', level: 1 }).waitFor();
    await page.locator('[aria-live="polite"]').filter({ hasText: /placeringar?\.$|inga placeringar/ }).waitFor();
  }

  const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
  const card = (page: Page, stage: string, name: string) => column(page, stage).getByRole('article', { name });

  it('shows the demo placements in a column per stage, each headed with its count, each card with the person, the opening and the days', async () => {
    const demo = await placements();
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await openBoard(page);
    expect(await page.title()).toBe('Placeringar – Brygga');
    expect(await page.getByText(/^\d+ placeringar\.$/).textContent()).toBe(`${demo.length} placeringar.`);

    const stages = ['PROPOSED', 'PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED', 'EMPLOYMENT_STARTED', 'OUTCOME'];
    for (const [i, stage] of stages.entries()) {
      const n = demo.filter((p) => p.stage === stage).length;
      const region = column(page, COLUMNS[i]!);
      expect(await region.getByRole('heading', { level: 2 }).textContent()).toBe(`${COLUMNS[i]} (${n === 1 ? '1 placering' : `${n} placeringar`})`);
      expect(await region.getByRole('article').count()).toBe(n);
    }
    expect(demo.filter((p) => p.stage === 'PROPOSED').length).toBeGreaterThanOrEqual(2);
    for (const stage of ['Presenterad', 'Intervju', 'Praktik pågår', 'Utfall'])
      expect(await column(page, stage).getByRole('article').count()).toBeGreaterThan(0);

    const first = column(page, 'Intervju').getByRole('article').first();
    expect(await first.textContent()).toMatch(/, .+\d+ dagar i steget/);
    expect(await first.getByRole('link').getAttribute('href')).toMatch(/^\/placeringar\/[0-9a-f-]{36}$/);
    expect(await column(page, 'Utfall').getByRole('article').first().textContent()).toContain('Utfall: Inte anställd');
    // a final placement has no moves left
    expect(await column(page, 'Utfall').getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'placeringar-tavla');

    // one opening's placements: the one not hired, and the others put forward there
    const notHired = demo.find((p) => p.stage === 'OUTCOME')!;
    const there = demo.filter((p) => p.openingId === notHired.openingId);
    await page.getByRole('combobox', { name: 'Plats' }).click();
    await page.getByRole('option', { name: notHired.opening, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('openingId') === notHired.openingId);
    await page.getByText(there.length === 1 ? 'En placering.' : `${there.length} placeringar.`, { exact: true }).waitFor();
    expect(await page.getByRole('article').count()).toBe(there.length);
    await card(page, 'Utfall', notHired.name).waitFor();
    await expectAccessible(page, 'placeringar-en-plats');
    await context.close();
  });

  it('moves a proposed placement to Presenterad with the keyboard alone: only the legal move is offered, focus follows the card and the move is announced', async () => {
    const demo = await placements();
    const target = demo.find((p) => p.stage === 'PROPOSED' && p.consent)!;
    expect(target).toBeDefined();
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await openBoard(page);

    const proposed = card(page, 'Föreslagen', target.name);
    const moves = await proposed.getByRole('button', { name: /^Flytta / }).allTextContents();
    expect(moves).toEqual(['Flytta till Presenterad']);
    expect(await proposed.getByRole('button', { name: `Flytta ${target.name} till Presenterad` }).count()).toBe(1);

    await tabTo(page, `Flytta ${target.name} till Presenterad`);
    await page.keyboard.press('Enter');
    const moved = card(page, 'Presenterad', target.name);
    await moved.waitFor();
    expect(await proposed.count()).toBe(0);
    expect(await page.locator(':focus').getAttribute('aria-labelledby')).toBe(await moved.getAttribute('aria-labelledby'));
    expect(await page.getByRole('status').filter({ hasText: 'flyttades' }).textContent()).toBe(`${target.name} flyttades till Presenterad.`);
    expect(await moved.getByRole('button', { name: /^Flytta / }).allTextContents()).toEqual(['Flytta till Intervju']);
    await expectAccessible(page, 'placeringar-flyttad');

    // presenting someone who has not consented to share their profile is refused, in Swedish, next to the card
    const without = demo.find((p) => p.stage === 'PROPOSED' && !p.consent);
    if (without) {
      await card(page, 'Föreslagen', without.name).getByRole('button', { name: `Flytta ${without.name} till Presenterad` }).click();
      const alert = card(page, 'Föreslagen', without.name).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Personen har inte samtyckt till att profilen delas med arbetsgivare.');
      expect(await alert.getByRole('button', { name: 'Ladda om' }).count()).toBe(0);
      await expectAccessible(page, 'placeringar-samtycke-saknas');
    }
    await context.close();
  });

  it('says in Swedish that someone else moved the placement meanwhile, and "Ladda om" shows where it is now', async () => {
    const target = (await placements()).find((p) => p.stage === 'PRESENTED')!;
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await openBoard(page);
    const before = card(page, 'Presenterad', target.name);
    await before.waitFor();

    await h.t.ok('recruiter2', ADVANCE, { i: { id: target.id, version: target.version, stage: 'INTERVIEW' } });
    await before.getByRole('button', { name: `Flytta ${target.name} till Intervju` }).click();
    const alert = before.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Någon annan har ändrat uppgifterna medan du arbetade.');
    await expectAccessible(page, 'placeringar-konflikt');

    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await card(page, 'Intervju', target.name).waitFor();
    expect(await card(page, 'Presenterad', target.name).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('records a hire with its terms: the card goes to Utfall, and the placement page shows the terms and the history with who and when', async () => {
    const target = (await placements()).find((p) => p.stage === 'INTERVIEW' && p.recruiter1Only)!;
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await openBoard(page);
    const interview = card(page, 'Intervju', target.name);
    await interview.getByRole('button', { name: `Registrera utfall för ${target.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Registrera utfall för ${target.name}` });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Anställd', exact: true }).check();
    await dialog.getByText('En anställning som kommunen ordnar som arbetsmarknadsinsats räknas aldrig som arbete i statistiken.').waitFor();
    await expectAccessible(page, 'placeringar-utfall-dialog');

    // nothing chosen for the employment type: said next to the field, nothing sent
    await dialog.getByRole('button', { name: 'Registrera utfallet' }).click();
    await dialog.getByText('Fyll i fältet').waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Anställningsform' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'placeringar-utfall-fel');

    await dialog.getByRole('combobox', { name: 'Anställningsform' }).click();
    await page.getByRole('option', { name: /^Tillsvidareanställning/ }).click();
    const employmentType = await dialog.getByRole('combobox', { name: 'Anställningsform' }).inputValue();
    await dialog.getByRole('radiogroup', { name: /^Subventionerad anställning/ }).getByRole('radio', { name: 'Ja' }).check();
    const startOn = await dialog.getByLabel('Första anställningsdag').inputValue();
    await dialog.getByLabel('Timmar per vecka').fill('32');
    await dialog.getByRole('button', { name: 'Registrera utfallet' }).click();

    const hired = card(page, 'Utfall', target.name);
    await hired.waitFor();
    expect(await hired.textContent()).toContain('Utfall: Anställd');
    expect(await page.getByRole('status').filter({ hasText: 'registrerat' }).textContent()).toBe(`Utfallet för ${target.name} är registrerat: Anställd.`);
    expect(await page.locator(':focus').getAttribute('aria-labelledby')).toBe(await hired.getAttribute('aria-labelledby'));

    await hired.getByRole('link', { name: target.name }).click();
    await page.getByRole('heading', { name: `Placering: ${target.name}`, level: 1 }).waitFor();
    const terms = page.getByRole('region', { name: 'Anställningsvillkor' });
    expect(await terms.textContent()).toContain(`Anställningsform${employmentType}`);
    expect(await terms.textContent()).toContain('SubventioneradJa');
    expect(await terms.textContent()).toContain('Kommunal arbetsmarknadsanställningNej');
    expect(await terms.textContent()).toContain(`Första anställningsdag${startOn}`);
    expect(await terms.textContent()).toContain('Timmar per vecka32');
    expect(await page.getByRole('region', { name: 'Uppgifter' }).getByRole('link').nth(1).getAttribute('href')).toMatch(/^\/platser\/[0-9a-f-]{36}$/);

    const history = page.getByRole('table', { name: 'Placeringens steg, äldst först' });
    const rows = await history.getByRole('row').allTextContents();
    expect(rows[0]).toBe('DatumFrånTillAvAnteckning');
    expect(rows[1]).toMatch(/^\d{4}-\d{2}-\d{2}Ny placeringFöreslagenJohan Berg–$/);
    expect(rows.at(-1)).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}IntervjuUtfall: AnställdJohan Berg–$`));
    const days = rows.slice(1).map((r) => r.slice(0, 10));
    expect(days).toEqual([...days].sort());
    expect(new Set(rows.slice(1).map((r) => r.includes('Johan Berg')))).toEqual(new Set([true]));
    expect(await page.getByRole('region', { name: 'Nästa steg' }).getByRole('button', { name: `Registrera utfall för ${target.name}` }).count()).toBe(1);
    await expectAccessible(page, 'placering-anstalld');

    // the person's placements, on the board
    await page.getByRole('link', { name: 'Alla placeringar för personen' }).click();
    await page.getByText(`Visar placeringar för ${target.name}.`).waitFor();
    await card(page, 'Utfall', target.name).waitFor();
    expect(new URL(page.url()).searchParams.get('candidateId')).toMatch(/^[0-9a-f-]{36}$/);
    await expectAccessible(page, 'placeringar-en-person');
    await context.close();
  });

  it('shows Svedala’s reviewer the board to read, with no moves to make', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await openBoard(page);
    for (const stage of COLUMNS) await column(page, stage).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Flytta |^Registrera utfall/ }).count()).toBe(0);
    await expectAccessible(page, 'placeringar-granskare');
    await context.close();
  });
});

/** Presses Tab until the button of that accessible name has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').getAttribute('aria-label')) === name) return;
  }
  throw new Error(`Tab never reached the button ${name}`);
}
