import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExposureReportsService } from '../../src/matching/exposure-reports.js';
import { Clock } from '../../src/platform/context/clock.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
}

const OPENINGS = '{ openings(status: OPEN, limit: 100) { items { id title } } }';
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 25, excludedLimit: 0) {
  ranked { candidate { id firstName lastName } } nearMisses { candidate { id firstName lastName } } } }`;
const SHORTLIST = `query($o: ID!) { shortlist(openingId: $o) { candidateId } }`;
const SECRETARY = `query($id: ID!) { candidate(id: $id) { enrolments { exitOn secretary { username } } } }`;
const SVEDALA = '{ candidates(limit: 100) { items { id } } }';

const nameOf = (p: Person) => `${p.firstName} ${p.lastName}`;
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/**
 * The kept rankings as the people in them are owed (the EU AI Act's right to an explanation): recruiter1 passes
 * someone over from the ranking with a reason, the person's secretary reads it on "Väg och plan", Svedala's
 * reviewer reads a Svedala person's rankings without a control, and the manager reads the kept monthly exposure reports.
 */
describe('The web app: the kept rankings, passing over and the kept exposure reports', () => {
  let h: BrowserHarness;
  let opening: { id: string; title: string };
  let passed: Person;
  let secretary: string;
  let recruiter: string;
  let svedalaPerson: Person;
  const reason = 'Har redan tackat nej till arbetsgivaren i år.';

  beforeAll(async () => {
    h = await BrowserHarness.start();
    const svedalaIds = new Set((await h.t.ok<{ candidates: { items: Array<{ id: string }> } }>('reviewer.svedala', SVEDALA)).candidates.items.map((c) => c.id));
    const { openings } = await h.t.ok<{ openings: { items: Array<{ id: string; title: string }> } }>('recruiter1', OPENINGS);
    for (const candidate of openings.items) {
      const ranking = (
        await h.t.ok<{ rankCandidatesForOpening: { ranked: Array<{ candidate: Person }>; nearMisses: Array<{ candidate: Person }> } }>('recruiter1', RANK, {
          id: candidate.id,
        })
      ).rankCandidatesForOpening;
      svedalaPerson ??= [...ranking.ranked, ...ranking.nearMisses].map((r) => r.candidate).find((p) => svedalaIds.has(p.id))!;
      if (!opening && ranking.ranked.length >= 2) {
        const listed = new Set(
          (await h.t.ok<{ shortlist: Array<{ candidateId: string }> }>('recruiter1', SHORTLIST, { o: candidate.id })).shortlist.map((e) => e.candidateId),
        );
        const free = ranking.ranked.map((r) => r.candidate).find((p) => !listed.has(p.id) && !svedalaIds.has(p.id));
        if (free) {
          opening = candidate;
          passed = free;
        }
      }
      if (opening && svedalaPerson) break;
    }
    expect(opening).toBeDefined();
    expect(svedalaPerson).toBeDefined();
    const { candidate } = await h.t.ok<{ candidate: { enrolments: Array<{ exitOn: string | null; secretary: { username: string } | null }> } }>(
      'recruiter1',
      SECRETARY,
      { id: passed.id },
    );
    secretary = candidate.enrolments[0]?.secretary?.username ?? 'secretary1';
    recruiter = (await h.t.ok<{ viewer: { name: string } }>('recruiter1', '{ viewer { name } }')).viewer.name;
  }, 180_000);
  afterAll(() => h?.close());

  it('recruiter1 passes a ranked person over with a reason, by keyboard, and the card says so', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'recruiter1');
    await page.goto(`/platser/${opening.id}/matchning`);
    await page.getByRole('heading', { name: `Matchning: ${opening.title}`, level: 1 }).waitFor({ timeout: 30_000 });
    const who = nameOf(passed);
    const card = page.getByRole('article', { name: new RegExp(`: ${who}$`) });
    const button = card.getByRole('button', { name: `Förbigå ${who}` });
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // open by keyboard: the reason takes the focus; Escape leaves the form and gives the keyboard back to the button
    await button.focus();
    await page.keyboard.press('Enter');
    const form = card.getByRole('form', { name: `Förbigå ${who}` });
    const field = form.getByRole('textbox', { name: 'Skäl (frivilligt)' });
    expect(await page.locator(':focus').getAttribute('id')).toBe(await field.getAttribute('id'));
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'matchning-forbiga-formular');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe(`Förbigå ${who}`);

    // a reason over 500 characters is refused next to the field
    await page.keyboard.press('Enter');
    await field.fill('x'.repeat(501));
    await form.getByRole('button', { name: 'Förbigå personen' }).click();
    const error = form.getByText('Skälet får vara högst 500 tecken (nu 501).');
    await error.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))!.split(' ')).toContain(await error.getAttribute('id'));
    await expectAccessible(page, 'matchning-forbiga-fel');

    await field.fill(reason);
    await field.press('Tab'); // to "Förbigå personen"
    await page.keyboard.press('Enter');
    const note = card.getByText('Förbigången', { exact: true });
    await note.waitFor();
    await card.getByText(`Skäl: ${reason}`).waitFor();
    await form.waitFor({ state: 'detached' });
    expect(await card.getByRole('button', { name: `Förbigå ${who}` }).count()).toBe(0);
    // the keyboard stays where the button was, on the words that replaced it
    expect(await page.locator(':focus').textContent()).toBe(`Förbigången – Skäl: ${reason}`);
    await page
      .getByRole('status')
      .filter({ hasText: `${who} är förbigången.` })
      .waitFor({ state: 'attached' });
    await expectAccessible(page, 'matchning-forbigangen');
    await context.close();
  }, 120_000);

  it('the person’s secretary reads that ranking on Väg och plan, with the decision, the reason and who', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, secretary);
    await page.goto(`/arbetssokande/${passed.id}/vag`);
    await page.getByRole('heading', { name: nameOf(passed), level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Rankningar där personen fanns med' });
    const table = section.getByRole('table', { name: 'Rankningar där personen fanns med, den senaste först' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['När', 'Plats', 'Vem som rankade', 'Placering', 'Poäng', 'Förklaring som den visades', 'Beslut']);
    // the newest ranking first: the browser's, in which recruiter1 passed the person over
    const row = table.getByRole('row').nth(1);
    const decision = row.getByRole('cell').last();
    await decision.getByText('Förbigången', { exact: true }).waitFor();
    expect(await decision.textContent()).toBe(`Förbigången av ${recruiter} ${today()}Skäl: ${reason}`);
    expect(await row.getByRole('link', { name: opening.title }).getAttribute('href')).toBe(`/platser/${opening.id}`);
    await row.getByRole('cell', { name: /^Plats \d+$/ }).waitFor();
    await row.getByRole('cell', { name: /^[\d,]+ av 100$/ }).waitFor();
    await expectAccessible(page, 'vag-rankningar');
    await context.close();
  }, 60_000);

  it('Svedala’s reviewer reads a Svedala person’s rankings with no control in the section', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await page.goto(`/arbetssokande/${svedalaPerson.id}/vag`);
    await page.getByRole('heading', { name: nameOf(svedalaPerson), level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Rankningar där personen fanns med' });
    const table = section.getByRole('table', { name: 'Rankningar där personen fanns med, den senaste först' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await table
      .getByRole('cell', { name: /^(Plats \d+|Nästan matchning)$/ })
      .first()
      .waitFor();
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'vag-rankningar-granskare');
    await context.close();
  }, 60_000);

  it('manager1 reads the kept monthly exposure reports: none at first, then the one the job kept', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.goto('/statistik');
    const kept = page.getByRole('region', { name: 'Sparade månadsrapporter' });
    await kept.getByText('Inga sparade rapporter än: den första sparas första vardagen i nästa månad.').waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'statistik-sparade-rapporter-tomt');

    // the monthly job, run as on next month's first working days (test/exposure-history.e2e-spec.ts)
    const clock = h.t.app.get(Clock);
    const thisMonth = new Date().toISOString().slice(0, 7);
    const [year, month] = thisMonth.split('-').map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    try {
      clock.setNow(new Date(`${next}-15T10:00:00Z`));
      await h.t.asScheduler(() => h.t.app.get(ExposureReportsService).produceDue());
    } finally {
      clock.setNow(new Date());
    }
    await page.reload();
    const table = kept.getByRole('table', { name: 'Sparade månadsrapporter om rankningens exponering, den senaste månaden först' });
    await table.waitFor({ timeout: 30_000 });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Månad', 'Huvudman', 'Inskrivna', 'Föreslagna', 'Lägsta spridning', 'Sparad']);
    const principals = (await table.getByRole('row').allTextContents()).slice(1);
    expect(principals).toHaveLength(2);
    expect(principals.some((r) => r.includes('Svedala kommun'))).toBe(true);
    expect(principals.some((r) => r.includes('Trelleborgs kommun'))).toBe(true);
    await expectAccessible(page, 'statistik-sparade-rapporter');
    await context.close();
  }, 120_000);
});
