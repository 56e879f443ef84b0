import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { normaliseOrganisationNumber } from '../../src/platform/identifiers/organisation-number.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

/** A valid organisationsnummer no demo employer has (checked below), and the same with a wrong check digit. */
const NEW_NUMBER = '559300-0002';
const WRONG_CHECK_DIGIT = '559300-0003';
const NEW_NAME = 'Söderslätts Snickeri AB';
const CHECK_DIGIT_MESSAGE = 'Organisationsnumret är inte giltigt (kontrollsiffran stämmer inte). Kontrollera siffrorna.';

/** "Registrera arbetsgivare" (/arbetsgivare/ny), as bd1 uses it in Chromium, and as a teacher may not. */
describe('The web app: registering an employer', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  it('bd1 reaches the form from the employer list with the keyboard alone', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare');
    await page.getByRole('table').waitFor();
    const link = page.getByRole('link', { name: 'Registrera arbetsgivare' });
    await expectAccessible(page, 'ny-arbetsgivare-lank-i-listan');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Registrera arbetsgivare', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/arbetsgivare/ny');
    expect(await page.title()).toBe('Registrera arbetsgivare – Brygga');
    await page.getByLabel('Namn', { exact: false }).first().waitFor();
    for (const heading of ['Arbetsgivaren', 'Adress', 'Verksamhet', 'Ansvar och status']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    expect(await page.getByRole('radio', { name: 'Presumtiv' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Jag (Anna Lindqvist) är ansvarig för arbetsgivaren' }).isChecked()).toBe(true);
    await expectAccessible(page, 'ny-arbetsgivare-tom');
    await context.close();
  });

  it('checks the organisationsnummer as it is typed, with the rules the API checks it by', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare/ny');
    const field = page.getByRole('textbox', { name: 'Organisationsnummer' });

    // the first digits are left alone, the whole number with a wrong check digit is refused at once
    await field.pressSequentially(WRONG_CHECK_DIGIT.slice(0, 9));
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    expect(await verdict(page)).toBe('');
    await field.pressSequentially(WRONG_CHECK_DIGIT.slice(9));
    expect(await verdictSettled(page, CHECK_DIGIT_MESSAGE)).toBe(CHECK_DIGIT_MESSAGE);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await description(field)).toContain(CHECK_DIGIT_MESSAGE);
    expect(await verdict(page)).toBe(CHECK_DIGIT_MESSAGE);
    await expectAccessible(page, 'ny-arbetsgivare-ogiltigt-orgnr');

    // the right check digit, and the number is accepted in its canonical form
    await field.press('Backspace');
    await field.pressSequentially('2');
    expect(await verdictSettled(page, `Giltigt organisationsnummer: ${NEW_NUMBER}`)).toBe(`Giltigt organisationsnummer: ${NEW_NUMBER}`);
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    expect(await description(field)).toBe(`Giltigt organisationsnummer: ${NEW_NUMBER}`);
    await expectAccessible(page, 'ny-arbetsgivare-giltigt-orgnr');

    // the page's verdict on each way of writing a number is the API validator's own
    const cases: Array<[typed: string, shown: string]> = [
      ['5593000002', `Giltigt organisationsnummer: ${NEW_NUMBER}`],
      ['16559300-0002', `Giltigt organisationsnummer: ${NEW_NUMBER}`],
      ['559300 0002', `Giltigt organisationsnummer: ${NEW_NUMBER}`],
      ['121212-1212', 'Giltigt organisationsnummer för enskild firma (ägarens personnummer): 121212-1212'],
      ['5593000003', CHECK_DIGIT_MESSAGE],
      ['5513990001', 'Organisationsnumret är inte giltigt. Kontrollera siffrorna.'],
      ['55930O-0002', 'Skriv organisationsnumret med siffror och bindestreck, till exempel 556677-8899.'],
      ['5593000002123', 'Organisationsnumret har för många siffror. Det ska ha tio siffror, till exempel 556677-8899.'],
    ];
    for (const [typed, shown] of cases) {
      await field.fill(typed);
      expect({ typed, shown: await verdictSettled(page, shown) }).toEqual({ typed, shown });
      const api = normaliseOrganisationNumber(typed.replace(/\s/g, ''));
      expect({ typed, valid: shown.startsWith('Giltigt') }).toEqual({ typed, valid: api !== null });
      if (api) expect(shown.endsWith(api)).toBe(true);
    }

    // an unfinished number is said to be so once the person leaves the field, not before
    await field.fill('55930');
    expect(await verdict(page)).toBe('');
    await page.keyboard.press('Tab');
    const incomplete = 'Organisationsnumret ska ha tio siffror, till exempel 556677-8899.';
    expect(await verdictSettled(page, incomplete)).toBe(incomplete);
    expect(await description(field)).toContain(incomplete);
    await context.close();
  });

  it('bd1 registers an employer, lands on its card, and finds it in the list by its number', async () => {
    const free = await h.t.ok<{ employers: { totalCount: number } }>(
      'bd1',
      `{ employers(organisationNumberPrefix: "${NEW_NUMBER}", includeArchived: true) { totalCount } }`,
    );
    expect(free.employers.totalCount).toBe(0);
    const { sectors } = await h.t.ok<{ sectors: Array<{ name: string }> }>('bd1', '{ sectors { name } }');
    const sector = sectors.map((s) => s.name).sort((a, b) => a.localeCompare(b, 'sv'))[0];
    const sni = await h.t.ok<{ taxonomyConcepts: { items: Array<{ code: string }> } }>(
      'bd1',
      '{ taxonomyConcepts(type: "sni-level-5", limit: 1) { items { code } } }',
    );
    const sniCode = sni.taxonomyConcepts.items[0].code;

    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare/ny');
    await page.getByRole('heading', { name: 'Registrera arbetsgivare', level: 1 }).waitFor();

    // sending the empty form names what is missing, next to each field, and moves focus to the first
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('alert').getByText('Rätta 3 fält innan du registrerar: Namn, Organisationsnummer, Kommun.').waitFor();
    expect(await page.locator(':focus').getAttribute('id')).toBe('ny-arbetsgivare-name');
    expect(await page.getByRole('textbox', { name: 'Namn' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Organisationsnummer' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Kommun' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'ny-arbetsgivare-obligatoriska-falt');

    await page.getByRole('textbox', { name: 'Namn' }).fill(NEW_NAME);
    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill(NEW_NUMBER.replace('-', ''));
    await chooseMunicipality(page, 'Trelleborg');
    await page.getByRole('textbox', { name: 'Gatuadress' }).fill('Industrigatan 4');
    await page.getByRole('textbox', { name: 'Postnummer' }).fill('23142');
    await page.getByRole('textbox', { name: 'Postort' }).fill('Trelleborg');
    await page.getByRole('combobox', { name: 'Branscher' }).click();
    await page.getByRole('option', { name: sector, exact: true }).click();
    await page.keyboard.press('Escape');
    // a code of SNI's form that SNI 2007 does not have: the API's refusal is said next to the field, which gets focus
    const sniField = page.getByRole('combobox', { name: 'SNI-koder (valfritt)' });
    await sniField.fill('00000');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'ny-arbetsgivare-ifylld');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('alert').getByText('Några uppgifter behöver rättas. Se markeringarna vid fälten.').waitFor();
    expect(await description(sniField)).toContain('En eller flera koder finns inte i SNI 2007. Kontrollera koderna.');
    expect(await sniField.evaluate((el) => el.matches(':focus'))).toBe(true);
    await expectAccessible(page, 'ny-arbetsgivare-fel-fran-api');
    await page.keyboard.press('Backspace');
    await sniField.fill(sniCode);
    await page.keyboard.press('Enter');
    expect(await description(sniField)).not.toContain('SNI 2007. Kontrollera');
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.waitForURL(/\/arbetsgivare\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: NEW_NAME, level: 1 }).waitFor();
    await expectAccessible(page, 'ny-arbetsgivare-registrerad');

    const id = new URL(page.url()).pathname.split('/').pop()!;
    const { employer } = await h.t.ok<{ employer: Record<string, unknown> }>(
      'bd1',
      `query($id: ID!) { employer(id: $id) { name organisationNumber status postalCode sniCodes sectors { name } responsible { name } municipality { label } } }`,
      { id },
    );
    expect(employer).toEqual({
      name: NEW_NAME,
      organisationNumber: NEW_NUMBER,
      status: 'PROSPECT',
      postalCode: '231 42',
      sniCodes: [sniCode],
      sectors: [{ name: sector }],
      responsible: { name: 'Anna Lindqvist' },
      municipality: { label: 'Trelleborg' },
    });

    await page.goto(`/arbetsgivare?q=${NEW_NUMBER}`);
    await page.getByText('En arbetsgivare hittades.').waitFor();
    expect(await page.getByRole('table').getByRole('link').allTextContents()).toEqual([NEW_NAME]);
    await context.close();
  });

  it('a number already in the register is answered with a link to that employer, and what was typed stays', async () => {
    const { employers } = await h.t.ok<{ employers: { items: Array<{ name: string; organisationNumber: string }> } }>(
      'bd1',
      '{ employers(limit:1) { items { name organisationNumber } } }',
    );
    const existing = employers.items[0];
    const { context, page } = await h.newPage();
    await signIn(page, 'bd1');
    await page.goto('/arbetsgivare/ny');
    await page.getByRole('textbox', { name: 'Namn' }).fill('Ett nytt namn på samma bolag AB');
    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill(existing.organisationNumber);
    await chooseMunicipality(page, 'Svedala');
    await page.getByRole('button', { name: 'Registrera' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Arbetsgivaren finns redan' });
    await alert.getByText(`Det finns redan en arbetsgivare med organisationsnummer ${existing.organisationNumber} i registret.`).waitFor();
    const link = alert.getByRole('link', { name: `Öppna ${existing.name}` });
    await link.waitFor();
    expect(await description(page.getByRole('textbox', { name: 'Organisationsnummer' }))).toContain('Organisationsnumret finns redan i registret.');
    expect(await page.getByRole('textbox', { name: 'Namn' }).inputValue()).toBe('Ett nytt namn på samma bolag AB');
    expect(await page.getByRole('combobox', { name: 'Kommun' }).inputValue()).toBe('Svedala');
    expect(new URL(page.url()).pathname).toBe('/arbetsgivare/ny');
    await expectAccessible(page, 'ny-arbetsgivare-finns-redan');

    await link.click();
    await page.getByRole('heading', { name: existing.name, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/arbetsgivare\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('a number registered by a principal the person does not work for is refused without naming that employer', async () => {
    const { employers } = await h.t.ok<{ employers: { items: Array<{ organisationNumber: string; principal: { name: string } }> } }>(
      'bd1',
      '{ employers(limit: 100) { items { organisationNumber principal { name } } } }',
    );
    const trelleborgs = employers.items.find((e) => e.principal.name === 'Trelleborgs kommun')!;
    const seen = await h.t.ok<{ employers: { totalCount: number } }>(
      'bd.svedala',
      `{ employers(organisationNumberPrefix: "${trelleborgs.organisationNumber}", includeArchived: true) { totalCount } }`,
    );
    expect(seen.employers.totalCount).toBe(0);

    const { context, page } = await h.newPage();
    await signIn(page, 'bd.svedala');
    await page.goto('/arbetsgivare/ny');
    await page.getByRole('textbox', { name: 'Namn' }).fill('Ett bolag i Trelleborg AB');
    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill(trelleborgs.organisationNumber);
    await chooseMunicipality(page, 'Trelleborg');
    await page.getByRole('button', { name: 'Registrera' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Arbetsgivaren finns redan' });
    await alert.getByText('Den hör till en annan huvudmans register som du inte har tillgång till.', { exact: false }).waitFor();
    expect(await alert.getByRole('link').count()).toBe(0);
    await expectAccessible(page, 'ny-arbetsgivare-finns-hos-annan-huvudman');
    await context.close();
  });

  it('a teacher, who may read employers but not register them, sees no link and is not let in', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'teacher1');
    await page.goto('/arbetsgivare/ny');
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Organisationsnummer' }).count()).toBe(0);
    await expectAccessible(page, 'ny-arbetsgivare-ej-behorig');

    await page.goto('/arbetsgivare');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('link', { name: 'Registrera arbetsgivare' }).count()).toBe(0);
    await context.close();
  });
});

/** The texts a field is described by (its description and its error, next to it on the screen). */
async function description(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map(async (id) => ((await field.page().locator(`[id="${id}"]`).textContent()) ?? '').trim()));
  return texts.filter(Boolean).join(' ');
}

/** What the organisationsnummer's polite live region says now. */
async function verdict(page: Page): Promise<string> {
  return ((await page.getByRole('status').filter({ hasNotText: 'Laddar' }).first().textContent()) ?? '').trim();
}

/** The verdict once it says `expected`, or what it says after two seconds of waiting for that. */
async function verdictSettled(page: Page, expected: string): Promise<string> {
  let said = await verdict(page);
  for (let tries = 0; said !== expected && tries < 20; tries++) {
    await page.waitForTimeout(100);
    said = await verdict(page);
  }
  return said;
}

async function chooseMunicipality(page: Page, name: string): Promise<void> {
  const municipality = page.getByRole('combobox', { name: 'Kommun' });
  await municipality.click();
  await municipality.fill(name.slice(0, 5));
  await page.getByRole('option', { name, exact: true }).click();
}

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, element: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error('Tab never reached the element');
}
