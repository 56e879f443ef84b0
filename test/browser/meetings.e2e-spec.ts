import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Clock } from '../../src/platform/context/clock.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { Ids, meetingVenue } from '../support/factories.js';

const HOUR = 3600_000;
const CARE_TEAM = 'Bransch-team Vård och omsorg';
const TITLE = 'Rekryteringsträff vård i Svedala';

/** A day a week ahead, as the form's date field writes it, and the instant of a clock time that day in Sweden. */
function weekAhead(): { date: string; at(time: string): Date } {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + 7 * 24 * HOUR));
  const at = (time: string) => {
    const guess = new Date(`${date}T${time}:00Z`);
    const offset =
      new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Stockholm' })).getTime() -
      new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
    return new Date(guess.getTime() - offset);
  };
  return { date, at };
}

/** Presses Tab until the element of that accessible name (aria-label or text) has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.getAttribute('aria-label')) === name || (await focused.innerText().catch(() => '')).trim() === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * A recruitment meeting as secretary1 of the care team runs it, from planning to the write-backs, with the
 * attendance list on a tablet done with the keyboard alone.
 */
describe('The web app: recruitment meetings', () => {
  let h: BrowserHarness;
  let ids: Ids;
  beforeAll(async () => {
    h = await BrowserHarness.start({ OUTBOX_SWEEP_INTERVAL_MS: '400' });
    ids = await Ids.load(h.t);
  });
  afterAll(() => h?.close());

  it('secretary1 plans a meeting, invites from the proposed list, takes attendance on a tablet by keyboard, books an interview and sees the write-backs', async () => {
    const svedala = ids.organisation('Svedala kommun');
    const { openings } = await h.t.ok(
      'secretary1',
      `query($s: ID!) { openings(status: OPEN, sectorId: $s, limit: 100) { items { id title principalId employer { id name } } } }`,
      {
        s: ids.sector('VARD_OMSORG'),
      },
    );
    const opening = (openings.items as Array<{ id: string; title: string; principalId: string; employer: { id: string; name: string } }>).find(
      (o) => o.principalId === svedala,
    )!;
    const day = weekAhead();
    // the venue taken 09-12 that day by another meeting
    const taken = await meetingVenue(h.t, 'secretary1', svedala, 40, 'Svedala Folkets hus');
    await h.t.ok('secretary1', `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }`, {
      i: {
        teamId: ids.team(CARE_TEAM),
        principalId: svedala,
        title: 'Annan träff',
        startsAt: day.at('09:00'),
        endsAt: day.at('12:00'),
        venueId: taken.id,
        responsibleUserIds: [ids.user('recruiter1')],
      },
    });

    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rekryteringsträffar' }).click();
    await page.getByRole('heading', { name: 'Rekryteringsträffar', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Träffar .* per kommun och bransch/ }).waitFor();
    await page.getByRole('table', { name: 'En träff.' }).waitFor();
    await expectAccessible(page, 'meetings-list');

    await page.getByRole('link', { name: 'Planera träff' }).click();
    await page.getByRole('heading', { name: 'Planera rekryteringsträff', level: 1 }).waitFor();
    await page.getByLabel('Rubrik').fill(TITLE);
    await pick(page, 'Bransch-team', CARE_TEAM);
    await pick(page, 'Kommun som träffen ordnas för', 'Svedala kommun');
    await expect(page.getByRole('textbox', { name: 'Datum' }).inputValue()).resolves.toBe(day.date);
    await pick(page, 'Lokal', 'Svedala Folkets hus, Svedala (40 platser)');
    await page.getByRole('combobox', { name: 'Lägg till arbetsgivare' }).fill(opening.employer.name.slice(0, 8));
    await page.getByRole('option', { name: opening.employer.name }).click();
    await page.getByRole('checkbox', { name: opening.title }).check();
    await page.getByRole('button', { name: 'Planera träffen' }).click();
    // the double booking is said next to the venue the API names
    const venue = page.getByRole('combobox', { name: 'Lokal' });
    await page.getByText('Lokalen är bokad för en annan träff vid den tiden.').first().waitFor();
    expect(await venue.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'meeting-plan-double-booked');

    await page.getByRole('button', { name: 'Ny lokal' }).click();
    const venueDialog = page.getByRole('dialog', { name: 'Ny lokal' });
    await venueDialog.waitFor();
    await venueDialog.getByLabel('Namn').fill('Svedala bibliotek');
    await venueDialog.getByLabel('Ort').fill('Svedala');
    await venueDialog.getByLabel('Kapacitet (antal personer)').fill('12');
    await expectAccessible(page, 'meeting-venue-dialog');
    await venueDialog.getByRole('button', { name: 'Spara lokalen' }).click();
    await venueDialog.waitFor({ state: 'hidden' });
    await expect(venue.inputValue()).resolves.toBe('Svedala bibliotek, Svedala (12 platser)');
    await page.getByRole('button', { name: 'Planera träffen' }).click();

    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Planerad', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Visa förslag' }).click();
    const proposals = page.getByRole('table', { name: 'Föreslagna personer, bäst matchning först' });
    await proposals.waitFor({ timeout: 30_000 });
    const first = proposals.getByRole('row').nth(1);
    expect((await first.getByRole('cell').last().innerText()).length).toBeGreaterThan(10);
    await expectAccessible(page, 'meeting-proposals');
    const choices = proposals.getByRole('checkbox');
    const names: string[] = [];
    for (const n of [0, 1]) {
      const box = choices.nth(n);
      names.push((await box.getAttribute('aria-label'))!.replace(/^Välj /, ''));
      await box.check();
    }
    await page.getByRole('button', { name: 'Bjud in 2 valda personer' }).click();
    await page.getByRole('status').filter({ hasText: '2 personer är inbjudna.' }).waitFor({ state: 'attached' });
    const invited = page.getByRole('table', { name: 'Inbjudna personer med svar och påminnelser' });
    for (const name of names) await invited.getByRole('row', { name: new RegExp(name) }).waitFor();

    await page.getByRole('button', { name: 'Skicka inbjudningarna' }).click();
    await page.getByText('Inbjudningar skickade', { exact: true }).waitFor();
    await pick(page, `Svar från ${names[0]}`, 'Kommer');
    await page.getByRole('button', { name: `Spara svaret från ${names[0]}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Svaret från ${names[0]} är sparat: Kommer.` })
      .waitFor({ state: 'attached' });
    await expectAccessible(page, 'meeting-invited');

    // the day of the meeting, on a tablet: the API's clock an hour past the start, so a new session
    const meetingPath = new URL(page.url()).pathname;
    h.t.app.get(Clock).setNow(new Date(day.at('09:00').getTime() + HOUR));
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(meetingPath);
    await page.waitForURL(/\/logga-in\?till=/);
    await signIn(page, 'secretary1');
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Närvarolista' }).click();
    await page.getByRole('heading', { name: `Närvaro: ${TITLE}`, level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Inbjudna som inte har tackat nej' }).waitFor();
    await expectAccessible(page, 'meeting-attendance-tablet');
    const came = page.getByRole('button', { name: `${names[0]} kom`, exact: true });
    const box = await came.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await tabTo(page, `${names[0]} kom`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${names[0]}: kom.` })
      .waitFor({ state: 'attached' });
    await expect(came.getAttribute('aria-pressed')).resolves.toBe('true');
    await tabTo(page, `${names[1]} kom inte`);
    await page.keyboard.press('Space');
    await page
      .getByRole('status')
      .filter({ hasText: `${names[1]}: kom inte.` })
      .waitFor({ state: 'attached' });
    await page.getByText('1 kom, 1 kom inte, 0 kvar att registrera.').waitFor();
    await expectAccessible(page, 'meeting-attendance-recorded');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('link', { name: 'Tillbaka till träffen' }).click();
    await page.getByRole('button', { name: `Boka intervju med ${names[0]}` }).click();
    const book = page.getByRole('dialog', { name: `Boka intervju med ${names[0]}` });
    await expect(book.getByRole('textbox', { name: 'Datum för intervjun' }).inputValue()).resolves.toBe(day.date);
    await book.getByLabel('Tid för intervjun').fill('13:30');
    await book.getByLabel('Anteckning').fill('Hos arbetsgivaren, fråga efter enhetschefen');
    await expectAccessible(page, 'meeting-interview-dialog');
    await book.getByRole('button', { name: 'Boka intervjun' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Intervjun med ${names[0]} är bokad.` })
      .waitFor({ state: 'attached' });
    await page.getByText(`intervju ${day.date} 13:30: Hos arbetsgivaren`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Markera träffen som genomförd' }).click();
    await page.getByText('Genomförd', { exact: true }).waitFor();
    const writeBacks = page.getByRole('region', { name: 'Det här skrevs tillbaka' });
    await writeBacks.getByText(`${names[0]}: Rekryteringsträffen är genomförd i planen`).waitFor();
    await writeBacks.getByText(`${names[1]}: Rekryteringsträffen är inställd i planen (uteblev)`).waitFor();
    // the contact-log entry is written through the outbox: the page shows it once it is there
    const contact = writeBacks.getByRole('link', { name: `Kontakt hos ${opening.employer.name}` });
    const logged = writeBacks.getByText(`Rekryteringsträff "${TITLE}"`, { exact: false });
    for (let tries = 0; tries < 20 && (await logged.count()) === 0; tries++) {
      await page.waitForTimeout(500);
      await page.reload();
      await contact.waitFor();
    }
    await logged.waitFor();
    expect(await contact.getAttribute('href')).toBe(`/arbetsgivare/${opening.employer.id}`);
    await expectAccessible(page, 'meeting-held-write-backs');

    await writeBacks.getByRole('link', { name: `${names[0]} – ${opening.title}` }).click();
    await page.getByRole('heading', { name: new RegExp(names[0]!), level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/placeringar\/[0-9a-f-]+$/);
    await page.getByText('Intervju', { exact: true }).first().waitFor();
    await context.close();
  }, 150_000);
});
