import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
}

/** A person's register extract from their page: the secretary's links, the PDF they fetch with the session, and no links for a recruiter. */
describe('The web app: a person’s register extract', () => {
  let h: BrowserHarness;
  let person: Person;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    const { candidates } = await h.t.ok<{ candidates: { items: Person[] } }>(
      'secretary1',
      '{ candidates(openOnly: true, limit: 1) { items { id firstName lastName } } }',
    );
    person = candidates.items[0];
    expect(person).toBeDefined();
  });
  afterAll(() => h?.close());

  it('secretary1 finds "Registerutdrag (PDF)" and "(JSON)" on the person’s page, and the PDF link gives a PDF file', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto(`/arbetssokande/${person.id}/vag`);
    await page.getByRole('heading', { name: `${person.firstName} ${person.lastName}`, level: 1 }).waitFor();
    const facts = page.getByRole('region', { name: 'Uppgifter' });
    const pdf = facts.getByRole('link', { name: /^Registerutdrag \(PDF\)/ });
    const json = facts.getByRole('link', { name: /^Registerutdrag \(JSON\)/ });
    await pdf.waitFor();
    await json.waitFor();
    expect(await pdf.getAttribute('href')).toBe(`/api/people/${person.id}/registerutdrag.pdf`);
    await expectAccessible(page, 'person-registerutdrag');

    // the link works with the browser's session cookie alone
    const res = await page.request.get((await pdf.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="registerutdrag-.*\.pdf"$/);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const data = await page.request.get((await json.getAttribute('href'))!);
    expect(((await data.json()) as { person: { id: string } }).person.id).toBe(person.id);
    await context.close();
  });

  it('a recruiter, who does not read the whole identity number, is not offered the extract', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto(`/arbetssokande/${person.id}/vag`);
    await page.getByRole('heading', { name: 'Vägen', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: /^Registerutdrag/ }).count()).toBe(0);
    await context.close();
  });
});
