import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** Each record's page shows who changed which field from what to what, when asked, in the one table every history uses. */
describe('The web app: change history', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it("shows an employer's and a person's changes with who made them", async () => {
    const [employer] = (await h.t.ok('bd1', `{ employers(limit: 1) { items { id version } } }`)).employers.items;
    await h.t.ok('bd1', `mutation($i: UpdateEmployerInput!) { updateEmployer(input: $i) { id } }`, {
      i: { id: employer.id, version: employer.version, contactPersons: [{ name: 'Lisa Ek', role: 'VD' }] },
    });
    const [person] = (await h.t.ok('secretary1', `{ candidates(limit: 1) { items { id version } } }`)).candidates.items;
    await h.t.ok('secretary1', `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, {
      i: { id: person.id, version: person.version, phone: '070-111 22 33' },
    });

    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto(`/arbetsgivare/${employer.id}`);
    await page.getByRole('button', { name: 'Visa ändringshistorik' }).click();
    const row = page.getByRole('table', { name: 'Ändringar, senaste först' }).getByRole('row', { name: /Kontaktpersoner/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('→ Lisa Ek, VD');
    expect(await row.textContent()).toContain('Anna Lindqvist');
    await expectAccessible(page, 'employer-history');
    await context.close();

    const secretary = await h.newPage();
    await signIn(secretary.page, 'secretary1');
    await secretary.page.goto(`/arbetssokande/${person.id}`);
    await secretary.page.getByRole('button', { name: 'Visa ändringshistorik' }).click();
    const phone = secretary.page.getByRole('table', { name: 'Ändringar, senaste först' }).getByRole('row', { name: /Telefon/ });
    await phone.waitFor();
    expect(await phone.textContent()).toContain('070-111 22 33');
    expect(await phone.textContent()).toContain('Lena Svensson');
    await expectAccessible(secretary.page, 'candidate-history');
    await secretary.context.close();
  });
});
