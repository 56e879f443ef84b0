import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { addWorkingDays } from '../src/modules/calendar/working-days.js';
import { addDays, toLocalDate } from '../src/platform/context/clock.js';
import { Ids, newIdentityNumber, openInternship } from './support/factories.js';
import { TestApp } from './support/test-app.js';

const TRELLEBORG_MUNICIPALITY = 'STvk_dra_M1X';

interface Extract {
  generatedBy: { name: string; organisation: string };
  principal: { name: string };
  person: Record<string, unknown>;
  enrolments: Array<Record<string, unknown>>;
  plans: Array<{ activities: unknown[]; revisions: Array<{ action: string; changes: Array<{ field: string }> }> } & Record<string, unknown>>;
  sickLeave: Array<{ sickListed: boolean; recordedBy: string }>;
  followUps: Array<Record<string, unknown>>;
  consents: Array<Record<string, unknown>>;
  sfiPlaces: Array<{ notes: unknown[] } & Record<string, unknown>>;
  placements: Array<{ history: unknown[] } & Record<string, unknown>>;
  shortlistEntries: Array<Record<string, unknown>>;
  meetingInvitations: Array<Record<string, unknown>>;
  accessLog: Array<{ at: string; operation: string; userName: string; organisation: string }>;
}

/**
 * A person's register extract (GDPR art. 15, docs/rules.md): everything Brygga holds about one person, including who
 * read their record, as JSON and as a PDF; for the staff who read the whole identity number, within the principal
 * scope, and itself a read written to the access log.
 */
describe('a person’s register extract (registerutdrag)', () => {
  let t: TestApp;
  let ids: Ids;
  let candidateId: string;
  const identityNumber = newIdentityNumber('1987-03-14');
  const today = toLocalDate(new Date(), 'Europe/Stockholm');
  const firstContact = addWorkingDays(addDays(today, -20), 0);

  const get = async (as: string | null, path: string) => {
    const req = t.http.get(path);
    if (as) req.set('authorization', `Bearer ${await t.token(as)}`);
    return req;
  };
  const extract = async (as = 'secretary1'): Promise<Extract> => {
    const res = await get(as, `/api/people/${candidateId}/registerutdrag.json`);
    expect(res.status).toBe(200);
    return JSON.parse(res.text) as Extract;
  };

  const lines: string[] = [];

  beforeAll(async () => {
    // every log line, at every level, for the last test
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    t = await TestApp.start({ env: { LOG_LEVEL: 'trace' } });
    ids = await Ids.load(t);
    candidateId = await personWithAWholePath();
    // the demo and some twenty mutations on embedded PGlite, on a busy machine
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    jest.restoreAllMocks();
  });

  /** A Trelleborg resident with every kind of record: enrolment, plan and revision, follow-up, consent, SFI, placement, shortlist, meeting, reads. */
  async function personWithAWholePath(): Promise<string> {
    const trelleborg = ids.organisation('Trelleborgs kommun');
    const { enrolCandidate } = await t.ok(
      'secretary1',
      `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`,
      {
        i: {
          identityNumber,
          firstName: 'Åsa',
          lastName: 'Öberg',
          homeMunicipalityConceptId: TRELLEBORG_MUNICIPALITY,
          firstContactOn: firstContact,
          newlyArrived: true,
          principalId: trelleborg,
        },
      },
    );
    const id: string = enrolCandidate.candidate.id;
    const enrolmentId: string = enrolCandidate.enrolment.id;
    await t.ok('secretary1', `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, {
      i: { enrolmentId, heldOn: firstContact, activeJobSeeker: true },
    });
    const plan = (
      await t.ok('secretary1', `mutation($i: StartPlanInput!) { startPlan(input: $i) { id version } }`, {
        i: {
          enrolmentId,
          kind: 'LABOUR_MARKET',
          establishedOn: firstContact,
          goalDescription: 'Arbete inom vården',
          activities: [{ type: 'ACTIVE_JOB_SEARCH', startOn: firstContact }],
        },
      })
    ).startPlan;
    await t.ok('secretary1', `mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }`, {
      i: { planId: plan.id, version: plan.version, sickListed: true },
    });
    const followUpOn = addWorkingDays(firstContact, 3);
    await t.ok('secretary1', `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, {
      i: { enrolmentId, heldOn: followUpOn, form: 'MEETING', summary: 'Första veckouppföljningen.', nextOn: addDays(followUpOn, 7) },
    });
    await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, {
      i: { candidateId: id, purpose: 'SHARE_PROFILE_WITH_EMPLOYERS' },
    });

    const course = (await t.ok('secretary1', `{ sfiCourses(limit: 100) { items { id servedPrincipals { id } } } }`)).sfiCourses.items.find(
      (c: { servedPrincipals: Array<{ id: string }> }) => c.servedPrincipals.some((p) => p.id === trelleborg),
    );
    const place = (
      await t.ok('secretary1', `mutation($i: QueueForSfiInput!) { queueForSfi(input: $i) { id } }`, { i: { courseId: course.id, candidateId: id } })
    ).queueForSfi;
    await t.ok('teacher1', `mutation($id: ID!, $on: String!) { startSfi(sfiEnrolmentId: $id, startedOn: $on) { id } }`, { id: place.id, on: today });
    await t.ok('teacher1', `mutation($i: AddSfiNoteInput!) { addSfiNote(input: $i) { id } }`, {
      i: { sfiEnrolmentId: place.id, on: today, attended: true, note: 'Deltog aktivt.' },
    });

    const opening = await openInternship(t, 'recruiter1', TRELLEBORG_MUNICIPALITY, 'Praktik i köket');
    await t.ok('recruiter1', `mutation($i: AddToShortlistInput!) { addToShortlist(input: $i) { id } }`, {
      i: { candidateId: id, openingId: opening.id, note: 'Bra match.' },
    });
    await t.ok('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, {
      i: { candidateId: id, openingId: opening.id, note: 'Föreslagen.' },
    });

    const startsAt = new Date(Math.ceil((Date.now() + 7 * 86_400_000) / 60_000) * 60_000);
    const { planMeeting } = await t.ok('recruiter1', 'mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }', {
      i: {
        teamId: ids.team('Bransch-team Vård och omsorg'),
        principalId: trelleborg,
        title: 'Rekryteringsträff vård',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        onlineUrl: 'https://meet.example/vard',
        responsibleUserIds: [ids.user('recruiter1')],
      },
    });
    await t.ok('recruiter1', 'mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id } }', {
      i: { meetingId: planMeeting.id, candidateIds: [id] },
    });
    // a read of the whole record by another member of staff, for the access log part
    await t.ok('counsellor1', `query($id: ID!) { candidate(id: $id) { id } }`, { id });
    return id;
  }

  it('holds every kind of record the person has, with the whole identity number and the principal', async () => {
    const x = await extract();
    expect(x.person).toMatchObject({
      id: candidateId,
      identityNumber,
      firstName: 'Åsa',
      lastName: 'Öberg',
      birthDate: '1987-03-14',
      homeMunicipality: 'Trelleborg',
    });
    expect(x.principal.name).toBe('Trelleborgs kommun');
    expect(x.generatedBy.name).toBeTruthy();
    expect(x.enrolments).toEqual([
      expect.objectContaining({ firstContactOn: firstContact, firstMeetingOn: firstContact, exitOn: null, secretary: expect.any(String) }),
    ]);
    expect(x.plans).toHaveLength(1);
    expect(x.plans[0]).toMatchObject({ kind: 'LABOUR_MARKET', goalDescription: 'Arbete inom vården', sickListed: true });
    expect(x.plans[0].activities).toEqual([expect.objectContaining({ type: 'ACTIVE_JOB_SEARCH' })]);
    expect(x.plans[0].revisions.length).toBeGreaterThanOrEqual(2);
    expect(x.plans[0].revisions.some((r) => r.changes.some((c) => c.field === 'sickListed'))).toBe(true);
    expect(x.sickLeave).toEqual([expect.objectContaining({ sickListed: true, recordedBy: expect.any(String) })]);
    expect(x.followUps).toEqual([expect.objectContaining({ summary: 'Första veckouppföljningen.', form: 'MEETING' })]);
    expect(x.consents).toEqual([expect.objectContaining({ purpose: 'SHARE_PROFILE_WITH_EMPLOYERS', givenAt: expect.any(String), withdrawnAt: null })]);
    expect(x.sfiPlaces).toEqual([
      expect.objectContaining({
        course: expect.any(String),
        status: expect.any(String),
        notes: [expect.objectContaining({ note: 'Deltog aktivt.', attended: true })],
      }),
    ]);
    expect(x.placements).toEqual([
      expect.objectContaining({
        opening: 'Praktik i köket',
        stage: 'PROPOSED',
        employer: expect.any(String),
        history: [expect.objectContaining({ toStage: 'PROPOSED', note: 'Föreslagen.' })],
      }),
    ]);
    expect(x.shortlistEntries).toEqual([expect.objectContaining({ opening: 'Praktik i köket', note: 'Bra match.' })]);
    expect(x.meetingInvitations).toEqual([expect.objectContaining({ meeting: 'Rekryteringsträff vård', response: 'INVITED', interviews: [] })]);
  });

  it('lists who read the record, by name and organisation, with the operation', async () => {
    const { users } = await t.ok<{ users: Array<{ username: string; name: string }> }>('manager1', '{ users { username name } }');
    const nameOf = (username: string) => users.find((u) => u.username === username)!.name;
    const { accessLog } = await extract();
    expect(accessLog).toContainEqual(
      expect.objectContaining({
        userName: nameOf('counsellor1'),
        organisation: 'Arbetsmarknadsförvaltningen, Trelleborg',
        operation: 'candidate',
        at: expect.any(String),
      }),
    );
    // newest first
    expect([...accessLog].sort((a, b) => b.at.localeCompare(a.at))).toEqual(accessLog);
  });

  it('is itself a read of the record, logged as registerutdrag', async () => {
    const before = (await extract()).accessLog.filter((e) => e.operation === 'registerutdrag').length;
    const after = await extract();
    expect(after.accessLog.filter((e) => e.operation === 'registerutdrag').length).toBe(before + 1);
    const { accessLog } = await t.ok('manager1', `query($id: ID!) { accessLog(candidateId: $id, limit: 100) { items { operation user { username } } } }`, {
      id: candidateId,
    });
    expect(accessLog.items).toContainEqual({ operation: 'registerutdrag', user: { username: 'secretary1' } });
  });

  it('comes as a PDF to hand over, named without the identity number', async () => {
    const res = await t.http
      .get(`/api/people/${candidateId}/registerutdrag.pdf`)
      .set('authorization', `Bearer ${await t.token('secretary1')}`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2000);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="registerutdrag-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(disposition).not.toContain(identityNumber.replace('-', '').slice(2, 8));
  });

  it('is for the principal’s reviewer too, and for no one outside the principal scope (404) or without the role (403)', async () => {
    const reviewer = await get('reviewer.svedala', `/api/people/${candidateId}/registerutdrag.json`);
    expect(reviewer.status).toBe(404);
    expect(JSON.parse(reviewer.text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
    for (const user of ['recruiter1', 'bd1', 'admin']) {
      const res = await get(user, `/api/people/${candidateId}/registerutdrag.pdf`);
      expect([user, res.status, JSON.parse(res.text).errors[0].extensions.code]).toEqual([user, 403, 'FORBIDDEN']);
    }
    const unknown = await get('secretary1', '/api/people/not-a-uuid/registerutdrag.json');
    expect([unknown.status, JSON.parse(unknown.text).errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const gone = await get('secretary1', '/api/people/00000000-0000-4000-8000-000000000000/registerutdrag.pdf');
    expect(gone.status).toBe(404);
    // a Svedala person is read by Svedala's reviewer
    const svedalaPerson = (await t.ok('reviewer.svedala', '{ candidates(limit: 1) { items { id } } }')).candidates.items[0].id;
    expect((await get('reviewer.svedala', `/api/people/${svedalaPerson}/registerutdrag.json`)).status).toBe(200);
  });

  it('is in Viewer.permissions exactly for the roles the routes admit, so the web app offers the links only to them', async () => {
    for (const [user, listed] of [
      ['secretary1', true],
      ['reviewer.svedala', true],
      ['recruiter1', false],
      ['manager1', false],
      ['admin', false],
    ] as const) {
      const { viewer } = await t.ok<{ viewer: { permissions: string[] } }>(user, '{ viewer { permissions } }');
      expect([user, viewer.permissions.includes('registerExtract')]).toEqual([user, listed]);
    }
  });

  it('asks for a sign-in without a token or with a bad one (401), with no stack trace', async () => {
    const anonymous = await get(null, `/api/people/${candidateId}/registerutdrag.pdf`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toEqual({ errors: [{ message: expect.any(String), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }] });
    expect(anonymous.text).not.toMatch(/at .*\.(js|ts):\d+/);
    const bad = await t.http.get(`/api/people/${candidateId}/registerutdrag.json`).set('authorization', 'Bearer nonsense');
    expect(bad.status).toBe(401);
  });

  it('follows the web app’s session cookie like the GraphQL API does', async () => {
    const signIn = await t.http
      .post('/graphql')
      .send({ query: 'mutation($i: LoginInput!) { signIn(input: $i) { userId } }', variables: { i: { username: 'secretary2', password: 'brygga-demo' } } });
    const cookie = String(signIn.headers['set-cookie']?.[0] ?? '').split(';')[0];
    expect(cookie).toMatch(/^brygga_session=/);
    const res = await t.http.get(`/api/people/${candidateId}/registerutdrag.json`).set('cookie', cookie);
    expect(res.status).toBe(200);
  });

  it('writes neither the identity number nor the name to any log line', async () => {
    lines.length = 0;
    for (const format of ['json', 'pdf']) expect((await get('secretary1', `/api/people/${candidateId}/registerutdrag.${format}`)).status).toBe(200);
    expect((await get('reviewer.svedala', `/api/people/${candidateId}/registerutdrag.json`)).status).toBe(404);
    const log = lines.join('');
    expect(log).toContain(`/api/people/${candidateId}/registerutdrag.pdf`);
    expect(log).not.toContain(identityNumber.slice(2, 8));
    expect(log).not.toContain('Öberg');
  });
});
