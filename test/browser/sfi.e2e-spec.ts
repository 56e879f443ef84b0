import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

const COURSES = `{ sfiCourses(limit: 100) { items { id name places placesLeft queueLength sector { id name } } } }`;
const QUEUE = `query($id: ID!) { sfiQueue(courseId: $id, limit: 100) { items { id candidate { id firstName lastName } } } }`;
const CREATE = `mutation($input: CreateSfiCourseInput!) { createSfiCourse(input: $input) { id name } }`;
const QUEUE_FOR = `mutation($input: QueueForSfiInput!) { queueForSfi(input: $input) { id } }`;
const START = `mutation($id: ID!, $on: String!) { startSfi(sfiEnrolmentId: $id, startedOn: $on) { id status } }`;

interface Course {
  id: string;
  name: string;
  places: number;
  placesLeft: number;
  queueLength: number;
  sector: { id: string; name: string };
}
interface Queued {
  id: string;
  candidate: { id: string; firstName: string; lastName: string };
}

/** A day counted from today in Sweden, as the API writes dates. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 864e5).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

const nameOf = (q: Queued) => `${q.candidate.firstName} ${q.candidate.lastName}`;

/** Bransch-SFI as teacher1 and counsellor1 use it in Chromium: the courses, a course's queue, its participants and their notes. */
describe('The web app: Bransch-SFI', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  const courses = async () => (await h.t.ok<{ sfiCourses: { items: Course[] } }>('teacher1', COURSES)).sfiCourses.items;
  const queue = async (id: string) => (await h.t.ok<{ sfiQueue: { items: Queued[] } }>('teacher1', QUEUE, { id })).sfiQueue.items;

  async function openCourses(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bransch-SFI' }).click();
    await page.getByRole('heading', { name: 'Bransch-SFI', level: 1 }).waitFor();
    await page.getByText(/^\d+ kurser?\.$/).waitFor();
  }

  it('lists the courses with places, places left and queue, filtered by sector', async () => {
    const all = await courses();
    const { context, page } = await h.newPage();
    await signIn(page, 'teacher1');
    await openCourses(page);
    expect(await page.title()).toBe('Bransch-SFI – Brygga');
    const table = page.getByRole('table', { name: 'Kurser i bransch-SFI' });
    expect(await table.getByRole('row').count()).toBe(all.length + 1);
    const first = all[0]!;
    const row = table.getByRole('row', { name: new RegExp(first.name) });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
      first.sector.name,
      expect.stringMatching(/^SFI [A-D]$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d$/),
      String(first.places),
      String(first.placesLeft),
      String(first.queueLength),
    ]);
    await expectAccessible(page, 'sfi-courses');

    await page.getByRole('combobox', { name: 'Bransch' }).click();
    await page.getByRole('option', { name: first.sector.name }).click();
    await page.waitForURL(/bransch=/);
    const inSector = all.filter((c) => c.sector.id === first.sector.id);
    await page.getByText(inSector.length === 1 ? '1 kurs.' : `${inSector.length} kurser.`, { exact: true }).waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(inSector.length + 1);
    await expectAccessible(page, 'sfi-courses-by-sector');
    await context.close();
  });

  it('creates a course and changes its places, with what is missing or wrong said next to each field', async () => {
    const sector = (await courses())[0]!.sector;
    const name = 'Yrkessvenska, kvällskurs';
    const { context, page } = await h.newPage();
    await signIn(page, 'teacher1');
    await openCourses(page);
    await page.getByRole('button', { name: 'Ny kurs' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny kurs i bransch-SFI' });
    await dialog.waitFor();
    await expectAccessible(page, 'sfi-course-dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    expect(await dialog.getByText('Fyll i fältet').count()).toBe(6);
    await dialog.getByRole('textbox', { name: /^Kursens namn/ }).fill(name);
    await dialog.getByRole('combobox', { name: /^Bransch/ }).click();
    await dialog.getByRole('option', { name: sector.name }).click();
    await dialog.getByRole('combobox', { name: /^Nivå/ }).click();
    await dialog.getByRole('option', { name: 'SFI C' }).click();
    await dialog.getByRole('textbox', { name: /^Första dag/ }).fill(day(30));
    await dialog.getByRole('textbox', { name: /^Sista dag/ }).fill(day(10));
    await dialog.getByRole('textbox', { name: /^Antal platser/ }).fill('8');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Sista dagen kan inte vara före första dagen.').waitFor();
    await expectAccessible(page, 'sfi-course-dialog-errors');
    await dialog.getByRole('textbox', { name: /^Sista dag/ }).fill(day(150));
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kursen ${name} är skapad.` })
      .waitFor();
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await page.locator('dt:text-is("Platser") + dd').textContent()).toBe('8');

    await page.getByRole('button', { name: 'Ändra kursen' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra kursen' });
    await edit.getByRole('textbox', { name: /^Antal platser/ }).fill('10');
    await expectAccessible(page, 'sfi-course-edit-dialog');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Kursen är sparad.' }).waitFor();
    await page.locator('dt:text-is("Platser") + dd').filter({ hasText: /^10$/ }).waitFor();
    await context.close();
  });

  it('starts a place for the first in the queue, who is then among the participants, and records attendance and progress', async () => {
    const course = (await courses()).find((c) => c.placesLeft > 0 && c.queueLength > 0);
    expect(course).toBeDefined();
    const first = (await queue(course!.id))[0]!;
    const name = nameOf(first);
    const { context, page } = await h.newPage();
    await signIn(page, 'teacher1');
    await openCourses(page);
    await page.getByRole('link', { name: course!.name }).click();
    await page.getByRole('heading', { name: course!.name, level: 1 }).waitFor();
    const queueTable = page.getByRole('table', { name: 'Kön till kursen, den som väntat längst först' });
    expect(await queueTable.getByRole('row').nth(1).getByRole('rowheader').textContent()).toBe(name);
    expect(await queueTable.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()).toMatch(/^\d+ dag(ar)?$/);
    const pathLink = queueTable.getByRole('link', { name });
    expect(await pathLink.getAttribute('href')).toBe(`/arbetssokande/${first.candidate.id}/vag`);
    await expectAccessible(page, 'sfi-course');

    await page.getByRole('button', { name: `Starta plats för ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Starta plats för ${name}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Första dag på kursen').inputValue()).toBe(day(0));
    await expectAccessible(page, 'sfi-start-dialog');
    await dialog.getByRole('button', { name: 'Starta plats' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} har fått en plats och finns bland deltagarna.` })
      .waitFor();
    const participant = page.getByRole('article', { name });
    await participant.waitFor();
    expect(await participant.getByText('Pågår').count()).toBe(1);
    expect(await queueTable.getByRole('rowheader', { name }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /^Deltagare \(/, level: 2 }).evaluate((el) => el.matches(':focus'))).toBe(true);

    await participant.getByRole('button', { name: `Anteckna närvaro eller framsteg för ${name}` }).click();
    const noteDialog = page.getByRole('dialog', { name: `Närvaro och framsteg för ${name}` });
    await noteDialog.waitFor();
    expect(await noteDialog.getByRole('radio', { name: 'Närvarande' }).isChecked()).toBe(true);
    await noteDialog.getByLabel('Framsteg').fill('Övade ord för arbetsplatsen; nästa steg är att beskriva en arbetsuppgift.');
    await expectAccessible(page, 'sfi-note-dialog');
    await noteDialog.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Anteckningen för ${name} är sparad.` })
      .waitFor();
    const notes = participant.getByRole('table', { name: `Närvaro och framsteg för ${name}, senaste först` });
    const noted = notes.getByRole('row').filter({ hasText: 'Övade ord för arbetsplatsen' });
    await noted.waitFor();
    await expect(noted.getByRole('cell').allTextContents()).resolves.toEqual([
      'Närvarande',
      'Övade ord för arbetsplatsen; nästa steg är att beskriva en arbetsuppgift.',
      'Sara Ahmadi',
    ]);
    expect(await noted.getByRole('rowheader').textContent()).toBe(day(0));

    // attendance once a day: a second one for today is refused next to the day
    await participant.getByRole('button', { name: `Anteckna närvaro eller framsteg för ${name}` }).click();
    await noteDialog.waitFor();
    await noteDialog.getByRole('button', { name: 'Spara' }).click();
    await noteDialog.getByText('Närvaron är redan antecknad för den dagen.').waitFor();
    expect(await noteDialog.getByRole('textbox', { name: 'Dag' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'sfi-note-refused');
    await noteDialog.getByRole('button', { name: 'Avbryt' }).click();
    await context.close();
  });

  it('refuses a start on a full course and says why next to the action', async () => {
    const demo = await courses();
    const waiting = (await queue(demo.find((c) => c.queueLength >= 2)!.id)).slice(0, 2);
    expect(waiting).toHaveLength(2);
    const { createSfiCourse: full } = await h.t.ok<{ createSfiCourse: { id: string; name: string } }>('teacher1', CREATE, {
      input: { name: 'Yrkessvenska, en plats', sectorId: demo[0]!.sector.id, level: 'SFI_B', startOn: day(-30), endOn: day(60), places: 1 },
    });
    const enrolments: string[] = [];
    for (const q of waiting) {
      const { queueForSfi } = await h.t.ok('teacher1', QUEUE_FOR, { input: { courseId: full.id, candidateId: q.candidate.id, queuedSince: day(-10) } });
      enrolments.push(queueForSfi.id);
    }
    await h.t.ok('teacher1', START, { id: enrolments[0], on: day(0) });

    const second = nameOf(waiting[1]!);
    const { context, page } = await h.newPage();
    await signIn(page, 'teacher1');
    await page.goto(`/sfi/${full.id}`);
    await page.getByRole('heading', { name: full.name, level: 1 }).waitFor();
    await page.getByRole('article', { name: nameOf(waiting[0]!) }).waitFor();
    await page.getByRole('button', { name: `Starta plats för ${second}` }).click();
    const dialog = page.getByRole('dialog', { name: `Starta plats för ${second}` });
    await dialog.getByRole('button', { name: 'Starta plats' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Kursen är full: den enda platsen är tagen.');
    await expectAccessible(page, 'sfi-course-full');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // waiting for a place that will not come, the person leaves the queue
    await page.getByRole('button', { name: `Har lämnat kön – ${second}` }).click();
    const leave = page.getByRole('dialog', { name: `${second} har lämnat kön` });
    await leave.getByRole('textbox', { name: 'Sista dag i kön' }).waitFor();
    await expectAccessible(page, 'sfi-queue-leave-dialog');
    await leave.getByRole('button', { name: 'Registrera att personen lämnat kön' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${second} har lämnat kön.` })
      .waitFor();
    await page.getByText('Ingen står i kön till kursen.').waitFor();
    await expectAccessible(page, 'sfi-queue-left');
    await context.close();
  });

  it('lets the career counsellor start places and end them, leaves attendance to the teacher, and offers the reviewer nothing to change', async () => {
    const course = (await courses()).find((c) => c.queueLength > 0)!;
    const { context, page } = await h.newPage();
    await signIn(page, 'counsellor1');
    await page.goto(`/sfi/${course.id}`);
    await page.getByRole('heading', { name: course.name, level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: /^Starta plats för / }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Anteckna närvaro/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ändra kursen' }).count()).toBe(1);
    await expectAccessible(page, 'sfi-course-counsellor');
    await context.close();

    // Svedala's reviewer reads the course and Svedala's people on it, and is offered nothing to change
    const reviewer = await h.newPage();
    await signIn(reviewer.page, 'reviewer.svedala');
    await reviewer.page.goto(`/sfi/${course.id}`);
    await reviewer.page.getByRole('heading', { name: course.name, level: 1 }).waitFor();
    await reviewer.page.getByRole('heading', { name: /^Deltagare \(/, level: 2 }).waitFor();
    expect(await reviewer.page.getByRole('main').getByRole('button').count()).toBe(0);
    await expectAccessible(reviewer.page, 'sfi-course-reviewer');
    await reviewer.context.close();
  });
});
