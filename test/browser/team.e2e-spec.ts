import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';
import { Ids, meetingVenue } from '../support/factories.js';

const CARE_TEAM = 'Bransch-team Vård och omsorg';

/** The sector team's page as secretary1 of the care team uses it: the caseload per secretary as the API counts it, and the calendar link shown once and revoked. */
describe('The web app: the sector team', () => {
  let h: BrowserHarness;
  let ids: Ids;
  beforeAll(async () => {
    h = await BrowserHarness.start();
    ids = await Ids.load(h.t);
  });
  afterAll(() => h?.close());

  it('the team page shows the caseload per secretary as teamCaseload counts it, and a calendar link shown once and revoked', async () => {
    const teamId = ids.team(CARE_TEAM);
    const { teamCaseload } = await h.t.ok(
      'secretary1',
      `query($t: ID!) { teamCaseload(teamId: $t) { openCandidates secretaries { secretary { name } openCandidates overdueFollowUps withoutPlan } } }`,
      {
        t: teamId,
      },
    );
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bransch-team' }).click();
    await page.getByRole('heading', { name: 'Bransch-team', level: 1 }).waitFor();
    await expectAccessible(page, 'team-list');
    await page.getByRole('link', { name: CARE_TEAM }).click();
    await page.getByRole('heading', { name: CARE_TEAM, level: 1 }).waitFor();

    const members = page.getByRole('table', { name: 'Teamets medlemmar och deras roller' });
    await expect(members.getByRole('row', { name: /Arbetsmarknadssekreterare/ }).count()).resolves.toBeGreaterThan(0);
    const caseload = page.getByRole('table', { name: /Öppna ärenden, försenade uppföljningar/ });
    await caseload.waitFor();
    for (const s of teamCaseload.secretaries as Array<{
      secretary: { name: string } | null;
      openCandidates: number;
      overdueFollowUps: number;
      withoutPlan: number;
    }>) {
      const row = caseload.getByRole('row', { name: new RegExp(`^${s.secretary?.name ?? 'Inget nysamtal ännu'}`) });
      expect((await row.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toEqual([s.openCandidates, s.overdueFollowUps, s.withoutPlan].map(String));
    }
    expect(
      await caseload
        .getByRole('row', { name: /^Hela teamet/ })
        .getByRole('cell')
        .first()
        .innerText(),
    ).toBe(String(teamCaseload.openCandidates));
    const overdue = page.getByRole('table', { name: /försenade? uppföljning/ });
    if (await overdue.count()) expect(await overdue.getByRole('link').first().getAttribute('href')).toMatch(/^\/arbetssokande\/[0-9a-f-]+\/vag$/);
    await expectAccessible(page, 'team-page');

    await page.getByLabel('Vad länken är till').fill('Teamets Outlook');
    await page.getByRole('button', { name: 'Skapa kalenderlänk' }).click();
    const url = await page.getByRole('textbox', { name: 'Kalenderlänk (.ics)' }).inputValue();
    expect(url).toMatch(/\/calendar\/feeds\/[^/]+\//);
    await expectAccessible(page, 'team-feed-created');
    const feed = await fetch(url);
    expect([feed.status, feed.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/calendar')]);
    const secret = new URL(url).pathname.split('/')[3]!;

    // shown once: after a reload the list names the link, and the page holds no secret
    await page.reload();
    const tokens = page.getByRole('table', { name: 'Kalenderlänkar' });
    await tokens.getByRole('row', { name: /Teamets Outlook/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Kalenderlänk (.ics)' }).count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    await tokens.getByRole('button', { name: 'Återkalla Teamets Outlook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Återkalla kalenderlänken?' });
    await dialog.waitFor();
    await expectAccessible(page, 'team-feed-revoke-dialog');
    await dialog.getByRole('button', { name: 'Återkalla länken' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalenderlänken "Teamets Outlook" är återkallad.' }).waitFor({ state: 'attached' });
    await tokens.getByRole('row', { name: /Teamets Outlook.*Återkallad/ }).waitFor();
    expect((await fetch(url)).ok).toBe(false);
    await context.close();
  }, 90_000);

  it("Svedala's reviewer reads a Svedala meeting and sees no button to change it", async () => {
    const svedala = ids.organisation('Svedala kommun');
    const venue = await meetingVenue(h.t, 'secretary1', svedala, 20, 'Svedala kulturhus');
    const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
    const { planMeeting } = await h.t.ok('secretary1', `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }`, {
      i: {
        teamId: ids.team(CARE_TEAM),
        principalId: svedala,
        title: 'Träff för granskning',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        venueId: venue.id,
        responsibleUserIds: [ids.user('secretary1')],
      },
    });
    const { context, page } = await h.newPage();
    await signIn(page, 'reviewer.svedala');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rekryteringsträffar' }).click();
    await page.getByRole('link', { name: 'Träff för granskning' }).click();
    await page.getByRole('heading', { name: 'Träff för granskning', level: 1 }).waitFor();
    await page.getByText('Svedala kulturhus, Storgatan 1, 233 31 Svedala').waitFor();
    expect(page.url()).toContain(`/moten/${planMeeting.id}`);
    for (const name of ['Skicka inbjudningarna', 'Ställ in träffen', 'Visa förslag', 'Markera träffen som genomförd']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Närvarolista' }).count()).toBe(0);
    await expectAccessible(page, 'meeting-reviewer');
    await page.goto('/moten');
    await page.getByRole('heading', { name: 'Rekryteringsträffar', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Planera träff' }).count()).toBe(0);
    await context.close();
  });

  it('secretary1 cancels the meeting with a reason, after a confirmation', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'secretary1');
    await page.goto('/moten');
    await page.getByRole('link', { name: 'Träff för granskning' }).click();
    await page.getByRole('heading', { name: 'Träff för granskning', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ställ in träffen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ställ in träffen' });
    await dialog.getByRole('button', { name: 'Ställ in', exact: true }).click();
    await dialog.getByText('Fyll i fältet').waitFor();
    await dialog.getByLabel('Skäl').fill('Arbetsgivaren kan inte komma.');
    await expectAccessible(page, 'meeting-cancel-dialog');
    await dialog.getByRole('button', { name: 'Ställ in', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Träffen är inställd.' }).waitFor({ state: 'attached' });
    await page.getByText('Arbetsgivaren kan inte komma.').waitFor();
    await page.getByText('Inställd', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ställ in träffen' }).count()).toBe(0);
    await context.close();
  });
});
