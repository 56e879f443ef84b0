import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { daysAhead, definition, localDate, tabTo } from '../support/browser-pages.js';

/** A demo employer (demo/demo-employers.ts), the only one with this word in its name. */
const DEMO_EMPLOYER = 'Nilssons Järnhandel AB';
const KIND_LABEL: Record<string, string> = { VISIT: 'Besök', MEETING: 'Möte', PHONE: 'Telefon', EMAIL: 'E-post', EVENT: 'Evenemang' };

interface ApiEmployer {
  id: string;
  name: string;
  version: number;
  organisationNumber: string;
  sniCodes: string[];
  municipality: { label: string } | null;
  responsible: { name: string } | null;
  principal: { name: string };
  contactPersons: Array<{ name: string; role: string | null; phone: string | null; email: string | null }>;
}

const EMPLOYER_FIELDS = `id name version organisationNumber sniCodes municipality { label } responsible { name } principal { name } contactPersons { name role phone email }`;

/** The business developer's employer card, /arbetsgivare/<id>, as bd1 uses it in Chromium. */
describe('The web app: the employer card', () => {
  let h: BrowserHarness;
  /** bd1's own Trelleborg employers but the one the first test opens, one for each test that changes an employer */
  let employers: ApiEmployer[];
  /** bd1's name, as the timeline says who logged a contact */
  let bd1Name: string;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    const { viewer } = await h.t.ok<{ viewer: { userId: string; name: string } }>('bd1', `{ viewer { userId name } }`);
    bd1Name = viewer.name;
    const list = await h.t.ok<{ employers: { items: ApiEmployer[] } }>(
      'bd1',
      `query($me: ID) { employers(responsibleUserId: $me, limit: 50) { items { ${EMPLOYER_FIELDS} } } }`,
      { me: viewer.userId },
    );
    employers = list.employers.items.filter((e) => e.principal.name.includes('Trelleborg') && e.name !== DEMO_EMPLOYER);
    expect(employers.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(() => h?.close());

  /** Logs a contact through the API, as a colleague's phone would have. */
  const logContact = (employerId: string, input: Record<string, unknown>, as = 'bd1') =>
    h.t.ok(as, `mutation($input: LogEmployerContactInput!) { logEmployerContact(input: $input) { id } }`, { input: { employerId, ...input } });

  /** The first taxonomy concept of a type found by a search. */
  async function concept(type: string, search: string): Promise<{ id: string; code: string | null; label: string }> {
    const { taxonomyConcepts } = await h.t.ok<{ taxonomyConcepts: { items: Array<{ id: string; code: string | null; label: string }> } }>(
      'bd1',
      `query($type: String!, $q: String!) { taxonomyConcepts(type: $type, search: $q, limit: 1) { items { id code label } } }`,
      { type, q: search },
    );
    return taxonomyConcepts.items[0]!;
  }

  it('bd1 opens an employer from the search and reads its facts, contact persons and a timeline paged by Visa fler', async () => {
    const { employers: found } = await h.t.ok<{ employers: { items: ApiEmployer[] } }>(
      'bd1',
      `{ employers(name: "järnhandel") { items { ${EMPLOYER_FIELDS} } } }`,
    );
    const employer = found.items[0]!;
    // more contacts than a page holds, logged by a colleague so bd1's own follow-ups stay as they are
    for (let i = 1; i <= 11; i++) await logContact(employer.id, { kind: 'EMAIL', summary: `Mejl nummer ${i} om vårens rekryteringar.` }, 'bd2');
    const { employerTimeline } = await h.t.ok<{
      employerTimeline: { totalCount: number; items: Array<{ kind: string; occurredAt: string; summary: string }> };
    }>('bd1', `query($id: ID!) { employerTimeline(employerId: $id, limit: 11) { totalCount items { kind occurredAt summary } } }`, { id: employer.id });

    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare');
    await page.getByLabel('Namn eller organisationsnummer').fill('järnhandel');
    await page.keyboard.press('Enter');
    await page.getByRole('table').getByRole('link', { name: DEMO_EMPLOYER }).click();
    await page.getByRole('heading', { name: DEMO_EMPLOYER, level: 1 }).waitFor();
    expect(await page.title()).toBe(`${DEMO_EMPLOYER} – Brygga`);

    const facts = page.getByRole('region', { name: 'Uppgifter' });
    expect(await definition(facts, 'Organisationsnummer')).toBe(employer.organisationNumber);
    expect(await definition(facts, 'Kommun')).toBe(employer.municipality!.label);
    expect(await definition(facts, 'Ansvarig')).toBe(employer.responsible!.name);
    // SNI: the code with its Swedish label from the taxonomy
    const sni = await concept('sni-level-5', employer.sniCodes[0]!);
    await facts.getByText(`${sni.code} ${sni.label}`).waitFor();

    const persons = page.getByRole('table', { name: 'Kontaktpersoner hos arbetsgivaren' });
    const first = employer.contactPersons[0]!;
    await persons.getByRole('rowheader', { name: first.name }).waitFor();
    if (first.phone) expect(await persons.getByRole('link', { name: first.phone }).getAttribute('href')).toBe(`tel:${first.phone.replace(/[\s-]/g, '')}`);
    if (first.email) expect(await persons.getByRole('link', { name: first.email }).getAttribute('href')).toBe(`mailto:${first.email}`);

    const timeline = page.getByRole('region', { name: 'Kontakthistorik' });
    const newest = timeline.getByRole('article').first();
    expect(await newest.getByRole('heading', { level: 3 }).textContent()).toBe(
      `${KIND_LABEL[employerTimeline.items[0]!.kind]} ${localDate(employerTimeline.items[0]!.occurredAt)}`,
    );
    await newest.getByText(employerTimeline.items[0]!.summary).waitFor();
    await timeline.getByText(`Visar 10 av ${employerTimeline.totalCount} kontakter.`).waitFor();
    await expectAccessible(page, 'arbetsgivarkort');

    // "Visa fler" adds the next page below and moves focus to the first of it
    expect(await timeline.getByRole('article').count()).toBe(10);
    await timeline.getByRole('button', { name: 'Visa fler' }).click();
    const eleventh = timeline.getByRole('article').nth(10);
    await eleventh.getByText(employerTimeline.items[10]!.summary).waitFor();
    expect(await eleventh.evaluate((el) => el.matches(':focus'))).toBe(true);
    await context.close();
  });

  it('bd1 adds a contact person and changes it; bd2 changing the employer meanwhile is a conflict that Ladda om resolves', async () => {
    const employer = employers[0]!;
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    await page.getByRole('heading', { name: employer.name, level: 1 }).waitFor();
    const persons = page.getByRole('region', { name: 'Kontaktpersoner' });

    await persons.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till kontaktperson' });
    await dialog.waitFor();
    await dialog.getByLabel('Namn').fill('Lena Testsson');
    await dialog.getByLabel('Roll').fill('Platschef');
    await dialog.getByLabel('Telefon').fill('0410-123 45');
    await dialog.getByLabel('E-post').fill('lena.testsson@');
    await expectAccessible(page, 'arbetsgivarkort-ny-kontaktperson');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Skriv en giltig e-postadress').waitFor();
    expect(await dialog.getByLabel('E-post').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'arbetsgivarkort-kontaktperson-fel');
    await dialog.getByLabel('E-post').fill('lena.testsson@example.se');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await persons.getByRole('status').getByText('Kontaktpersonen Lena Testsson är sparad.').waitFor();
    const table = persons.getByRole('table', { name: 'Kontaktpersoner hos arbetsgivaren' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lena Testsson' }) });
    await row.getByRole('cell', { name: 'Platschef' }).waitFor();
    expect(await row.getByRole('link', { name: '0410-123 45' }).getAttribute('href')).toBe('tel:041012345');
    expect(await row.getByRole('link', { name: 'lena.testsson@example.se' }).getAttribute('href')).toBe('mailto:lena.testsson@example.se');

    await row.getByRole('button', { name: 'Ändra kontaktpersonen Lena Testsson' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra kontaktperson' });
    expect(await edit.getByLabel('Roll').inputValue()).toBe('Platschef');
    await edit.getByLabel('Roll').fill('Platschef och HR');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByRole('cell', { name: 'Platschef och HR' }).waitFor();

    // bd2 adds a contact person while bd1 has the card open
    await row.getByRole('button', { name: 'Ändra kontaktpersonen Lena Testsson' }).click();
    await edit.waitFor();
    const { employer: now } = await h.t.ok<{ employer: ApiEmployer }>('bd2', `query($id: ID!) { employer(id: $id) { ${EMPLOYER_FIELDS} } }`, {
      id: employer.id,
    });
    await h.t.ok('bd2', `mutation($input: UpdateEmployerInput!) { updateEmployer(input: $input) { version } }`, {
      input: {
        id: employer.id,
        version: now.version,
        contactPersons: [...now.contactPersons.map(({ name, role, phone, email }) => ({ name, role, phone, email })), { name: 'Per Annansson', role: 'VD' }],
      },
    });
    await edit.getByLabel('Roll').fill('HR-chef');
    await edit.getByRole('button', { name: 'Spara' }).click();
    const alert = edit.getByRole('alert');
    await alert.getByText('Någon annan har ändrat uppgifterna medan du arbetade.', { exact: false }).waitFor();
    await expectAccessible(page, 'arbetsgivarkort-konflikt');
    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await edit.waitFor({ state: 'hidden' });
    await table.getByRole('rowheader', { name: 'Per Annansson' }).waitFor();
    await row.getByRole('cell', { name: 'Platschef och HR' }).waitFor();
    await context.close();
  });

  it('logs a contact with the keyboard alone: kind, summary, an occupation searched and picked, headcount, follow-up date', async () => {
    const employer = employers[1]!;
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    await page.getByRole('heading', { name: employer.name, level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Logga kontakt' });
    expect(await form.getByLabel('Nästa uppföljning').inputValue()).toBe(daysAhead(14));

    await tabTo(page, form.getByRole('radio', { name: 'Besök' }));
    await page.keyboard.press('ArrowRight');
    expect(await form.getByRole('radio', { name: 'Telefon' }).isChecked()).toBe(true);
    await tabTo(page, form.getByLabel('Sammanfattning'));
    await page.keyboard.type('Ringde om lagret inför våren. Vill ha två lagerarbetare.');
    await tabTo(page, form.getByLabel('Nästa uppföljning'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(daysAhead(10));
    await tabTo(page, form.getByRole('button', { name: 'Lägg till kompetensbehov' }));
    await page.keyboard.press('Enter');
    const occupation = form.getByRole('combobox', { name: 'Yrke' });
    expect(await occupation.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type('lagerarb');
    await page.getByRole('option', { name: 'Lagerarbetare/Terminalarbetare' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await occupation.inputValue()).toBe('Lagerarbetare/Terminalarbetare');
    await tabTo(page, form.getByLabel('Antal personer'));
    await page.keyboard.press('ArrowUp');
    expect(await form.getByLabel('Antal personer').inputValue()).toBe('2');
    expect(await form.getByLabel('Nästa uppföljning').inputValue()).toBe(daysAhead(10));
    await expectAccessible(page, 'arbetsgivarkort-logga-kontakt-ifyllt');
    await tabTo(page, form.getByRole('button', { name: 'Spara kontakt' }));
    await page.keyboard.press('Enter');

    await form.getByRole('status').getByText('Kontakten är sparad och visas överst i kontakthistoriken.').waitFor();
    const newest = page.getByRole('region', { name: 'Kontakthistorik' }).getByRole('article').first();
    await newest.getByText('Ringde om lagret inför våren. Vill ha två lagerarbetare.').waitFor();
    expect(await newest.getByRole('heading', { level: 3 }).textContent()).toBe(`Telefon ${daysAhead(0)}`);
    await newest.getByText('Lagerarbetare/Terminalarbetare, 2 personer').waitFor();
    await newest.getByText(`Uppföljning ${daysAhead(10)}: öppen`).waitFor();
    // the new contact settles bd1's earlier follow-ups with the employer: only its own is open
    const timeline = page.getByRole('region', { name: 'Kontakthistorik' });
    expect(await timeline.getByRole('article').filter({ hasText: `av ${bd1Name}` }).filter({ hasText: ': öppen' }).count()).toBe(1);
    // the form is empty again, ready for the next contact
    expect(await form.getByLabel('Sammanfattning').inputValue()).toBe('');
    expect(await form.getByRole('combobox', { name: 'Yrke' }).count()).toBe(0);
    // and the need is on the card's list of skill needs
    await page
      .getByRole('table', { name: 'Arbetsgivarens kompetensbehov från kontakterna' })
      .getByRole('rowheader', { name: 'Lagerarbetare/Terminalarbetare' })
      .waitFor();
    await expectAccessible(page, 'arbetsgivarkort-kontakt-sparad');
    await context.close();
  });

  it('an empty summary is said next to the field; with the network lost what was typed stays', async () => {
    const employer = employers[2]!;
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    const form = page.getByRole('region', { name: 'Logga kontakt' });
    await form.getByRole('radio', { name: 'Möte' }).check();
    await form.getByRole('button', { name: 'Spara kontakt' }).click();
    await form.getByText('Fyll i fältet').waitFor();
    expect(await form.getByLabel('Sammanfattning').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('radio', { name: 'Möte' }).isChecked()).toBe(true);
    await expectAccessible(page, 'arbetsgivarkort-logga-kontakt-fel');

    // the network goes: the summary typed stays, and Försök igen sends it once the network is back
    await form.getByLabel('Sammanfattning').fill('Möte om praktikplatser i vår.');
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Spara kontakt' }).click();
    await form.getByRole('alert').getByText('Ingen kontakt med servern.', { exact: false }).waitFor();
    expect(await form.getByLabel('Sammanfattning').inputValue()).toBe('Möte om praktikplatser i vår.');
    await context.setOffline(false);
    await form.getByRole('alert').getByRole('button', { name: 'Försök igen' }).click();
    await form.getByRole('status').getByText('Kontakten är sparad', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Kontakthistorik' }).getByRole('article').first().getByText('Möte om praktikplatser i vår.').waitFor();
    await context.close();
  });

  it('closes a follow-up from the timeline with one click, and says so', async () => {
    const employer = employers[3]!;
    const summary = 'Lovade att återkomma om sommarjobben.';
    await logContact(employer.id, { kind: 'MEETING', summary, nextFollowUpOn: daysAhead(3) });
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    const timeline = page.getByRole('region', { name: 'Kontakthistorik' });
    const contact = timeline.getByRole('article').filter({ hasText: summary });
    await contact.getByText(`Uppföljning ${daysAhead(3)}: öppen`).waitFor();
    await contact.getByRole('button', { name: `Stäng uppföljning från kontakten ${daysAhead(0)}` }).click();
    await timeline.getByRole('status').getByText(`Uppföljningen från kontakten ${daysAhead(0)} är stängd.`).waitFor();
    await contact.getByText(`Uppföljning ${daysAhead(3)}: stängd`).waitFor();
    expect(await contact.getByRole('button', { name: /Stäng uppföljning/ }).count()).toBe(0);
    await expectAccessible(page, 'arbetsgivarkort-uppfoljning-stangd');
    await context.close();
  });

  it('turns a skill need into an opening and shows the sector team it was routed to', async () => {
    const employer = employers[4]!;
    const occupation = 'Undersköterska, hemtjänst, äldreboende och habilitering';
    const { id } = await concept('occupation-name', occupation);
    await logContact(employer.id, {
      kind: 'VISIT',
      summary: 'Behöver undersköterskor till sommaren.',
      skillNeeds: [{ occupationConceptId: id, headcount: 3, neededBy: daysAhead(30) }],
    });
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    const needs = page.getByRole('region', { name: 'Kompetensbehov' });
    const row = needs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: occupation }) }).first();
    await row.getByRole('cell', { name: daysAhead(30) }).waitFor();
    await row.getByRole('button', { name: `Skapa plats för ${occupation}` }).click();
    const dialog = page.getByRole('dialog', { name: `Skapa plats för ${occupation}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Rubrik').inputValue()).toBe(occupation);
    expect(await dialog.getByLabel('Startdatum').inputValue()).toBe(daysAhead(30));
    expect(await dialog.getByLabel('Antal platser').inputValue()).toBe('3');
    await dialog.getByRole('button', { name: 'Skapa plats' }).click();
    await dialog.getByText('Välj typ av plats').waitFor();
    await expectAccessible(page, 'arbetsgivarkort-skapa-plats-fel');
    await dialog.getByRole('radio', { name: 'Anställning utan stöd' }).check();
    await dialog.getByLabel('Rubrik').fill('Undersköterska till sommaren');
    await dialog.getByRole('button', { name: 'Skapa plats' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const { openings } = await h.t.ok<{ openings: { items: Array<{ id: string; title: string; team: { name: string } | null }> } }>(
      'bd1',
      `query($id: ID) { openings(employerId: $id, limit: 100) { items { id title team { name } } } }`,
      { id: employer.id },
    );
    const opening = openings.items.find((o) => o.title === 'Undersköterska till sommaren')!;
    expect(opening.team).not.toBeNull();
    await needs.getByRole('status').getByText(`Platsen Undersköterska till sommaren är skapad och skickad till ${opening.team!.name}.`).waitFor();
    const link = needs.getByRole('status').getByRole('link', { name: 'Öppna platsen Undersköterska till sommaren' });
    expect(await link.getAttribute('href')).toBe(`/platser/${opening.id}`);
    // the need now links to its opening, and the openings list has it
    await row.getByRole('link', { name: 'Undersköterska till sommaren' }).waitFor();
    const listed = page
      .getByRole('table', { name: 'Arbetsgivarens platser' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Undersköterska till sommaren' }) });
    await listed.getByRole('cell', { name: 'Utkast' }).waitFor();
    await listed.getByRole('cell', { name: opening.team!.name }).waitFor();
    await expectAccessible(page, 'arbetsgivarkort-plats-skapad');
    await context.close();
  });

  it('a skill need logged for an occupation group asks for one occupation of it, and the title follows the pick', async () => {
    const employer = employers[5]!;
    const group = await concept('ssyk-level-4', 'Undersköterskor, hemtjänst');
    await logContact(employer.id, {
      kind: 'PHONE',
      summary: 'Behöver personal till hemtjänsten.',
      skillNeeds: [{ occupationConceptId: group.id, headcount: 1 }],
    });
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    const needs = page.getByRole('region', { name: 'Kompetensbehov' });
    await needs.getByRole('button', { name: `Skapa plats för ${group.label}` }).first().click();
    const dialog = page.getByRole('dialog', { name: `Skapa plats för ${group.label}` });
    await dialog.getByText(`Behovet gäller yrkesgruppen ${group.label}. Välj ett yrke i gruppen.`).waitFor();
    await dialog.getByRole('radio', { name: 'Praktik' }).check();
    await dialog.getByLabel('Startdatum').fill(daysAhead(20));
    await page.keyboard.press('Tab');
    await dialog.getByRole('button', { name: 'Skapa plats' }).click();
    await dialog.getByText('Välj ett yrke i listan').waitFor();
    await expectAccessible(page, 'arbetsgivarkort-skapa-plats-yrkesgrupp');
    const occupation = 'Undersköterska, hemtjänst, äldreboende och habilitering';
    await dialog.getByRole('combobox', { name: 'Yrke' }).fill('undersköterska, hem');
    await page.getByRole('option', { name: occupation }).click();
    expect(await dialog.getByLabel('Rubrik').inputValue()).toBe(occupation);
    await dialog.getByRole('button', { name: 'Skapa plats' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await needs.getByRole('status').getByText(`Platsen ${occupation} är skapad`, { exact: false }).waitFor();
    await page
      .getByRole('table', { name: 'Arbetsgivarens platser' })
      .getByRole('row')
      .filter({ hasText: occupation })
      .getByRole('cell', { name: 'Praktik' })
      .waitFor();
    await context.close();
  });

  it('a secretary, who may read employers but not change them, sees the card without the editing buttons', async () => {
    const permissions = (await h.t.ok<{ viewer: { permissions: string[] } }>('secretary1', `{ viewer { permissions } }`)).viewer.permissions;
    expect(permissions).toContain('employer');
    expect(permissions).not.toContain('updateEmployer');
    expect(permissions).not.toContain('createOpeningFromSkillNeed');
    const employer = employers[4]!;
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    await page.getByRole('heading', { name: employer.name, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Kompetensbehov' }).getByRole('table').waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till kontaktperson' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Skapa plats/ }).count()).toBe(0);
    await expectAccessible(page, 'arbetsgivarkort-sekreterare');
    await context.close();
  });

  it('an employer that does not exist (or a mistyped address) says so instead of a blank page', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    for (const id of ['7d1c9a2e-4b0f-4e0a-9a53-0c6f1d2b3e4f', 'inte-ett-id']) {
      await page.goto(`/arbetsgivare/${id}`);
      await page.getByRole('heading', { name: 'Arbetsgivare', level: 1 }).waitFor();
      await page.getByRole('alert').getByText('Uppgifterna finns inte, eller så har du inte tillgång till dem.').waitFor();
    }
    await expectAccessible(page, 'arbetsgivarkort-finns-inte');
    await context.close();
  });
});
