import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { Clock } from '../../src/platform/context/clock.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { Ids, meetingVenue, newIdentityNumber } from '../support/factories.js';

const HOUR = 3600_000;
const CARE_TEAM = 'Bransch-team Vård och omsorg';
const TITLE = 'Rekryteringsträff vård, vecka med hela teamet';
const TOTALS = `query($from: String!, $to: String!, $p: ID!) { statistics(from: $from, to: $to, principalId: $p) { total { newlyEnrolled exits exitsByOutcome { workPending } } } }`;

interface Totals {
  newlyEnrolled: number;
  exits: number;
  exitsByOutcome: { workPending: number };
}

const stockholmDay = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
/** The instant of a Stockholm clock time on a Stockholm day. */
const stockholmAt = (day: string, time: string) => new Date(new Date(`${day}T${time}:00`).toLocaleString('en-US', { timeZone: 'UTC' }));
const number = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
const clean = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The cell of the indicator table in the row of `indicator` and the column of `group`. */
async function cell(table: Locator, indicator: string, group: string): Promise<string> {
  const texts = await table.evaluate((t) => {
    const el = t as unknown as {
      tHead: { rows: Array<{ cells: Array<{ innerText: string }> }> };
      tBodies: Array<{ rows: Array<{ cells: Array<{ innerText: string }> }> }>;
    };
    return { head: [...el.tHead.rows[0]!.cells].map((c) => c.innerText), rows: [...el.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.innerText)) };
  });
  const column = texts.head.map(clean).indexOf(group);
  const row = texts.rows.map((r) => r.map(clean)).find((r) => r[0] === indicator);
  if (column < 0 || !row) throw new Error(`No ${indicator} / ${group} in the table`);
  return row[column]!;
}

/**
 * A week of a sector team across every role, in the real app: a secretary enrols a Svedala resident and walks the
 * start of their path and a follow-up; the team plans a recruitment meeting in Svedala, invites from the ranking,
 * takes attendance and books an interview; a recruiter records the hire; and once the background work has run, the
 * manager's dashboard and Svedala's reviewer show the new enrolment and the exit to work still waiting for its month.
 */
describe('The web app: a sector team’s week, role by role', () => {
  let h: BrowserHarness;
  let ids: Ids;
  beforeAll(async () => {
    h = await BrowserHarness.start({ OUTBOX_SWEEP_INTERVAL_MS: '400' });
    ids = await Ids.load(h.t);
  });
  afterAll(() => h?.close());

  it('from enrolment to the figures: secretary, sector team, recruiter, manager and reviewer', async () => {
    const svedala = ids.organisation('Svedala kommun');
    const today = stockholmDay(new Date());
    const from = `${Number(today.slice(0, 4)) - 1}-12-01`;
    const meetingDay = stockholmDay(new Date(Date.now() + 7 * 24 * HOUR));
    const before = (await h.t.ok<{ statistics: { total: Totals } }>('manager1', TOTALS, { from, to: today, p: svedala })).statistics.total;

    // 1. the secretary enrols a Svedala resident and walks the start of the path
    const secretary = await h.newPage();
    let page = secretary.page;
    await signIn(page, 'secretary1');
    await page.getByRole('link', { name: 'Skriv in person' }).click();
    await page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' }).fill(newIdentityNumber());
    await page.getByRole('textbox', { name: 'Förnamn' }).fill('Samira');
    await page.getByRole('textbox', { name: 'Efternamn' }).fill('Veckström');
    await pick(page, page.getByRole('combobox', { name: 'Hemkommun' }), 'Svedala');
    await page
      .getByRole('radiogroup', { name: /^Huvudman/ })
      .getByRole('radio', { name: 'Svedala kommun' })
      .check();
    await page.getByRole('button', { name: 'Skriv in', exact: true }).click();
    await page.getByRole('heading', { name: 'Samira Veckström är inskriven', level: 1 }).waitFor();
    const enrolledId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('button', { name: 'Registrera nysamtal' }).click();
    await page.getByRole('textbox', { name: 'Mål' }).fill('Arbete som undersköterska');
    await page.getByRole('button', { name: 'Starta planen' }).click();
    await page.getByRole('status').getByText('Planen är startad.').waitFor();
    await page.getByRole('button', { name: 'Starta planeringsveckan' }).click();
    await pick(page, page.getByRole('combobox', { name: 'Vald bransch' }), 'Vård och omsorg');
    await page.getByRole('button', { name: 'Välj bransch' }).click();
    await page.getByText('Starten av vägen är klar.').waitFor();
    await page.getByRole('link', { name: 'Öppna personens sida (väg och plan)' }).click();
    const form = page.getByRole('form', { name: 'Registrera uppföljning' });
    await form.getByLabel('Sammanfattning').fill('Vill arbeta i hemtjänsten; bokar studiebesök.');
    await expect(form.getByLabel('Nästa uppföljning')).toBeDefined();
    await form.getByRole('button', { name: 'Spara uppföljning' }).click();
    await form.getByRole('status').getByText('Uppföljningen sparades.').waitFor();
    await expectAccessible(page, 'vecka-sekreterare-uppfoljning');
    await secretary.context.close();

    // 2. the sector team plans a meeting in Svedala with an employer's opening and invites from the ranking
    const { openings } = await h.t.ok<{ openings: { items: Array<{ title: string; kind: string; principalId: string; employer: { name: string } }> } }>(
      'secretary1',
      `query($s: ID!) { openings(status: OPEN, sectorId: $s, limit: 100) { items { title kind principalId employer { name } } } }`,
      { s: ids.sector('VARD_OMSORG') },
    );
    // a job, so that the hire is an exit to work
    const opening = openings.items.find((o) => o.principalId === svedala && o.kind !== 'INTERNSHIP')!;
    await meetingVenue(h.t, 'secretary1', svedala, 30, 'Svedala medborgarhus');
    const team = await h.newPage();
    page = team.page;
    await signIn(page, 'secretary1');
    await page.goto('/moten');
    await page.getByRole('link', { name: 'Planera träff' }).click();
    await page.getByLabel('Rubrik').fill(TITLE);
    await pick(page, page.getByRole('combobox', { name: 'Bransch-team' }), CARE_TEAM);
    await pick(page, page.getByRole('combobox', { name: 'Kommun som träffen ordnas för' }), 'Svedala kommun');
    // the form proposes a day a week ahead, 09:00-12:00
    expect(await page.getByRole('textbox', { name: 'Datum' }).inputValue()).toBe(meetingDay);
    await pick(page, page.getByRole('combobox', { name: 'Lokal' }), 'Svedala medborgarhus, Svedala (30 platser)');
    await page.getByRole('combobox', { name: 'Lägg till arbetsgivare' }).fill(opening.employer.name.slice(0, 8));
    await page.getByRole('option', { name: opening.employer.name }).click();
    await page.getByRole('checkbox', { name: opening.title }).check();
    await page.getByRole('button', { name: 'Planera träffen' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const meetingPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Visa förslag' }).click();
    const proposals = page.getByRole('table', { name: 'Föreslagna personer, bäst matchning först' });
    await proposals.waitFor({ timeout: 30_000 });
    const box = proposals.getByRole('checkbox').first();
    const invitee = (await box.getAttribute('aria-label'))!.replace(/^Välj /, '');
    await box.check();
    await page.getByRole('button', { name: 'Bjud in 1 vald person' }).click();
    await page
      .getByRole('table', { name: 'Inbjudna personer med svar och påminnelser' })
      .getByRole('row', { name: new RegExp(invitee) })
      .waitFor();
    await page.getByRole('button', { name: 'Skicka inbjudningarna' }).click();
    await page.getByText('Inbjudningar skickade', { exact: true }).waitFor();
    await team.context.close();

    // the day of the meeting: attendance on the list, an interview, the meeting held
    h.t.app.get(Clock).setNow(new Date(stockholmAt(meetingDay, '09:00').getTime() + HOUR));
    const onTheDay = await h.newPage();
    page = onTheDay.page;
    await signIn(page, 'secretary1');
    await page.goto(meetingPath);
    await page.getByRole('link', { name: 'Närvarolista' }).click();
    await page.getByRole('button', { name: `${invitee} kom`, exact: true }).click();
    await page.getByText('1 kom, 0 kom inte, 0 kvar att registrera.').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till träffen' }).click();
    await page.getByRole('button', { name: `Boka intervju med ${invitee}` }).click();
    const book = page.getByRole('dialog', { name: `Boka intervju med ${invitee}` });
    await book.getByLabel('Tid för intervjun').fill('13:30');
    await book.getByLabel('Anteckning').fill('På boendet, fråga efter enhetschefen');
    await book.getByRole('button', { name: 'Boka intervjun' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Intervjun med ${invitee} är bokad.` })
      .waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Markera träffen som genomförd' }).click();
    await page.getByText('Genomförd', { exact: true }).waitFor();
    await expectAccessible(page, 'vecka-traff-genomford');
    await onTheDay.context.close();

    // 3. the recruiter records the hire on the placement the interview made
    const { meeting } = await h.t.ok<{ meeting: { id: string } }>('secretary1', `query($id: ID!) { meeting(id: $id) { id } }`, {
      id: meetingPath.split('/').pop(),
    });
    const { meetingInvitations } = await h.t.ok<{ meetingInvitations: { items: Array<{ candidateId: string }> } }>(
      'secretary1',
      `query($m: ID!) { meetingInvitations(meetingId: $m) { items { candidateId } } }`,
      { m: meeting.id },
    );
    const personId = meetingInvitations.items[0]!.candidateId;
    const { placements } = await h.t.ok<{ placements: { items: Array<{ id: string; stage: string }> } }>(
      'recruiter1',
      `query($c: ID!) { placements(candidateId: $c) { items { id stage } } }`,
      { c: personId },
    );
    const placement = placements.items.find((p) => p.stage === 'INTERVIEW')!;
    const recruiter = await h.newPage();
    page = recruiter.page;
    // the browser's calendar on the API's day too: the hire is recorded on the day of the interview
    await page.clock.setFixedTime(h.t.app.get(Clock).now());
    await signIn(page, 'recruiter1');
    await page.goto(`/placeringar/${placement.id}`);
    await page.getByRole('button', { name: `Registrera utfall för ${invitee}` }).click();
    const dialog = page.getByRole('dialog', { name: `Registrera utfall för ${invitee}` });
    await dialog.getByRole('radio', { name: 'Anställd', exact: true }).check();
    await dialog.getByRole('combobox', { name: 'Anställningsform' }).click();
    await page.getByRole('option', { name: /^Tillsvidareanställning/ }).click();
    await dialog
      .getByRole('radiogroup', { name: /^Subventionerad anställning/ })
      .getByRole('radio', { name: 'Nej' })
      .check();
    await dialog.getByLabel('Timmar per vecka').fill('38');
    await dialog.getByRole('button', { name: 'Registrera utfallet' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Utfallet för ${invitee} är registrerat: Anställd.` })
      .waitFor({ state: 'attached' });
    await expectAccessible(page, 'vecka-rekryterare-anstalld');
    await recruiter.context.close();

    // 4. after the background work: the manager's dashboard and Svedala's reviewer show the enrolment and the exit
    const to = stockholmDay(h.t.app.get(Clock).now());
    const expected = { newlyEnrolled: before.newlyEnrolled + 1, exits: before.exits + 1, pending: before.exitsByOutcome.workPending + 1 };
    let after = before;
    for (let tries = 0; tries < 40 && after.exits < expected.exits; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = (await h.t.ok<{ statistics: { total: Totals } }>('manager1', TOTALS, { from, to, p: svedala })).statistics.total;
    }
    expect({ newlyEnrolled: after.newlyEnrolled, exits: after.exits, pending: after.exitsByOutcome.workPending }).toEqual(expected);
    for (const user of ['manager1', 'reviewer.svedala']) {
      const viewer = await h.newPage();
      page = viewer.page;
      await signIn(page, user);
      await page.goto(`/statistik?fran=${from}&till=${to}&huvudman=${svedala}&grupp=huvudman`);
      const table = page.getByRole('table', { name: `Indikatorer per huvudman, ${from}–${to}` });
      await table.waitFor();
      expect(await cell(table, 'Nyinskrivna', 'Svedala kommun')).toBe(number(expected.newlyEnrolled));
      expect(await cell(table, 'Avslut', 'Svedala kommun')).toBe(number(expected.exits));
      expect(await cell(table, 'Till arbete, månadskontroll ej klar', 'Svedala kommun')).toBe(number(expected.pending));
      await expectAccessible(page, `vecka-statistik-${user}`);
      if (user === 'reviewer.svedala') {
        await page.goto(`/arbetssokande/${personId}/vag`);
        const exit = page.getByRole('region', { name: 'Avslut' });
        await exit.getByText('Arbete räknas först efter en månad').waitFor();
        expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
        await page.goto(`/arbetssokande/${enrolledId}/vag`);
        await page.getByRole('heading', { name: 'Samira Veckström', level: 1 }).waitFor();
        await page.getByText('Vill arbeta i hemtjänsten; bokar studiebesök.').waitFor();
        expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
        await expectAccessible(page, 'vecka-granskare-person');
      }
      await viewer.context.close();
    }
  }, 240_000);
});
