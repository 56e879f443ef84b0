import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  identityNumber: string;
  skills: Array<{ label: string }>;
  languages: Array<{ languageConceptId: string; language: { label: string } }>;
  wantedSectors: Array<{ name: string }>;
  wantedOccupations: Array<{ label: string }>;
  experience: Array<{ occupation: { label: string } }>;
}

/** A person's profile, "Arbetssökande", as recruiter1 reads it in Chromium, and as a business developer may not. */
describe('The web app: a job seeker’s profile', () => {
  let h: BrowserHarness;
  let person: Person;
  let openings: Array<{ opening: { id: string; title: string } }>;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    // an enrolled person of the demo with skills, languages and wishes, and open openings that suit them
    const { candidates } = await h.t.ok<{ candidates: { items: Person[] } }>(
      'recruiter1',
      `{ candidates(openOnly: true, limit: 100) { items { id firstName lastName identityNumber skills { label } languages { languageConceptId language { label } } wantedSectors { name } wantedOccupations { label } experience { occupation { label } } } } }`,
    );
    const full = (c: Person) => c.skills.length > 0 && c.languages.length > 0 && c.wantedSectors.length > 0 && c.wantedOccupations.length > 0 && c.experience.length > 0;
    for (const candidate of candidates.items.filter(full)) {
      const { rankOpeningsForCandidate } = await h.t.ok<{ rankOpeningsForCandidate: { ranked: typeof openings } }>(
        'recruiter1',
        'query($id: ID!) { rankOpeningsForCandidate(candidateId: $id, limit: 10) { ranked { opening { id title } } } }',
        { id: candidate.id },
      );
      if (rankOpeningsForCandidate.ranked.length > 0) {
        person = candidate;
        openings = rankOpeningsForCandidate.ranked;
        break;
      }
    }
    expect(person).toBeDefined();
  });
  afterAll(() => h?.close());

  it('recruiter1 finds a person by name in Arbetssökande and reads their skills, languages, wishes and the openings ranked for them', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Arbetssökande' }).click();
    await page.getByRole('heading', { name: 'Arbetssökande', level: 1 }).waitFor();
    await page.getByRole('table', { name: /^Arbetssökande, sida 1 av \d+$/ }).waitFor();
    await expectAccessible(page, 'arbetssokande-lista');

    await page.getByLabel('Namn', { exact: true }).fill(person.lastName);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === person.lastName);
    const link = page.getByRole('table').getByRole('link', { name: `${person.firstName} ${person.lastName}` });
    await link.waitFor();
    // the identity number as the API gives it to a recruiter: the birth date and four stars
    expect(person.identityNumber).toMatch(/^\d{8}-\*{4}$/);
    await page
      .getByRole('row', { name: new RegExp(`${person.firstName} ${person.lastName}`) })
      .getByText(person.identityNumber)
      .first()
      .waitFor();
    await expectAccessible(page, 'arbetssokande-sok-namn');

    await link.click();
    await page.getByRole('heading', { name: `${person.firstName} ${person.lastName}`, level: 1 }).waitFor();
    await page.getByText(person.identityNumber).waitFor();
    const skills = page.getByRole('region', { name: 'Kompetenser' });
    await skills.getByRole('listitem').filter({ hasText: person.skills[0].label }).first().waitFor();
    const languages = page.getByRole('region', { name: 'Språk' }).getByRole('table', { name: 'Språk och nivå' });
    await languages.waitFor();
    expect(await languages.getByRole('row').count()).toBe(person.languages.length + 1);
    // languages, wished occupations and experience are named by the taxonomy, never shown as ids
    await languages.getByRole('rowheader', { name: person.languages[0].language.label }).waitFor();
    expect(await page.getByText('Okänt begrepp').count()).toBe(0);
    const wishes = page.getByRole('region', { name: 'Önskemål' });
    await wishes.getByText(person.wantedSectors[0].name, { exact: false }).waitFor();
    await wishes.getByText(person.wantedOccupations[0].label, { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Erfarenhet' }).getByRole('rowheader', { name: person.experience[0].occupation.label }).first().waitFor();
    await page
      .getByRole('region', { name: 'Samtycken' })
      .getByText(/^Samtycke (finns|saknas)/)
      .waitFor();

    const suited = page.getByRole('region', { name: 'Platser som passar personen' });
    const first = suited.getByRole('link', { name: openings[0].opening.title }).first();
    await first.waitFor();
    expect(await suited.getByRole('listitem').count()).toBe(openings.length);
    expect(await first.getAttribute('href')).toBe(`/platser/${openings[0].opening.id}`);
    await expectAccessible(page, 'arbetssokande-profil');
    await context.close();
  });

  it('a business developer, whose role does not read people, is told so at a person’s address', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetssokande/${person.id}`);
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    expect(await page.getByText(person.lastName).count()).toBe(0);
    await expectAccessible(page, 'arbetssokande-profil-ej-behorig');
    await context.close();
  });
});
