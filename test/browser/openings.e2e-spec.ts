import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { choose, columnValues, errorOf, rows, waitForFact, waitForValue } from '../support/browser-pages.js';

/** Demo openings (demo/demo-openings.ts): an internship under way with two check-ins, an open job and a draft. */
const INTERNSHIP = 'Praktik butiksmedarbetare, dagligvaror';
const JOB = 'Svetsare MIG/MAG, smide';
const DRAFT = 'Grovarbetare, bygg och anläggning';
const EMPLOYER = 'Nilssons Järnhandel AB';
/** Svedala's care internship, which needs Arabic at the level Bra with a reason. */
const CARE = 'Praktik vårdbiträde, äldreboende';

const OPENING = `query($id: ID!) { opening(id: $id) { id version title supervisorName requiredSkills { weight skill { label } } checkIns { note } } }`;
const OPENINGS = `query($kind: OpeningKind) { openings(kind: $kind, limit: 100) { items { id title } } }`;
const MUNICIPALITIES = `{ openings(limit: 100) { totalCount items { municipality { id label } } } }`;
const UPDATE = `mutation($input: UpdateOpeningInput!) { updateOpening(input: $input) { version title } }`;

/** The recruiter's openings, "Platser", as recruiter1 uses them in Chromium. */
describe('The web app: the openings', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  async function openingId(title: string): Promise<string> {
    const { openings } = await h.t.ok<{ openings: { items: Array<{ id: string; title: string }> } }>('recruiter1', OPENINGS);
    const found = openings.items.find((o) => o.title === title);
    expect(found).toBeDefined();
    return found!.id;
  }

  it('recruiter1 opens Platser from the menu, filters by kind and status, goes back, and opens an opening', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Platser' }).click();
    await page.getByRole('heading', { name: 'Platser', level: 1 }).waitFor();
    expect(await page.title()).toBe('Platser – Brygga');
    await page.getByRole('table', { name: /^Platser, sida 1 av 1$/ }).waitFor();
    const all = await rows(page).count();
    expect(all).toBeGreaterThan(10);
    expect(await page.getByRole('link', { name: 'Ny plats' }).isVisible()).toBe(true);
    const headings = await page.getByRole('table').getByRole('columnheader').allTextContents();
    expect(headings).toEqual(['Titel', 'Arbetsgivare', 'Typ', 'Status', 'Start', 'Antal', 'Kommun', 'Bransch-team']);
    await expectAccessible(page, 'platser-lista');

    await choose(page, 'Typ av plats', 'Praktik');
    await page.waitForURL((url) => url.searchParams.get('typ') === 'INTERNSHIP');
    await page.getByText(/^\d+ platser hittades\./).waitFor();
    const internships = await columnValues(page, 'Typ');
    expect(internships.length).toBeGreaterThan(1);
    expect(internships.length).toBeLessThan(all);
    expect(new Set(internships)).toEqual(new Set(['Praktik']));
    await expectAccessible(page, 'platser-praktik');

    await choose(page, 'Status', 'Utkast');
    await page.waitForURL((url) => url.searchParams.get('status') === 'DRAFT' && url.searchParams.get('typ') === 'INTERNSHIP');
    await page.getByText('Inga platser matchar filtren.', { exact: false }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'platser-tom');

    await choose(page, 'Status', 'Öppen');
    await page.waitForURL((url) => url.searchParams.get('status') === 'OPEN');
    await page.getByRole('table').waitFor();
    expect(new Set(await columnValues(page, 'Status'))).toEqual(new Set(['Öppen']));
    await expectAccessible(page, 'platser-praktik-oppna');

    // the back button goes through the filters as they were chosen
    await page.goBack();
    await page.getByText('Inga platser matchar filtren.', { exact: false }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Utkast');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('status') && url.searchParams.get('typ') === 'INTERNSHIP');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Typ av plats' }).inputValue()).toBe('Praktik');

    await page.getByRole('table').getByRole('link', { name: INTERNSHIP }).click();
    await page.getByRole('heading', { name: INTERNSHIP, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/platser\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it("filters by the workplace's municipality, typed into the searchable list, and a shared link shows the same", async () => {
    // the demo's municipality with the fewest openings, so that the filter visibly leaves some out
    const { openings } = await h.t.ok<{ openings: { totalCount: number; items: Array<{ municipality: { id: string; label: string } | null }> } }>(
      'recruiter1',
      MUNICIPALITIES,
    );
    const counts = new Map<string, { label: string; n: number }>();
    for (const { municipality: m } of openings.items) if (m) counts.set(m.id, { label: m.label, n: (counts.get(m.id)?.n ?? 0) + 1 });
    const [id, { label, n }] = [...counts].sort((a, b) => a[1].n - b[1].n)[0];
    expect(n).toBeLessThan(openings.totalCount);

    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto('/platser');
    await page.getByRole('table', { name: /^Platser, sida 1 av/ }).waitFor();
    const kommun = page.getByRole('combobox', { name: 'Kommun' });
    await kommun.fill(label.slice(0, 4));
    await page.getByRole('option', { name: label, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('kommun') === id);
    await page.getByText(n === 1 ? 'En plats hittades.' : `${n} platser hittades.`, { exact: false }).waitFor();
    expect(await columnValues(page, 'Kommun')).toEqual(Array(n).fill(label));
    expect(await kommun.inputValue()).toBe(label);
    expect(await page.getByRole('button', { name: 'Rensa filtren' }).isVisible()).toBe(true);
    await expectAccessible(page, 'platser-kommun');

    // the address alone gives the same list
    await page.goto(page.url());
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('combobox', { name: 'Kommun' }).inputValue()).toBe(label);
    expect(await columnValues(page, 'Kommun')).toEqual(Array(n).fill(label));
    await page.getByRole('button', { name: 'Rensa filtren' }).click();
    await page.waitForURL((url) => !url.searchParams.has('kommun'));
    await page.getByText(`${openings.totalCount} platser hittades.`, { exact: false }).waitFor();
    await context.close();
  });

  it("shows an internship's requirements, supervisor and check-ins, and adds a check-in; a job has no supervisor", async () => {
    const id = await openingId(INTERNSHIP);
    const { opening } = await h.t.ok('recruiter1', OPENING, { id });
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto(`/platser/${id}`);
    await page.getByRole('heading', { name: INTERNSHIP, level: 1 }).waitFor();
    const requirements = page.getByRole('region', { name: 'Krav' });
    for (const skill of opening.requiredSkills) {
      await requirements.getByText(`${skill.skill.label} (vikt ${skill.weight} av 5)`).waitFor();
    }
    await requirements.getByText('Kompetenser som krävs').waitFor();
    await requirements.getByText('Meriterande kompetenser').waitFor();
    // no limit of its own: the internships' default, said to be one
    await waitForFact(requirements, 'Längsta restid, enkel resa', '45 min (standard för praktik)');
    await page.getByRole('region', { name: 'Handledare' }).getByText(opening.supervisorName).waitFor();
    const checkIns = page.getByRole('region', { name: 'Uppföljningar med arbetsplatsen' });
    expect(await checkIns.getByRole('listitem').count()).toBe(opening.checkIns.length);
    await checkIns.getByText(opening.checkIns[0].note).waitFor();
    expect(await page.getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/platser/${id}/redigera`);
    expect(await page.getByRole('link', { name: 'Matcha kandidater' }).getAttribute('href')).toBe(`/platser/${id}/matchning`);
    expect(await page.getByRole('region', { name: 'Om platsen' }).getByRole('link').first().getAttribute('href')).toMatch(/^\/arbetsgivare\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'plats-praktik');

    // a check-in without a note is refused next to the field, then saved
    await checkIns.getByRole('button', { name: 'Spara uppföljning' }).click();
    expect(await errorOf(page, 'Anteckning')).toBe('Fyll i fältet');
    await expectAccessible(page, 'plats-praktik-uppfoljning-fel');
    await checkIns.getByLabel('Anteckning').fill('Telefonavstämning med handledaren: allt fungerar bra.');
    await checkIns.getByRole('button', { name: 'Spara uppföljning' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen är sparad.' }).waitFor();
    await checkIns.getByText('Telefonavstämning med handledaren: allt fungerar bra.').waitFor();
    expect(await checkIns.getByRole('listitem').count()).toBe(opening.checkIns.length + 1);
    await expectAccessible(page, 'plats-praktik-uppfoljning');

    await page.goto(`/platser/${await openingId(JOB)}`);
    await page.getByRole('heading', { name: JOB, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Krav' }).waitFor();
    expect(await page.getByRole('region', { name: 'Handledare' }).count()).toBe(0);
    // the welder's own limit: the early shift starts before the buses from farther away arrive
    await waitForFact(page.getByRole('region', { name: 'Krav' }), 'Längsta restid, enkel resa', '45 min');
    await expectAccessible(page, 'plats-jobb');
    await context.close();
  });

  it('creates an opening with an occupation from the taxonomy, and edits its title', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto('/platser');
    await page.getByRole('link', { name: 'Ny plats' }).click();
    await page.getByRole('heading', { name: 'Ny plats', level: 1 }).waitFor();
    await expectAccessible(page, 'platser-ny');

    // required fields left empty: the Swedish message beside each
    await page.getByRole('button', { name: 'Skapa platsen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Några uppgifter behöver rättas.' }).waitFor();
    expect(await errorOf(page, 'Titel')).toBe('Fyll i fältet');
    expect(await errorOf(page, 'Arbetsgivare')).toBe('Välj i listan');
    expect(await errorOf(page, 'Yrke')).toBe('Välj i listan');
    expect(await errorOf(page, 'Startdatum')).toBe('Fyll i fältet');
    expect(await page.locator(':focus').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'platser-ny-fel');

    await page.getByRole('combobox', { name: 'Arbetsgivare' }).fill('Nilssons');
    await page.getByRole('option', { name: EMPLOYER }).click();
    await choose(page, 'Typ av plats', 'Anställning utan stöd');
    await page.getByLabel('Titel').fill('Lagerarbetare, järnhandel');
    // the occupation picked with the keyboard alone
    await page.getByRole('combobox', { name: 'Yrke' }).fill('undersköterska, hem');
    await page.getByRole('option', { name: /^Undersköterska, hemtjänst/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: 'Yrke' }).inputValue()).toMatch(/^Undersköterska, hemtjänst/);
    await page.getByLabel('Startdatum').fill(isoDaysFromToday(40));
    await page.getByRole('combobox', { name: 'Lägg till i kompetenser som krävs' }).fill('truck');
    const skill = (await page.getByRole('option').first().textContent())!;
    await page.getByRole('option').first().click();
    await page.getByLabel(`Vikt för ${skill}`).selectOption('5');
    await expectAccessible(page, 'platser-ny-ifylld');
    await page.getByRole('button', { name: 'Skapa platsen' }).click();

    await page.getByRole('heading', { name: 'Lagerarbetare, järnhandel', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/platser\/[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'Krav' }).getByText(`${skill} (vikt 5 av 5)`).waitFor();
    await page.getByRole('region', { name: 'Om platsen' }).getByRole('link', { name: EMPLOYER }).waitFor();
    const status = page.getByRole('region', { name: 'Ändra status' });
    await status.getByText('Utkast').waitFor();
    expect(await status.getByRole('button').allTextContents()).toEqual(['Öppna', 'Stäng']);
    await expectAccessible(page, 'plats-utkast');

    await page.getByRole('link', { name: 'Redigera' }).click();
    await page.getByRole('heading', { name: 'Redigera Lagerarbetare, järnhandel', level: 1 }).waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Lagerarbetare, järnhandel');
    await expectAccessible(page, 'plats-redigera');
    await page.getByLabel('Titel').fill('Lagerarbetare, järnhandeln i Trelleborg');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('heading', { name: 'Lagerarbetare, järnhandeln i Trelleborg', level: 1 }).waitFor();
    await context.close();
  }, 120_000);

  it('states a commute limit and a language need with its reason; a missing reason, and a limit out of range, are said next to their fields', async () => {
    const id = await openingId(INTERNSHIP);
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');

    // the demo's care internship needs Arabic, and says why
    await page.goto(`/platser/${await openingId(CARE)}`);
    const care = page.getByRole('region', { name: 'Krav' }).getByRole('listitem').filter({ hasText: 'Arabiska, lägsta nivå: Bra' });
    await care.getByText(/^Varför: .*talar bara arabiska/).waitFor();
    await expectAccessible(page, 'plats-sprakkrav');

    await page.goto(`/platser/${id}/redigera`);
    await page.getByRole('heading', { name: `Redigera ${INTERNSHIP}`, level: 1 }).waitFor();
    const limit = page.getByLabel('Längsta restid (minuter, enkel resa)');
    expect(await limit.inputValue()).toBe('');
    await page.getByText('Lämna tomt för standard för praktik: 45 min.', { exact: false }).waitFor();
    const languages = page.getByRole('group', { name: 'Språk som arbetet kräver' });
    await languages.getByText('Inga språkkrav.').waitFor();
    await languages.getByText('får bara krävas när arbetet verkligen behöver det', { exact: false }).waitFor();

    // a row added takes the focus; the language searched for and picked, the level chosen, the reason left out
    await limit.fill('5');
    await languages.getByRole('button', { name: 'Lägg till språk' }).click();
    const row = languages.getByRole('group', { name: 'Språkkrav 1' });
    await row.getByRole('combobox', { name: 'Språk' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.type('arab');
    await page.getByRole('option', { name: 'Arabiska', exact: true }).click();
    await row.getByLabel('Lägsta nivå').selectOption({ label: 'Bra' });
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('alert').filter({ hasText: 'Några uppgifter behöver rättas.' }).waitFor();
    expect(await errorOf(page, 'Längsta restid (minuter, enkel resa)')).toBe('Skriv ett heltal mellan 10 och 180, eller lämna tomt');
    expect(await errorOf(page, 'Varför arbetet kräver språket')).toBe('Skriv varför arbetet kräver språket');
    expect(await page.locator(':focus').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'plats-redigera-sprak-fel');

    // the API's own check of the reason lands on the same field, in the same words
    await limit.fill('30');
    await page.getByLabel('Varför arbetet kräver språket').fill('Kunderna i butiken frågar ofta på arabiska.');
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables: { input: { languageNeeds: Array<{ reason: string }> } } };
      if (body.operationName !== 'UpdateOpening') return route.continue();
      body.variables.input.languageNeeds[0].reason = ' ';
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det gick inte' }).waitFor();
    expect(await errorOf(page, 'Varför arbetet kräver språket')).toBe('Skriv varför arbetet kräver språket');
    await page.unroute('**/graphql');

    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('heading', { name: INTERNSHIP, level: 1, exact: true }).waitFor();
    const requirements = page.getByRole('region', { name: 'Krav' });
    await waitForFact(requirements, 'Längsta restid, enkel resa', '30 min');
    const need = requirements.getByRole('listitem').filter({ hasText: 'Arabiska, lägsta nivå: Bra' });
    await need.getByText('Varför: Kunderna i butiken frågar ofta på arabiska.').waitFor();
    await expectAccessible(page, 'plats-restid-sprak');

    // removed again, and the limit cleared: the default is back
    await page.getByRole('link', { name: 'Redigera' }).click();
    await page.getByRole('button', { name: 'Ta bort språkkrav 1' }).click();
    await page.getByRole('button', { name: 'Lägg till språk' }).and(page.locator(':focus')).waitFor();
    await page.getByLabel('Längsta restid (minuter, enkel resa)').fill('');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await waitForFact(requirements, 'Längsta restid, enkel resa', '45 min (standard för praktik)');
    await waitForFact(requirements, 'Språk som arbetet kräver', 'Inga.');
    await context.close();
  }, 120_000);

  it('offers only the legal status changes, and a change made meanwhile by someone else is reloaded, on the page and in the form', async () => {
    const id = await openingId(DRAFT);
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto(`/platser/${id}`);
    await page.getByRole('heading', { name: DRAFT, level: 1 }).waitFor();
    const status = page.getByRole('region', { name: 'Ändra status' });
    await status.getByText('Utkast').waitFor();
    expect(await status.getByRole('button').allTextContents()).toEqual(['Öppna', 'Stäng']);

    await status.getByRole('button', { name: 'Öppna' }).click();
    await page.getByRole('status').filter({ hasText: 'Platsens status är nu Öppen.' }).waitFor();
    await status.getByRole('button', { name: 'Tillsatt' }).waitFor();
    expect(await status.getByRole('button').allTextContents()).toEqual(['Tillsatt', 'Stäng']);
    await expectAccessible(page, 'plats-oppen');

    // recruiter2 changes the opening meanwhile: recruiter1's stale version is refused, and a reload shows the change
    const { opening } = await h.t.ok('recruiter2', OPENING, { id });
    await h.t.ok('recruiter2', UPDATE, { input: { id, version: opening.version, title: 'Grovarbetare, ändrad av Amira' } });
    await status.getByRole('button', { name: 'Tillsatt' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppgifterna' });
    await alert.waitFor();
    await expectAccessible(page, 'plats-konflikt');
    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await page.getByRole('heading', { name: 'Grovarbetare, ändrad av Amira', level: 1 }).waitFor();
    expect(await alert.count()).toBe(0);
    await status.getByText('Öppen').waitFor();

    // the same in the form: a stale save is refused, and a reload shows the other change instead of what was typed
    await page.getByRole('link', { name: 'Redigera' }).click();
    await page.getByRole('heading', { name: 'Redigera Grovarbetare, ändrad av Amira', level: 1 }).waitFor();
    const { opening: now } = await h.t.ok('recruiter2', OPENING, { id });
    await h.t.ok('recruiter2', UPDATE, { input: { id, version: now.version, places: 4 } });
    await page.getByLabel('Titel').fill('Grovarbetare, min ändring');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const formAlert = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppgifterna' });
    await formAlert.waitFor();
    await expectAccessible(page, 'plats-redigera-konflikt');
    await formAlert.getByRole('button', { name: 'Ladda om' }).click();
    await waitForValue(page, 'Antal platser', '4');
    expect(await page.getByLabel('Titel').inputValue()).toBe('Grovarbetare, ändrad av Amira');
    expect(await formAlert.count()).toBe(0);
    await context.close();
  }, 120_000);

  it('a secretary reads openings but is offered no change', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto('/platser');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('link', { name: 'Ny plats' }).count()).toBe(0);
    await page.getByRole('table').getByRole('link', { name: JOB }).click();
    await page.getByRole('heading', { name: JOB, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Krav' }).waitFor();
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Status', exact: true }).getByText('Öppen').waitFor();
    expect(await page.getByRole('region', { name: 'Status', exact: true }).getByRole('button').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Ändra status' }).count()).toBe(0);
    await expectAccessible(page, 'plats-las');
    await context.close();
  });

  it('a role without openings, the administrator, is not let into /platser', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'admin');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Platser' }).count()).toBe(0);
    await page.goto('/platser');
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    await expectAccessible(page, 'platser-ej-behorig');
    await context.close();
  });
});

function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
