import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp, type GqlResponse } from './support/test-app.js';
import { Ids, isoDaysFromToday, newOrganisationNumber } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const TRELLEBORG = 'STvk_dra_M1X';
const NO_SUCH_TEAM = '00000000-0000-4000-8000-000000000000';

/** An instant around noon in Stockholm `n` days from today (10:00 UTC is 11:00 or 12:00 there), for past contacts. */
function middayDaysFromToday(n: number): string {
  return `${isoDaysFromToday(n)}T10:00:00.000Z`;
}

const CONTACT_FIELDS = `id kind summary occurredAt nextFollowUpOn followUpDoneAt
  author { username } employer { id name }
  skillNeeds { headcount neededBy note occupationConceptId occupation { id label } }`;
const PAGE_FIELDS = `totalCount hasNextPage items { ${CONTACT_FIELDS} }`;

const CREATE_EMPLOYER = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id name version } }`;
const ARCHIVE_EMPLOYER = `mutation($id: ID!, $v: Int!) { archiveEmployer(id: $id, version: $v) { archivedAt } }`;
const LOG = `mutation($input: LogEmployerContactInput!) { logEmployerContact(input: $input) { ${CONTACT_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeFollowUp(contactId: $id) { ${CONTACT_FIELDS} } }`;
const TIMELINE = `query($employerId: ID!, $limit: Int, $offset: Int) {
  employerTimeline(employerId: $employerId, limit: $limit, offset: $offset) { ${PAGE_FIELDS} } }`;
/** Follow-up lists are read a full page of 100 at a time, so they ask for ids only (the query cost is capped). */
const FOLLOW_UPS_DUE = `query($withinDays: Int, $limit: Int, $offset: Int) {
  myFollowUpsDue(withinDays: $withinDays, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
const TEAM_OVERDUE = `query($teamId: ID!, $limit: Int, $offset: Int) {
  teamOverdueFollowUps(teamId: $teamId, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;

interface Employer {
  id: string;
  name: string;
  version: number;
}

interface Contact {
  id: string;
  kind: string;
  summary: string;
  occurredAt: string;
  nextFollowUpOn: string | null;
  followUpDoneAt: string | null;
  author: { username: string };
  employer: { id: string; name: string };
  skillNeeds: Array<{ headcount: number; neededBy: string | null; note: string | null; occupationConceptId: string; occupation: { id: string; label: string } | null }>;
}

interface ContactPage {
  totalCount: number;
  hasNextPage: boolean;
  items: Contact[];
}

describe('the contact log', () => {
  let t: TestApp;
  let ids: Ids;
  /** A real SSYK-4 group found through the API ("lager…"). */
  let warehouse: { id: string; label: string };
  let employerSerial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    const { taxonomyConcepts } = await t.ok('bd1', `{ taxonomyConcepts(type: "ssyk-level-4", search: "lager") { items { id label } } }`);
    expect(taxonomyConcepts.items.length).toBeGreaterThan(0);
    warehouse = taxonomyConcepts.items[0];
  });
  afterAll(() => t?.close());


  /** A fresh employer of the test's own (a Trelleborg one unless patched). */
  async function createEmployer(as = 'bd1', patch: Record<string, unknown> = {}): Promise<Employer> {
    employerSerial += 1;
    const input = { organisationNumber: newOrganisationNumber(), name: `Kontaktloggen ${employerSerial} AB`, municipalityConceptId: TRELLEBORG, status: 'ACTIVE', ...patch };
    return (await t.ok(as, CREATE_EMPLOYER, { input })).createEmployer;
  }

  function contactInput(employerId: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
    return { employerId, kind: 'PHONE', summary: 'Pratade med HR om kommande behov', ...patch };
  }

  function tryLog(as: string, employerId: string, patch: Record<string, unknown> = {}): Promise<GqlResponse> {
    return t.gql(as, LOG, { input: contactInput(employerId, patch) });
  }

  async function logContact(as: string, employerId: string, patch: Record<string, unknown> = {}): Promise<Contact> {
    return (await t.ok(as, LOG, { input: contactInput(employerId, patch) })).logEmployerContact;
  }

  /**
   * A contact by `as` with a new employer of its own (so no other contact of the test can close its follow-up),
   * `occurredDaysAgo` days ago (0: now), to be followed up `followUpInDays` from today (negative: overdue).
   */
  async function followUp(as: string, occurredDaysAgo: number, followUpInDays: number): Promise<Contact> {
    const employer = await createEmployer();
    const occurredAt = occurredDaysAgo > 0 ? middayDaysFromToday(-occurredDaysAgo) : undefined;
    return logContact(as, employer.id, { occurredAt, nextFollowUpOn: isoDaysFromToday(followUpInDays) });
  }

  async function timeline(as: string, employerId: string, page: { limit?: number; offset?: number } = {}): Promise<ContactPage> {
    return (await t.ok(as, TIMELINE, { employerId, ...page })).employerTimeline;
  }

  /** The ids of every item of a paged list, page by page (the demo has follow-ups of its own). */
  async function allIds(as: string, query: string, field: string, variables: Record<string, unknown>): Promise<string[]> {
    const found: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page: { hasNextPage: boolean; items: Array<{ id: string }> } = (await t.ok(as, query, { ...variables, limit: 100, offset }))[field];
      found.push(...page.items.map((c) => c.id));
      if (!page.hasNextPage) return found;
    }
  }

  const followUpsDue = (as: string, withinDays?: number) => allIds(as, FOLLOW_UPS_DUE, 'myFollowUpsDue', { withinDays });
  const teamOverdue = (as: string, teamId: string) => allIds(as, TEAM_OVERDUE, 'teamOverdueFollowUps', { teamId });


  describe('logging a contact', () => {
    it('records kind, summary, skill needs and the next follow-up, answering with author, employer and occupation', async () => {
      const employer = await createEmployer();
      const followUpOn = isoDaysFromToday(14);
      const neededBy = isoDaysFromToday(45);
      const before = Date.now();

      const contact = await logContact('bd1', employer.id, {
        kind: 'VISIT',
        summary: '  Besök hos lagerchefen: behöver truckförare till hösten  ',
        skillNeeds: [{ occupationConceptId: warehouse.id, headcount: 3, neededBy, note: 'Truckkort A+B' }],
        nextFollowUpOn: followUpOn,
      });

      expect(contact).toMatchObject({
        kind: 'VISIT',
        summary: 'Besök hos lagerchefen: behöver truckförare till hösten',
        nextFollowUpOn: followUpOn,
        followUpDoneAt: null,
        author: { username: 'bd1' },
        employer: { id: employer.id, name: employer.name },
        skillNeeds: [{ headcount: 3, neededBy, note: 'Truckkort A+B', occupationConceptId: warehouse.id, occupation: { id: warehouse.id, label: warehouse.label } }],
      });
      expect(warehouse.label.toLowerCase()).toContain('lager');
      // without occurredAt the contact took place now
      expect(new Date(contact.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 60_000);
      expect(new Date(contact.occurredAt).getTime()).toBeLessThanOrEqual(Date.now() + 60_000);

      const log = await timeline('bd2', employer.id);
      expect(log.items).toEqual([contact]);
    });
  });

  describe("an employer's timeline", () => {
    it('lists the contacts newest first, whatever order they were logged in, a page at a time', async () => {
      const employer = await createEmployer();
      for (const daysAgo of [3, 10, 1, 6]) {
        await logContact('bd1', employer.id, { occurredAt: middayDaysFromToday(-daysAgo), summary: `${daysAgo} dagar sedan` });
      }

      const first = await timeline('bd1', employer.id, { limit: 2, offset: 0 });
      expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
      expect(first.items.map((c) => c.summary)).toEqual(['1 dagar sedan', '3 dagar sedan']);

      const second = await timeline('bd1', employer.id, { limit: 2, offset: 2 });
      expect(second).toMatchObject({ totalCount: 4, hasNextPage: false });
      expect(second.items.map((c) => c.summary)).toEqual(['6 dagar sedan', '10 dagar sedan']);
    });
  });


  describe('my follow-ups due', () => {
    it("shows the author's overdue follow-up before one due this week, and not one a month away", async () => {
      const overdue = await followUp('bd1', 10, -3);
      const thisWeek = await followUp('bd1', 1, 3);
      const nextMonth = await followUp('bd1', 0, 30);

      const due = await followUpsDue('bd1', 7);
      expect(due).toContain(overdue.id);
      expect(due).toContain(thisWeek.id);
      expect(due.indexOf(overdue.id)).toBeLessThan(due.indexOf(thisWeek.id));
      expect(due).not.toContain(nextMonth.id);
      expect(await followUpsDue('bd1', 30)).toContain(nextMonth.id);
    });

    it('by default shows what is due today or overdue, not what is due later this week', async () => {
      const overdue = await followUp('bd1', 10, -3);
      const dueToday = await followUp('bd1', 2, 0);
      const thisWeek = await followUp('bd1', 1, 3);

      const due = await followUpsDue('bd1');
      expect(due).toEqual(expect.arrayContaining([overdue.id, dueToday.id]));
      expect(due).not.toContain(thisWeek.id);
    });

    it("does not show another business developer's follow-ups", async () => {
      const overdue = await followUp('bd1', 10, -3);
      const thisWeek = await followUp('bd1', 1, 3);

      const theirs = await followUpsDue('bd2', 90);
      expect(theirs).not.toContain(overdue.id);
      expect(theirs).not.toContain(thisWeek.id);
    });

    it("a later contact with the same employer by the author closes the author's earlier follow-up", async () => {
      const earlier = await followUp('bd1', 5, 2);
      const later = await logContact('bd1', earlier.employer.id, { kind: 'EMAIL', summary: 'Följde upp per mejl', nextFollowUpOn: isoDaysFromToday(5) });

      const due = await followUpsDue('bd1', 7);
      expect(due).not.toContain(earlier.id);
      expect(due).toContain(later.id);
      const [latest, closed] = (await timeline('bd1', earlier.employer.id)).items;
      expect(latest).toMatchObject({ id: later.id, followUpDoneAt: null });
      expect(closed.id).toBe(earlier.id);
      expect(closed.followUpDoneAt).not.toBeNull();
    });

    it("a contact with the same employer by someone else leaves the author's follow-up open", async () => {
      const earlier = await followUp('bd1', 5, 2);
      await logContact('bd2', earlier.employer.id, { kind: 'MEETING', summary: 'Träffade dem på en mässa' });

      expect(await followUpsDue('bd1', 7)).toContain(earlier.id);
      const entry = (await timeline('bd1', earlier.employer.id)).items.find((c) => c.id === earlier.id);
      expect(entry?.followUpDoneAt).toBeNull();
    });
  });

  describe('closing a follow-up without a new contact', () => {
    it('the author may close it, and it leaves their follow-ups due', async () => {
      const contact = await followUp('bd1', 5, 2);
      const { closeFollowUp: closed } = await t.ok('bd1', CLOSE, { id: contact.id });
      expect(closed).toMatchObject({ id: contact.id, nextFollowUpOn: contact.nextFollowUpOn });
      expect(closed.followUpDoneAt).not.toBeNull();
      expect(await followUpsDue('bd1', 7)).not.toContain(contact.id);
    });

    it('another business developer may not (FORBIDDEN), a manager may', async () => {
      const contact = await followUp('bd1', 5, 2);

      const refused = await t.gql('bd2', CLOSE, { id: contact.id });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(await followUpsDue('bd1', 7)).toContain(contact.id);

      const { closeFollowUp: closed } = await t.ok('manager1', CLOSE, { id: contact.id });
      expect(closed.followUpDoneAt).not.toBeNull();
      expect(await followUpsDue('bd1', 7)).not.toContain(contact.id);
    });
  });

  describe("a team's overdue follow-ups", () => {
    it("lists the Näringsliv members' follow-ups whose date has passed, not those due today or later, nor other teams'", async () => {
      const overdue = await followUp('bd1', 10, -3);
      const dueToday = await followUp('bd1', 2, 0);
      const notYetDue = await followUp('bd1', 1, 3);
      const otherTeam = await followUp('secretary1', 10, -3);

      const listed = await teamOverdue('manager1', ids.team('Näringsliv'));
      expect(listed).toContain(overdue.id);
      expect(listed).not.toContain(dueToday.id);
      expect(listed).not.toContain(notYetDue.id);
      expect(listed).not.toContain(otherTeam.id);
    });

    it('a team that does not exist is NOT_FOUND', async () => {
      const body = await t.gql('manager1', TEAM_OVERDUE, { teamId: NO_SUCH_TEAM });
      expect(errorCode(body)).toBe('NOT_FOUND');
    });
  });


  describe('validation', () => {
    let employer: Employer;
    beforeAll(async () => {
      employer = await createEmployer();
    });

    it.each<[string, () => Record<string, unknown>, string]>([
      ['an occupation that is not a JobTech concept', () => ({ skillNeeds: [{ occupationConceptId: 'nope_nope_no', headcount: 1 }] }), 'input.skillNeeds.0.occupationConceptId'],
      ['a skill need for nobody (headcount 0)', () => ({ skillNeeds: [{ occupationConceptId: warehouse.id, headcount: 0 }] }), 'input.skillNeeds.0.headcount'],
      ['a follow-up date that does not exist', () => ({ nextFollowUpOn: '2026-02-30' }), 'input.nextFollowUpOn'],
      ['a follow-up before the contact itself', () => ({ occurredAt: middayDaysFromToday(-2), nextFollowUpOn: isoDaysFromToday(-3) }), 'input.nextFollowUpOn'],
      // 23:30 UTC is already the next day in Stockholm: the contact's own date is its Stockholm date
      ['a follow-up on the UTC date of a contact made after midnight in Stockholm', () => ({ occurredAt: `${isoDaysFromToday(-3)}T23:30:00.000Z`, nextFollowUpOn: isoDaysFromToday(-3) }), 'input.nextFollowUpOn'],
      ['a contact that takes place tomorrow', () => ({ occurredAt: middayDaysFromToday(1) }), 'input.occurredAt'],
      ['a summary of only spaces', () => ({ summary: '   ' }), 'input.summary'],
      ['a needed-by date in year 0', () => ({ skillNeeds: [{ occupationConceptId: warehouse.id, headcount: 1, neededBy: '0000-01-01' }] }), 'input.skillNeeds.0.neededBy'],
    ])('refuses %s, naming the field', async (_label, patch, field) => {
      const body = await tryLog('bd1', employer.id, patch());
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(errorFields(body)).toEqual([field]);
    });
    it('refuses a contact kind that does not exist as BAD_USER_INPUT, not as an internal error', async () => {
      const body = await tryLog('bd1', employer.id, { kind: 'LUNCH' });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
    });

    it('refuses a contact with an archived employer with CONFLICT', async () => {
      const archived = await createEmployer();
      await t.ok('manager1', ARCHIVE_EMPLOYER, { id: archived.id, v: archived.version });
      const body = await tryLog('bd1', archived.id);
      expect(errorCode(body)).toBe('CONFLICT');
      expect((await timeline('bd1', archived.id)).totalCount).toBe(0);
    });
  });

  describe('a refused contact writes nothing', () => {
    it.each<[string, () => Record<string, unknown>]>([
      ['its follow-up is before the contact', () => ({ nextFollowUpOn: isoDaysFromToday(-1) })],
      ['its skill need names an unknown occupation', () => ({ skillNeeds: [{ occupationConceptId: 'nope_nope_no', headcount: 1 }] })],
    ])("leaves the timeline as it was and the author's earlier follow-up open when %s", async (_label, patch) => {
      const earlier = await followUp('bd1', 5, 2);
      const before = await timeline('bd1', earlier.employer.id);

      const body = await tryLog('bd1', earlier.employer.id, { summary: 'Ringde igen', ...patch() });
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(body.data ?? null).toBeNull();

      expect(await timeline('bd1', earlier.employer.id)).toEqual(before);
      expect(before.items[0].followUpDoneAt).toBeNull();
      expect(await followUpsDue('bd1', 7)).toContain(earlier.id);
    });
  });

  describe('principal scope', () => {
    it("a Svedala reviewer reads a Svedala employer's timeline but may not log a contact", async () => {
      const employer = await createEmployer('bd1', { principalId: ids.organisation('Svedala kommun'), municipalityConceptId: SVEDALA });
      const contact = await logContact('bd1', employer.id, { summary: 'Ringde Svedala-företaget' });

      const seen = await timeline('reviewer.svedala', employer.id);
      expect(seen.items.map((c) => c.id)).toEqual([contact.id]);

      const body = await tryLog('reviewer.svedala', employer.id);
      expect(errorCode(body)).toBe('FORBIDDEN');
      expect(body.errors?.[0].message).toMatch(/roles/);
      expect((await timeline('reviewer.svedala', employer.id)).totalCount).toBe(1);
    });

    it("Svedala's own business developer cannot log a contact with a Trelleborg employer: it is not found", async () => {
      const employer = await createEmployer();
      const body = await tryLog('bd.svedala', employer.id);
      expect(errorCode(body)).toBe('NOT_FOUND');
      expect((await timeline('bd1', employer.id)).totalCount).toBe(0);
    });
  });
});
