import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { parseIdentityNumber } from '../../src/platform/identifiers/identity-number.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { newIdentityNumber } from '../support/factories.js';

const VARD_TEAM = 'Bransch-team Vård och omsorg';
const CHECK_DIGIT_MESSAGE = 'Numret är inte giltigt (kontrollsiffran stämmer inte). Kontrollera siffrorna.';
const DAY = `query($me: ID!) {
  secretaryCaseloads { secretaryId openCandidates overdueFollowUps withoutPlan }
  myOverdueFollowUps(limit: 1) { totalCount }
  candidatesWithoutCurrentPlan(secretaryId: $me, limit: 1) { totalCount }
  awaiting: caseloadEnrolments(status: AWAITING_FIRST_MEETING, limit: 1) { totalCount }
  sick: caseloadEnrolments(status: SICK_LISTED, secretaryId: $me, limit: 1) { totalCount }
  teams { id name } }`;

interface Day {
  secretaryCaseloads: Array<{ secretaryId: string; openCandidates: number; overdueFollowUps: number; withoutPlan: number }>;
  myOverdueFollowUps: { totalCount: number };
  candidatesWithoutCurrentPlan: { totalCount: number };
  awaiting: { totalCount: number };
  sick: { totalCount: number };
  teams: Array<{ id: string; name: string }>;
}

interface Returning {
  id: string;
  firstName: string;
  lastName: string;
  identityNumber: string;
  enrolments: Array<{ exitOn: string | null }>;
}

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('sv-SE')} personer`);

/** The labour-market secretary's day in Chromium: Min dag, enrolling a person, and the start of their path. */
describe("The web app: the secretary's day", () => {
  let h: BrowserHarness;
  let me: string;
  beforeAll(async () => {
    h = await BrowserHarness.start();
    me = (await h.t.ok<{ viewer: { userId: string } }>('secretary1', '{ viewer { userId } }')).viewer.userId;
  });
  afterAll(() => h?.close());

  async function day(): Promise<Day> {
    return h.t.ok<Day>('secretary1', DAY, { me });
  }

  it("secretary1 starts on Min dag: each section's count and the caseload's are the API's figures, and the caseload filters", async () => {
    const api = await day();
    const mine = api.secretaryCaseloads.find((l) => l.secretaryId === me)!;
    expect(mine.openCandidates).toBeGreaterThan(25);
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.getByRole('heading', { name: 'Min dag', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/min-dag');

    for (const [title, count] of [
      ['Försenade uppföljningar', api.myOverdueFollowUps.totalCount],
      ['Utan aktuell plan', api.candidatesWithoutCurrentPlan.totalCount],
      ['Väntar på nysamtal', api.awaiting.totalCount],
      ['Sjukskrivna', api.sick.totalCount],
    ] as const) {
      await page.getByRole('heading', { name: `${title} (${count})`, level: 2 }).waitFor();
    }
    const figures = page.getByRole('region', { name: 'Mina ärenden i siffror' });
    expect(await figures.locator('dd').allTextContents()).toEqual([mine.openCandidates, mine.overdueFollowUps, mine.withoutPlan].map(String));
    expect(api.myOverdueFollowUps.totalCount).toBe(mine.overdueFollowUps);
    expect(api.candidatesWithoutCurrentPlan.totalCount).toBe(mine.withoutPlan);
    const overdue = page.getByRole('region', { name: /^Försenade uppföljningar/ });
    const first = overdue.getByRole('link').first();
    expect(await first.getAttribute('href')).toMatch(/^\/arbetssokande\/[0-9a-f-]{36}\/vag$/);

    const caseload = page.getByRole('region', { name: 'Mina ärenden' });
    await caseload.getByText(`${people(mine.openCandidates)}, visar 1–25`).waitFor();
    await expectAccessible(page, 'min-dag');

    await chooseOption(page, caseload.getByRole('combobox', { name: 'Status' }), 'Uppföljning försenad');
    await caseload.getByText(new RegExp(`^${people(mine.overdueFollowUps)}, visar`)).waitFor();
    expect(await caseload.getByRole('table').getByText('försenad', { exact: true }).count()).toBe(Math.min(25, mine.overdueFollowUps));
    await chooseOption(page, caseload.getByRole('combobox', { name: 'Status' }), 'Utan plan');
    await caseload.getByText(new RegExp(`^${people(mine.withoutPlan)}, visar`)).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('WITHOUT_PLAN');
    await expectAccessible(page, 'min-dag-utan-plan');

    const team = api.teams.find((x) => x.name === VARD_TEAM)!;
    const inTeam = (
      await h.t.ok<{ caseloadEnrolments: { totalCount: number } }>(
        'secretary1',
        `query($me: ID!, $team: ID!) { caseloadEnrolments(secretaryId: $me, teamId: $team, limit: 1) { totalCount } }`,
        { me, team: team.id },
      )
    ).caseloadEnrolments.totalCount;
    await chooseOption(page, caseload.getByRole('combobox', { name: 'Status' }), 'Öppna');
    await chooseOption(page, caseload.getByRole('combobox', { name: 'Team' }), VARD_TEAM);
    await caseload.getByText(inTeam === 0 ? 'Inga personer med de här filtren.' : new RegExp(`^${people(inTeam)}, visar`)).waitFor();
    await expectAccessible(page, 'min-dag-filtrerad');
    await context.close();
  }, 90_000);

  it('enrols a person with the keyboard alone, a wrong identity number refused next to the field, then goes through the start of the path', async () => {
    const { candidates } = await h.t.ok<{ candidates: { items: Array<{ id: string; firstName: string; lastName: string; birthDate: string }> } }>(
      'secretary1',
      '{ candidates(limit: 1) { items { id firstName lastName birthDate } } }',
    );
    const namesake = candidates.items[0];
    const number = newIdentityNumber(namesake.birthDate);
    const wrong = number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10);
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.getByRole('heading', { name: 'Min dag', level: 1 }).waitFor();

    // from Min dag to the form, and through it, with Tab, typing, arrows and Enter
    await tabTo(page, page.getByRole('link', { name: 'Skriv in person' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Skriv in person', level: 1 }).waitFor();
    const field = page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' });
    await field.waitFor();
    await expectAccessible(page, 'inskrivning-tom');
    await tabTo(page, field);
    await page.keyboard.type(wrong.slice(0, 10));
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    await page.keyboard.type(wrong.slice(10));
    await page.getByText(CHECK_DIGIT_MESSAGE).first().waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await description(field)).toContain(CHECK_DIGIT_MESSAGE);
    await expectAccessible(page, 'inskrivning-fel-personnummer');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(number.slice(-1));
    await page.getByText(`Giltigt personnummer: ${number}`).first().waitFor();
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');

    await page.keyboard.press('Tab');
    await page.keyboard.type(namesake.firstName);
    await page.keyboard.press('Tab');
    await page.keyboard.type(namesake.lastName);
    // the same name and birth date: a warning links to the person already there
    const warning = page.getByRole('note').filter({ hasText: 'Det finns redan personer med samma namn och födelsedatum' });
    await warning.waitFor();
    expect(await warning.getByRole('link').first().getAttribute('href')).toBe(`/arbetssokande/${namesake.id}/vag`);
    await expectAccessible(page, 'inskrivning-mojlig-dubblett');
    await tabTo(page, page.getByRole('combobox', { name: 'Hemkommun' }));
    await page.keyboard.type('Trelleb');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: 'Hemkommun' }).inputValue()).toBe('Trelleborg');
    await tabTo(page, page.getByRole('textbox', { name: 'Telefon (valfritt)' }));
    await page.keyboard.type('0410-123 45');
    await tabTo(page, page.getByRole('button', { name: 'Skriv in', exact: true }));
    await page.keyboard.press('Enter');

    // the result: the number as the API holds it, and the start of the path
    const name = `${namesake.firstName} ${namesake.lastName}`;
    await page.getByRole('heading', { name: `${name} är inskriven`, level: 1 }).waitFor();
    const candidateId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.locator('dd').first().textContent()).toBe(number);
    expect(await page.getByRole('link', { name: 'Öppna personens sida (väg och plan)' }).getAttribute('href')).toBe(`/arbetssokande/${candidateId}/vag`);
    const steps = page.getByRole('list', { name: 'Stegen i starten av vägen' });
    await steps.getByText('Nysamtal: Nästa').waitFor();
    await expectAccessible(page, 'inskriven-nysamtal');

    await page.getByRole('button', { name: 'Registrera nysamtal' }).click();
    await page.getByRole('status').getByText('Nysamtalet är registrerat. Du är nu personens sekreterare.').waitFor();
    await page.getByRole('heading', { name: 'Plan', level: 3 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Plan', level: 3 }).evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.getByText(/^Planen ska upprättas senast \d{4}-\d{2}-\d{2}, en arbetsdag efter första kontakt\.$/).waitFor();
    await page.getByRole('textbox', { name: 'Mål' }).fill('Arbete inom äldreomsorgen');
    await expectAccessible(page, 'inskriven-plan');
    await page.getByRole('button', { name: 'Starta planen' }).click();
    await page.getByRole('status').getByText('Planen är startad.').waitFor();
    await steps.getByText(/^Plan: Klart\. Upprättad \d{4}-\d{2}-\d{2}, 0 arbetsdagar efter första kontakt \(mål: högst 1\)\.$/).waitFor();

    await page.getByRole('button', { name: 'Starta planeringsveckan' }).click();
    await page.getByRole('status').getByText('Planeringsveckan är startad.').waitFor();
    const sector = page.getByRole('combobox', { name: 'Vald bransch' });
    await chooseOption(page, sector, 'Vård och omsorg');
    expect(await description(sector)).toContain(`Personen placeras i ${VARD_TEAM}.`);
    await expectAccessible(page, 'inskriven-bransch');
    await page.getByRole('button', { name: 'Välj bransch' }).click();
    await page.getByRole('status').getByText(`Branschen Vård och omsorg är vald; personen är nu i ${VARD_TEAM}.`).waitFor();
    await steps.getByText(`Bransch: Klart. Vård och omsorg, i ${VARD_TEAM}. 0 arbetsdagar efter första kontakt (mål: högst 5).`).waitFor();
    await page.getByText('Starten av vägen är klar.').waitFor();
    expect(await page.getByText('Starten av vägen är klar.').evaluate((el) => el.matches(':focus'))).toBe(true);
    await expectAccessible(page, 'inskriven-klar');

    const { candidate } = await h.t.ok<{ candidate: { identityNumber: string; enrolments: Array<Record<string, unknown>> } }>(
      'recruiter1',
      `query($id: ID!) { candidate(id: $id) { identityNumber enrolments { secretary { username } workingDaysToPlan workingDaysToSector planningWeekStartOn team { name } } } }`,
      { id: candidateId },
    );
    expect(candidate.identityNumber).toBe(`${number.slice(0, 8)}-****`);
    expect(candidate.enrolments).toEqual([
      {
        secretary: { username: 'secretary1' },
        workingDaysToPlan: 0,
        workingDaysToSector: 0,
        planningWeekStartOn: expect.any(String),
        team: { name: VARD_TEAM },
      },
    ]);

    // the person is now in secretary1's caseload, newest first
    await page.goto('/min-dag');
    const caseload = page.getByRole('region', { name: 'Mina ärenden' });
    await caseload.getByRole('table').getByRole('link', { name }).first().waitFor();
    await context.close();
  }, 150_000);

  it("says of every way of writing an identity number what the API's validator says", async () => {
    const number = newIdentityNumber();
    const coordination = withCheckDigit(`${number.slice(0, 6)}${Number(number.slice(6, 8)) + 60}-${number.slice(9, 12)}`);
    const cases = [
      number,
      number.replace('-', ''),
      number.slice(2),
      number.slice(2).replace('-', ''),
      coordination,
      coordination.slice(2),
      number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10),
      withCheckDigit(`${number.slice(0, 4)}0230-${number.slice(9, 12)}`),
      withCheckDigit(`${Number(number.slice(0, 4)) + 100}${number.slice(4, 8)}-${number.slice(9, 12)}`),
      number.replace('-', '+'),
      number.slice(2).replace('-', '+'),
      `${number}1`,
      number.replace('9', 'O'),
    ];
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto('/inskrivning');
    const field = page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' });
    for (const typed of cases) {
      await field.fill(typed);
      await page.keyboard.press('Tab');
      const said = await description(field);
      const api = parseIdentityNumber(typed);
      const expected = api ? `Giltigt ${api.kind === 'PERSONNUMMER' ? 'personnummer' : 'samordningsnummer'}: ${api.canonical}` : 'refused';
      expect({ typed, said: said.startsWith('Giltigt') ? said : 'refused' }).toEqual({ typed, said: expected });
      expect({ typed, invalid: (await field.getAttribute('aria-invalid')) === 'true' }).toEqual({ typed, invalid: api === null });
      await field.focus();
    }
    await context.close();
  }, 90_000);

  it('enrolling someone whose period has ended says it is a new period and that the earlier ones are kept', async () => {
    const { organisations } = await h.t.ok<{ organisations: Array<{ id: string; name: string }> }>('secretary1', '{ organisations { id name } }');
    const trelleborg = organisations.find((o) => o.name === 'Trelleborgs kommun')!.id;
    const exited = await h.t.ok<{ caseloadEnrolments: { items: Array<{ principalId: string; candidate: Returning }> } }>(
      'secretary1',
      '{ caseloadEnrolments(status: EXITED, limit: 100) { items { principalId candidate { id firstName lastName identityNumber enrolments { exitOn } } } } }',
    );
    const person = exited.caseloadEnrolments.items
      .filter((e) => e.principalId === trelleborg)
      .map((e) => e.candidate)
      .find((c) => c.enrolments.every((e) => e.exitOn !== null))!;
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto('/inskrivning');
    await page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' }).fill(person.identityNumber);
    await page.getByRole('textbox', { name: 'Förnamn' }).fill(person.firstName);
    await page.getByRole('textbox', { name: 'Efternamn' }).fill(person.lastName);
    const again = page.getByRole('note').filter({ hasText: 'Skrivs in igen; tidigare perioder finns kvar' });
    await again.waitFor();
    expect(await again.getByRole('link').getAttribute('href')).toBe(`/arbetssokande/${person.id}/vag`);
    await expectAccessible(page, 'inskrivning-igen');
    await chooseOption(page, page.getByRole('combobox', { name: 'Hemkommun' }), 'Trelleborg');
    await page.getByRole('button', { name: 'Skriv in', exact: true }).click();
    await page.getByRole('heading', { name: `${person.firstName} ${person.lastName} är inskriven`, level: 1 }).waitFor();
    const earlier = person.enrolments.length;
    await page
      .getByText(`En ny inskrivningsperiod har börjat; ${earlier === 1 ? '1 tidigare period finns' : `${earlier} tidigare perioder finns`} kvar.`)
      .waitFor();
    await expectAccessible(page, 'inskriven-igen');
    await context.close();
  }, 90_000);

  it('a recruiter, who may not enrol people, does not get Min dag', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto('/min-dag');
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Mina ärenden' }).count()).toBe(0);
    await expectAccessible(page, 'min-dag-ej-behorig');
    await page.goto('/inskrivning');
    await page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan', level: 1 }).waitFor();
    await context.close();
  });
});

/** YYYYMMDD-NNN with the Luhn check digit of its last nine digits added. */
function withCheckDigit(first: string): string {
  const digits = first.replace('-', '').slice(2);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const doubled = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return `${first}${(10 - (sum % 10)) % 10}`;
}

/** Picks an option of a Mantine Select by its name. */
async function chooseOption(page: Page, select: Locator, name: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name, exact: true }).click();
}

/** The texts a field is described by (its description and its error, next to it on the screen). */
async function description(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map(async (id) => ((await field.page().locator(`[id="${id}"]`).textContent()) ?? '').trim()));
  return texts.filter(Boolean).join(' ');
}

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, element: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error('Tab never reached the element');
}
