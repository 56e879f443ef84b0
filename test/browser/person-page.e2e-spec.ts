import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

interface Period {
  id: string;
  firstContactOn: string;
  exitOn: string | null;
  firstMeetingOn: string | null;
  workingDaysToPlan: number | null;
  workingDaysToSector: number | null;
  sector: { name: string } | null;
  team: { name: string } | null;
  secretary: { username: string; name: string } | null;
  plan: { sickListed: boolean; revisions: Array<{ id: string }> } | null;
  followUps: Array<{ id: string }>;
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  identityNumber: string;
  principalId: string;
  enrolments: Period[];
  consents: Array<{ purpose: string; withdrawnAt: string | null }>;
  drivingLicenceConceptIds: string[];
  travelMode: string;
}

const PEOPLE = `query($openOnly: Boolean!, $offset: Int!) { candidates(openOnly: $openOnly, limit: 100, offset: $offset) { items {
  id firstName lastName identityNumber principalId consents { purpose withdrawnAt } drivingLicenceConceptIds travelMode
  enrolments { id firstContactOn exitOn firstMeetingOn workingDaysToPlan workingDaysToSector sector { name } team { name }
    secretary { username name } plan { sickListed revisions { id } } followUps { id } } } } }`;

const name = (p: Person) => `${p.firstName} ${p.lastName}`;
const workingDays = (d: number) => (d === 1 ? '1 arbetsdag' : `${d} arbetsdagar`);
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** Opens a person's "Väg och plan" and waits for it to be drawn. */
async function openPath(page: Page, person: Person): Promise<void> {
  await page.goto(`/arbetssokande/${person.id}/vag`);
  await page.getByRole('heading', { name: name(person), level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Vägen', level: 2 }).waitFor();
}

/** Waits until a fact (a description list's dd by its dt) within a part of the page reads exactly so. */
async function fact(scope: Locator, term: string, value: string): Promise<void> {
  await scope
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]', { hasText: new RegExp(`^${value}$`) })
    .waitFor();
}

/** "Väg och plan", a person's path and plan, as secretary1 works it and as Svedala's reviewer reads it. */
describe('The web app: a person’s path and plan', () => {
  let h: BrowserHarness;
  let worked: Person;
  let left: Person;
  let svedala: Person;
  let walker: Person;
  let principalName: string;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    const people: Person[] = [];
    for (const offset of [0, 100, 200]) {
      const { candidates } = await h.t.ok<{ candidates: { items: Person[] } }>('secretary1', PEOPLE, { openOnly: false, offset });
      people.push(...candidates.items);
    }
    const shares = (p: Person) => p.consents.some((c) => c.purpose === 'SHARE_PROFILE_WITH_EMPLOYERS' && !c.withdrawnAt);
    // one of secretary1's own people with a plan, a sector chosen (the timeline's working days) and a long history of follow-ups
    worked = people.find((p) => {
      const e = p.enrolments[0];
      return (
        e &&
        !e.exitOn &&
        e.followUps.length > 20 &&
        e.secretary?.username === 'secretary1' &&
        e.plan &&
        !e.plan.sickListed &&
        e.workingDaysToPlan !== null &&
        e.workingDaysToSector !== null &&
        shares(p)
      );
    })!;
    // someone whose last period has ended
    left = people.find((p) => p !== worked && p.enrolments.length > 0 && p.enrolments.every((e) => e.exitOn))!;
    // someone else of secretary1's, with no driving licence and going by public transport, for the travel to work
    walker = people.find(
      (p) =>
        p !== worked && p !== left && p.principalId === worked.principalId && p.drivingLicenceConceptIds.length === 0 && p.travelMode === 'PUBLIC_TRANSPORT',
    )!;
    expect(worked).toBeDefined();
    expect(left).toBeDefined();
    expect(walker).toBeDefined();
    const { candidates } = await h.t.ok<{ candidates: { items: Person[] } }>('reviewer.svedala', PEOPLE, { openOnly: true, offset: 0 });
    svedala = candidates.items.find((p) => p.enrolments[0]?.plan)!;
    expect(svedala).toBeDefined();
    const { organisations } = await h.t.ok<{ organisations: Array<{ id: string; name: string }> }>('secretary1', '{ organisations { id name } }');
    principalName = organisations.find((o) => o.id === worked.principalId)!.name;
  });
  afterAll(() => h?.close());

  it('secretary1 reads the path with its working days and the plan, records a follow-up with the keyboard alone, adds an activity, sick-lists and changes a consent', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    const period = worked.enrolments[0];

    // from the profile, by its tab
    await page.goto(`/arbetssokande/${worked.id}`);
    const tabs = page.getByRole('navigation', { name: 'Personens sidor' });
    await tabs.getByRole('link', { name: 'Profil' }).and(page.locator('[aria-current="page"]')).waitFor();
    await tabs.getByRole('link', { name: 'Väg och plan' }).click();
    await page.getByRole('heading', { name: name(worked), level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Vägen', level: 2 }).waitFor();

    const facts = page.getByRole('region', { name: 'Uppgifter' });
    await facts.getByText(worked.identityNumber, { exact: true }).waitFor();
    await facts.getByText(principalName, { exact: true }).waitFor();
    await facts.getByText(period.sector!.name, { exact: true }).waitFor();
    await facts.getByText(period.team!.name, { exact: true }).waitFor();
    await facts.getByText(period.secretary!.name, { exact: true }).waitFor();

    const path = page.getByRole('region', { name: 'Vägen' });
    await path.getByText('Första kontakt (aktualisering)').waitFor();
    await path.getByText(`${workingDays(period.workingDaysToPlan!)} (mål: inom 1 arbetsdag).`).waitFor();
    await path.getByText(`${workingDays(period.workingDaysToSector!)} (mål: inom 5 arbetsdagar).`).waitFor();
    const plan = page.getByRole('region', { name: 'Planen', exact: true });
    await plan.getByRole('table', { name: 'Insatser i planen' }).or(plan.getByText('Planen har inga insatser än.')).waitFor();
    const revisions = page.getByRole('region', { name: 'Ändringar i planen' });
    expect(await revisions.getByRole('article').count()).toBe(Math.min(3, period.plan!.revisions.length));
    await expectAccessible(page, 'person-vag');

    // a follow-up recorded with the keyboard alone: the next date is the API's suggestion for today
    const { suggestedNextFollowUpOn } = await h.t.ok<{ suggestedNextFollowUpOn: string }>(
      'secretary1',
      'query($d: String!) { suggestedNextFollowUpOn(heldOn: $d) }',
      {
        d: today(),
      },
    );
    const form = page.getByRole('form', { name: 'Registrera uppföljning' });
    await form
      .getByLabel('Nästa uppföljning')
      .and(page.locator(`[value="${suggestedNextFollowUpOn}"]`))
      .waitFor();
    await form.getByLabel('Hölls').focus();
    expect(await form.getByLabel('Hölls').inputValue()).toBe(today());
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('value')).toBe('MEETING');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Veckouppföljning per telefon: söker jobb inom vården, har två intervjuer nästa vecka.');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').inputValue()).toBe(suggestedNextFollowUpOn);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Spara uppföljning');
    await page.keyboard.press('Enter');
    await form.getByRole('status').getByText('Uppföljningen sparades.').waitFor();
    const held = page.getByRole('table', { name: 'De senaste uppföljningarna' });
    await held
      .getByRole('row', { name: /söker jobb inom vården/ })
      .getByRole('cell', { name: 'Telefon', exact: true })
      .waitFor();
    await page.getByText(`Nästa uppföljning senast ${suggestedNextFollowUpOn}`).waitFor();
    await expectAccessible(page, 'person-vag-uppfoljning');

    // a long history: the latest five, and all of them ten a page once asked for
    expect(await held.getByRole('row').count()).toBe(6);
    await page.getByText(/^Visa alla \d+ uppföljningar$/).click();
    await page.getByRole('table', { name: /^Uppföljningar, sida 1 av \d+$/ }).waitFor();
    await page.getByRole('navigation', { name: 'Sidor bland uppföljningarna' }).getByRole('button', { name: 'Sida 2', exact: true }).click();
    const second = page.getByRole('table', { name: /^Uppföljningar, sida 2 av \d+$/ });
    await second.waitFor();
    expect(await second.getByRole('row').count()).toBe(11);
    await expectAccessible(page, 'person-vag-alla-uppfoljningar');

    // an activity added in the dialog, and the revision it made with its diff
    await plan.getByRole('button', { name: 'Lägg till insats' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till insats' });
    await dialog.getByLabel('Insats').selectOption({ label: 'Studier' });
    await dialog.getByLabel('Anteckning').fill('Kurs i vårdsvenska');
    await expectAccessible(page, 'person-vag-insats-dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await plan.getByRole('status').getByText('Insatsen lades till.', { exact: false }).waitFor();
    await plan.getByRole('rowheader', { name: 'Studier' }).first().waitFor();
    const newest = revisions.getByRole('article').first();
    await newest.getByText('Insats tillagd').waitFor();
    await newest.getByText('Insats: tomt → Studier').waitFor();
    await newest.getByText('Anteckning: tomt → Kurs i vårdsvenska').waitFor();

    // sick-listed: the plan is adapted, not paused, and the follow-up duty stays
    await plan.getByRole('button', { name: 'Markera som sjukskriven' }).click();
    await plan.getByText('Personen är sjukskriven. Planen är anpassad efter det, inte pausad', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Ta bort sjukskrivningen' }).waitFor();
    await revisions.getByRole('article').first().getByText('Sjukskriven: nej → ja').waitFor();
    await page.getByText(`Nästa uppföljning senast ${suggestedNextFollowUpOn}`).waitFor();
    await expectAccessible(page, 'person-vag-sjukskriven');

    // the consent to share the profile withdrawn, then given again
    const consents = page.getByRole('region', { name: 'Samtycken' });
    await consents.getByRole('button', { name: 'Återkalla samtycke: Dela profilen med arbetsgivare' }).click();
    await consents.getByText(/^Samtycke saknas \(återkallat \d{4}-\d{2}-\d{2}\)$/).waitFor();
    await consents.getByRole('status').getByText('Samtycket återkallades.').waitFor();
    await consents.getByLabel('Samtycke till').selectOption({ label: 'Dela profilen med arbetsgivare' });
    await consents.getByRole('button', { name: 'Registrera samtycke' }).click();
    await consents.getByText(/^Samtycke finns \(givet \d{4}-\d{2}-\d{2}\)$/).waitFor();
    await expectAccessible(page, 'person-vag-samtycke');
    await context.close();
  }, 150_000);

  it('secretary1 ends a period to work and is told of the one-month rule, and enrols someone who left again with the earlier period kept', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await openPath(page, worked);
    const exit = page.getByRole('region', { name: 'Avslut' });
    const form = exit.getByRole('form', { name: 'Avsluta perioden' });
    await form.getByRole('button', { name: 'Avsluta perioden' }).click();
    await form.locator('select[aria-invalid="true"]').waitFor();
    await form.getByLabel('Orsak').selectOption({ label: 'Arbete utan stöd' });
    await form.getByLabel('Första dagen på jobbet').waitFor();
    await expectAccessible(page, 'person-vag-avslut-formular');
    await form.getByRole('button', { name: 'Avsluta perioden' }).click();
    await exit.getByText(`Avslutad ${today()}: Arbete utan stöd`).waitFor();
    await exit.getByText('Arbete räknas först efter en månad').waitFor();
    await exit.getByText('räknas som arbete i statistiken (Kolada) först när jobbet har varat en hel månad i följd', { exact: false }).waitFor();
    await exit.getByRole('form', { name: 'Hur gick det med jobbet?' }).waitFor();
    // the period has ended: no follow-up is due and none can be recorded
    expect(await page.getByRole('form', { name: 'Registrera uppföljning' }).count()).toBe(0);
    await expectAccessible(page, 'person-vag-avslutad-arbete');

    await openPath(page, left);
    const before = left.enrolments[0];
    const again = page.getByRole('form', { name: 'Skriv in igen' });
    await again.getByLabel('Första kontakt').waitFor();
    await expectAccessible(page, 'person-vag-lamnat');
    await again.getByRole('button', { name: 'Skriv in igen' }).click();
    await page.getByText('Personen skrevs in igen.', { exact: false }).waitFor();
    const path = page.getByRole('region', { name: 'Vägen' });
    await path.getByRole('heading', { name: `Inskriven sedan ${today()}` }).waitFor();
    await path.getByRole('heading', { name: 'Tidigare perioder' }).waitFor();
    const earlier = path.getByText(`Inskrivningsperiod ${before.firstContactOn} – ${before.exitOn}`);
    await earlier.click();
    await path.locator('details[open]').getByText('Första kontakt (aktualisering)').waitFor();
    await expectAccessible(page, 'person-vag-inskriven-igen');
    await context.close();
  }, 120_000);

  it('secretary1 sets how a person travels to work and the longest commute: a car without a licence is refused next to the field', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await openPath(page, walker);
    const travel = page.getByRole('region', { name: 'Resväg till arbete' });
    await fact(travel, 'Färdsätt', 'Kollektivtrafik');
    const form = travel.getByRole('form', { name: 'Ändra resväg' });
    expect(await form.getByRole('radio', { name: 'Kollektivtrafik' }).isChecked()).toBe(true);

    // the API refuses a car without a B licence; the form says the rule beside the choice, and the choice keeps the focus
    await form.getByRole('radio', { name: 'Bil' }).check();
    await form.getByRole('button', { name: 'Spara resvägen' }).click();
    const refusal = form.getByText('Bil kräver körkort med behörighet B och ingen begränsning mot att köra');
    await refusal.waitFor();
    expect(await page.locator(':focus').getAttribute('value')).toBe('CAR');
    // the group of choices is described by the refusal, so a screen reader reads it with the group
    const describedBy = (await form.getByRole('radiogroup', { name: 'Färdsätt' }).getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await refusal.getAttribute('id'));
    await expectAccessible(page, 'person-vag-resvag-bil');

    // a limit out of range is said at once; cycling with 40 minutes is saved and shown
    await form.getByRole('radio', { name: 'Cykel' }).check();
    const limit = form.getByLabel('Längsta restid (minuter, enkel resa)');
    await limit.fill('5');
    await form.getByRole('button', { name: 'Spara resvägen' }).click();
    expect(await limit.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Skriv ett heltal mellan 10 och 180, eller lämna tomt').waitFor();
    await limit.fill('40');
    await form.getByRole('button', { name: 'Spara resvägen' }).click();
    await travel.getByRole('status').getByText('Resvägen sparades.').waitFor();
    await fact(travel, 'Färdsätt', 'Cykel');
    await fact(travel, 'Längsta restid, enkel resa', '40 min');
    await expectAccessible(page, 'person-vag-resvag');
    const { candidate } = await h.t.ok<{ candidate: { travelMode: string; maxCommuteMinutes: number } }>(
      'secretary1',
      'query($id: ID!) { candidate(id: $id) { travelMode maxCommuteMinutes } }',
      { id: walker.id },
    );
    expect(candidate).toEqual({ travelMode: 'BICYCLE', maxCommuteMinutes: 40 });

    // the profile says the same among the wishes
    await page.getByRole('navigation', { name: 'Personens sidor' }).getByRole('link', { name: 'Profil' }).click();
    const wishes = page.getByRole('region', { name: 'Önskemål' });
    await wishes.getByText('Färdsätt till arbetet: Cykel').waitFor();
    await wishes.getByText('Längsta restid: 40 min enkel resa').waitFor();
    await expectAccessible(page, 'arbetssokande-profil-resvag');
    await context.close();
  }, 90_000);

  it('Svedala’s reviewer reads a Svedala person’s path with no control to change anything', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await openPath(page, svedala);
    await page.getByRole('region', { name: 'Planen', exact: true }).waitFor();
    await page.getByText('Du kan läsa men inte ändra uppgifterna om den här personen.').waitFor();
    await page.getByRole('region', { name: 'Uppgifter' }).getByText(svedala.identityNumber, { exact: true }).waitFor();
    // the travel to work is read, with no form to change it
    const travel = page.getByRole('region', { name: 'Resväg till arbete' });
    await travel.getByText('Färdsätt', { exact: true }).waitFor();
    expect(await travel.getByRole('form').count()).toBe(0);
    const main = page.getByRole('main');
    expect(await main.getByRole('button').count()).toBe(0);
    for (const role of ['textbox', 'combobox', 'radio', 'checkbox'] as const) expect(await main.getByRole(role).count()).toBe(0);
    expect(await main.getByRole('form').count()).toBe(0);
    await expectAccessible(page, 'person-vag-granskare');
    await context.close();
  }, 90_000);
});
