import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './support/factories.js';

const TRELLEBORG_MUNICIPALITY = 'STvk_dra_M1X';
const SVEDALA_MUNICIPALITY = 'n6r4_fjK_kRr';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';




const COURSE_FIELDS = `id name level startOn endOn places workplaceLearning placesTaken placesLeft queueLength
  sector { id code } organisation { name } servedPrincipals { name }`;
const ENROLMENT_FIELDS = `id status queuedSince startedOn endedOn waitingDays candidate { id firstName lastName } course { id name }`;

const CREATE_COURSE = `mutation($input: CreateSfiCourseInput!) { createSfiCourse(input: $input) { ${COURSE_FIELDS} } }`;
const UPDATE_COURSE = `mutation($input: UpdateSfiCourseInput!) { updateSfiCourse(input: $input) { ${COURSE_FIELDS} } }`;
const COURSES = `query($sectorId: ID, $from: String, $limit: Int) {
  sfiCourses(sectorId: $sectorId, from: $from, limit: $limit) { totalCount hasNextPage items { ${COURSE_FIELDS} } } }`;
const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } } }`;
const QUEUE_FOR = `mutation($input: QueueForSfiInput!) { queueForSfi(input: $input) { ${ENROLMENT_FIELDS} } }`;
const QUEUE = `query($courseId: ID!) { sfiQueue(courseId: $courseId) { totalCount items { ${ENROLMENT_FIELDS} } } }`;
const START = `mutation($id: ID!, $on: String!) { startSfi(sfiEnrolmentId: $id, startedOn: $on) { ${ENROLMENT_FIELDS} } }`;
const LEAVE = `mutation($id: ID!, $on: String!) { leaveSfi(sfiEnrolmentId: $id, endedOn: $on) { ${ENROLMENT_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $on: String!) { completeSfi(sfiEnrolmentId: $id, endedOn: $on) { ${ENROLMENT_FIELDS} } }`;
const NOTE = `mutation($input: AddSfiNoteInput!) { addSfiNote(input: $input) { id on attended note author { username } } }`;
const NOTES = `query($id: ID!) { candidate(id: $id) { sfiEnrolments { id status course { id }
  notes { on attended note author { username } } } } }`;
const ACCESS_LOG = `query($candidateId: ID!) { accessLog(candidateId: $candidateId, limit: 100) { items { operation userId } } }`;

interface Course {
  id: string;
  name: string;
  level: string;
  startOn: string;
  endOn: string;
  places: number;
  workplaceLearning: string | null;
  placesTaken: number;
  placesLeft: number;
  queueLength: number;
  sector: { id: string; code: string };
  organisation: { name: string };
  servedPrincipals: Array<{ name: string }>;
}

interface Enrolment {
  id: string;
  status: string;
  queuedSince: string;
  startedOn: string | null;
  endedOn: string | null;
  waitingDays: number;
  candidate: { id: string; firstName: string; lastName: string };
  course: { id: string; name: string };
}

describe('sector SFI', () => {
  let t: TestApp;
  let ids: Ids;
  /** A sector found through the `sectors` query, as a teacher would. */
  let sector: { id: string; code: string; name: string };
  let courseSerial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    const { sectors } = await t.ok('teacher1', `{ sectors { id code name } }`);
    expect(sectors.length).toBeGreaterThan(0);
    sector = sectors.find((s: { code: string }) => s.code === 'VARD_OMSORG') ?? sectors[0];
  });
  afterAll(() => t?.close());

  /** The course input a teacher sends: started a week ago, running four months, two places unless patched. */
  function courseInput(patch: Record<string, unknown> = {}): Record<string, unknown> {
    courseSerial += 1;
    return {
      name: `Yrkessvenska vård ${courseSerial}`,
      sectorId: sector.id,
      level: 'SFI_C',
      startOn: isoDaysFromToday(-7),
      endOn: isoDaysFromToday(120),
      places: 2,
      workplaceLearning: 'APL på Trelleborgs lasarett, avdelning 12',
      ...patch,
    };
  }

  async function createCourse(patch: Record<string, unknown> = {}, as = 'teacher1'): Promise<Course> {
    return (await t.ok(as, CREATE_COURSE, { input: courseInput(patch) })).createSfiCourse;
  }

  /** A new person of the test's own, enrolled by the secretary (a Trelleborg resident unless `svedala`). */
  async function person(firstName: string, svedala = false): Promise<string> {
    const input = {
      identityNumber: newIdentityNumber(),
      firstName,
      lastName: 'Testsson',
      homeMunicipalityConceptId: svedala ? SVEDALA_MUNICIPALITY : TRELLEBORG_MUNICIPALITY,
      firstContactOn: isoDaysFromToday(-60),
      newlyArrived: true,
      ...(svedala ? { principalId: ids.organisation('Svedala kommun') } : {}),
    };
    return (await t.ok('secretary1', ENROL, { input })).enrolCandidate.candidate.id;
  }

  async function queueFor(courseId: string, candidateId: string, queuedSince?: string, as = 'secretary1'): Promise<Enrolment> {
    return (await t.ok(as, QUEUE_FOR, { input: { courseId, candidateId, queuedSince } })).queueForSfi;
  }

  async function sfiQueue(as: string, courseId: string): Promise<{ totalCount: number; items: Enrolment[] }> {
    return (await t.ok(as, QUEUE, { courseId })).sfiQueue;
  }

  async function courseById(as: string, courseId: string): Promise<Course | undefined> {
    const { sfiCourses } = await t.ok(as, COURSES, { sectorId: sector.id, limit: 100 });
    return sfiCourses.items.find((c: Course) => c.id === courseId);
  }

  describe('courses', () => {
    it('a teacher creates a course for a sector; it is run by their organisation and serves the municipalities they act for', async () => {
      const course = await createCourse({ name: '  Yrkessvenska med APL i vård och omsorg  ', places: 12 });
      expect(course).toMatchObject({
        name: 'Yrkessvenska med APL i vård och omsorg',
        level: 'SFI_C',
        startOn: isoDaysFromToday(-7),
        endOn: isoDaysFromToday(120),
        places: 12,
        workplaceLearning: 'APL på Trelleborgs lasarett, avdelning 12',
        placesTaken: 0,
        placesLeft: 12,
        queueLength: 0,
        sector: { id: sector.id, code: sector.code },
        organisation: { name: 'Arbetsmarknadsförvaltningen, Trelleborg' },
      });
      expect(course.servedPrincipals.map((p) => p.name).sort()).toEqual(['Svedala kommun', 'Trelleborgs kommun']);

      // the counsellor finds it by sector and by a day it still runs on; not from a day after it ended
      expect(await courseById('counsellor1', course.id)).toMatchObject({ id: course.id, places: 12 });
      const running = await t.ok('counsellor1', COURSES, { sectorId: sector.id, from: isoDaysFromToday(120), limit: 100 });
      expect(running.sfiCourses.items.map((c: Course) => c.id)).toContain(course.id);
      const later = await t.ok('counsellor1', COURSES, { sectorId: sector.id, from: isoDaysFromToday(121), limit: 100 });
      expect(later.sfiCourses.items.map((c: Course) => c.id)).not.toContain(course.id);
    });

    it('serves only the principals given, which must be ones the caller acts for', async () => {
      const trelleborg = ids.organisation('Trelleborgs kommun');
      const course = await createCourse({ servedPrincipalIds: [trelleborg] }, 'counsellor1');
      expect(course.servedPrincipals).toEqual([{ name: 'Trelleborgs kommun' }]);

      const foreign = await t.gql('manager1', CREATE_COURSE, { input: courseInput({ servedPrincipalIds: [ids.organisation('Socialnämnden, Svedala')] }) });
      expect(errorCode(foreign)).toBe('FORBIDDEN');
      expect(errorFields(foreign)).toEqual(['input.servedPrincipalIds']);
    });

    it.each([
      ['a level that is not an SFI course (SFI_COMPLETED)', { level: 'SFI_COMPLETED' }, 'input.level'],
      ['an end before the start', { startOn: isoDaysFromToday(10), endOn: isoDaysFromToday(9) }, 'input.endOn'],
      ['no places', { places: 0 }, 'input.places'],
      ['an unknown sector', { sectorId: NO_SUCH_ID }, 'input.sectorId'],
      ['an empty name', { name: '   ' }, 'input.name'],
    ])('rejects %s, naming the field', async (_label, patch, field) => {
      const body = await t.gql('teacher1', CREATE_COURSE, { input: courseInput(patch) });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(errorFields(body)).toEqual([field]);
    });

    it('updates the fields given; places never drop below the people active on the course', async () => {
      const course = await createCourse({ places: 3 });
      const [a, b] = [await person('Amal'), await person('Bashir')];
      for (const candidateId of [a, b]) {
        const e = await queueFor(course.id, candidateId, isoDaysFromToday(-3));
        await t.ok('teacher1', START, { id: e.id, on: isoDaysFromToday(0) });
      }
      const { updateSfiCourse: updated } = await t.ok('manager1', UPDATE_COURSE, {
        input: { id: course.id, name: 'Yrkessvenska vård, vårterminen', places: 2, level: 'SFI_D', workplaceLearning: null },
      });
      expect(updated).toMatchObject({ name: 'Yrkessvenska vård, vårterminen', places: 2, level: 'SFI_D', workplaceLearning: null, placesTaken: 2, placesLeft: 0 });

      const tooFew = await t.gql('teacher1', UPDATE_COURSE, { input: { id: course.id, places: 1 } });
      expect(errorCode(tooFew)).toBe('CONFLICT');
      expect(errorFields(tooFew)).toEqual(['input.places']);

      const backwards = await t.gql('teacher1', UPDATE_COURSE, { input: { id: course.id, endOn: isoDaysFromToday(-8) } });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(errorFields(backwards)).toEqual(['input.endOn']);

      const nulled = await t.gql('teacher1', UPDATE_COURSE, { input: { id: course.id, name: null } });
      expect(errorCode(nulled)).toBe('BAD_USER_INPUT');
      expect(new Set(errorFields(nulled))).toEqual(new Set(['input.name']));
    });
  });

  describe('the queue', () => {
    it('lists the people queued, longest waiting first, with the days waited, and logs each read', async () => {
      const course = await createCourse({ places: 5 });
      const newest = await person('Nour');
      const oldest = await person('Omid');
      const middle = await person('Mina');
      // queued in another order than they waited
      await queueFor(course.id, newest); // today by default
      await queueFor(course.id, oldest, isoDaysFromToday(-200));
      await queueFor(course.id, middle, isoDaysFromToday(-30));

      const queue = await sfiQueue('teacher1', course.id);
      expect(queue.totalCount).toBe(3);
      expect(queue.items.map((e) => [e.candidate.id, e.status, e.queuedSince, e.waitingDays])).toEqual([
        [oldest, 'QUEUED', isoDaysFromToday(-200), 200],
        [middle, 'QUEUED', isoDaysFromToday(-30), 30],
        [newest, 'QUEUED', isoDaysFromToday(0), 0],
      ]);
      expect(queue.items[0].course).toEqual({ id: course.id, name: course.name });
      expect(await courseById('teacher1', course.id)).toMatchObject({ queueLength: 3, placesTaken: 0 });

      // the queue read, and the person read through it, are both in the access log
      const { accessLog } = await t.ok('manager1', ACCESS_LOG, { candidateId: oldest });
      const teacher = ids.user('teacher1');
      expect(accessLog.items).toEqual(
        expect.arrayContaining([
          { operation: 'sfiQueue', userId: teacher },
          { operation: 'SfiEnrolment.candidate', userId: teacher },
        ]),
      );
    });

    it('a person cannot be queued twice for the same course', async () => {
      const course = await createCourse();
      const other = await createCourse();
      const candidateId = await person('Dawit');
      await queueFor(course.id, candidateId, isoDaysFromToday(-5));

      const again = await t.gql('counsellor1', QUEUE_FOR, { input: { courseId: course.id, candidateId } });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(errorFields(again)).toEqual(['input.candidateId']);

      // another course is another queue
      expect((await queueFor(other.id, candidateId, undefined, 'teacher1')).status).toBe('QUEUED');
      expect((await sfiQueue('teacher1', course.id)).totalCount).toBe(1);
    });

    it('refuses a waiting-since in the future, a course that does not serve the person, and unknown ids', async () => {
      const course = await createCourse({ servedPrincipalIds: [ids.organisation('Trelleborgs kommun')] });
      const trelleborgPerson = await person('Farah');
      const svedalaPerson = await person('Sven', true);

      const future = await t.gql('secretary1', QUEUE_FOR, { input: { courseId: course.id, candidateId: trelleborgPerson, queuedSince: isoDaysFromToday(1) } });
      expect(errorCode(future)).toBe('BAD_USER_INPUT');
      expect(errorFields(future)).toEqual(['input.queuedSince']);

      const notServed = await t.gql('secretary1', QUEUE_FOR, { input: { courseId: course.id, candidateId: svedalaPerson } });
      expect(errorCode(notServed)).toBe('BAD_USER_INPUT');
      expect(errorFields(notServed)).toEqual(['input.courseId']);

      expect(errorCode(await t.gql('secretary1', QUEUE_FOR, { input: { courseId: NO_SUCH_ID, candidateId: trelleborgPerson } }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql('secretary1', QUEUE_FOR, { input: { courseId: course.id, candidateId: NO_SUCH_ID } }))).toBe('NOT_FOUND');
    });
  });

  describe('places, starts and endings', () => {
    it('starts people up to the places; one more is a CONFLICT until a place is free again', async () => {
      const course = await createCourse({ places: 2 });
      const people = [await person('Hamid'), await person('Leila'), await person('Yonas')];
      const queued: Enrolment[] = [];
      for (const [i, candidateId] of people.entries()) queued.push(await queueFor(course.id, candidateId, isoDaysFromToday(-40 + i)));

      const first = (await t.ok('teacher1', START, { id: queued[0].id, on: isoDaysFromToday(-2) })).startSfi;
      expect(first).toMatchObject({ status: 'ACTIVE', startedOn: isoDaysFromToday(-2), waitingDays: 38 });
      await t.ok('counsellor1', START, { id: queued[1].id, on: isoDaysFromToday(0) });
      expect(await courseById('teacher1', course.id)).toMatchObject({ placesTaken: 2, placesLeft: 0, queueLength: 1 });

      const full = await t.gql('teacher1', START, { id: queued[2].id, on: isoDaysFromToday(0) });
      expect(errorCode(full)).toBe('CONFLICT');
      expect(full.errors?.[0].message).toMatch(/2 places/);
      expect((await sfiQueue('teacher1', course.id)).items.map((e) => e.id)).toEqual([queued[2].id]);

      // an illegal transition names the status the enrolment is in
      const twice = await t.gql('teacher1', START, { id: queued[0].id, on: isoDaysFromToday(0) });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.errors?.[0].message).toMatch(/ACTIVE/);

      const left = (await t.ok('counsellor1', LEAVE, { id: queued[1].id, on: isoDaysFromToday(0) })).leaveSfi;
      expect(left).toMatchObject({ status: 'LEFT', endedOn: isoDaysFromToday(0) });
      expect((await t.ok('teacher1', START, { id: queued[2].id, on: isoDaysFromToday(0) })).startSfi.status).toBe('ACTIVE');
      expect(await courseById('teacher1', course.id)).toMatchObject({ placesTaken: 2, queueLength: 0 });
    });

    it('starts at the same time cannot overfill a course', async () => {
      const course = await createCourse({ places: 2 });
      const queued: Enrolment[] = [];
      for (const name of ['Sahra', 'Tesfay', 'Abdi', 'Hiwet', 'Goran', 'Ruta']) queued.push(await queueFor(course.id, await person(name), isoDaysFromToday(-10)));
      const results = await Promise.all(
        queued.map((e, i) => t.gql(i % 2 === 0 ? 'teacher1' : 'counsellor1', START, { id: e.id, on: isoDaysFromToday(0) })),
      );
      expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK', 'OK']);
      expect(await courseById('teacher1', course.id)).toMatchObject({ placesTaken: 2, queueLength: 4 });
    });

    it('refuses a start before the person was queued or in the future, naming the field', async () => {
      const course = await createCourse();
      const e = await queueFor(course.id, await person('Zainab'), isoDaysFromToday(-3));
      const early = await t.gql('teacher1', START, { id: e.id, on: isoDaysFromToday(-4) });
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      expect(errorFields(early)).toEqual(['startedOn']);
      const future = await t.gql('teacher1', START, { id: e.id, on: isoDaysFromToday(1) });
      expect(errorCode(future)).toBe('BAD_USER_INPUT');
      expect(errorFields(future)).toEqual(['startedOn']);
    });

    it('the teacher notes attendance and progress; the course is completed', async () => {
      const course = await createCourse();
      const candidateId = await person('Rahel');
      const e = await queueFor(course.id, candidateId, isoDaysFromToday(-20));

      // no attendance before the person has started; a progress note is fine while they wait
      const tooEarly = await t.gql('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-1), attended: true } });
      expect(errorCode(tooEarly)).toBe('CONFLICT');
      expect(tooEarly.errors?.[0].message).toMatch(/QUEUED/);
      await t.ok('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-10), note: 'Nivåtest: klar för SFI C.' } });

      await t.ok('teacher1', START, { id: e.id, on: isoDaysFromToday(-5) });
      const attended = (await t.ok('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-4), attended: true } })).addSfiNote;
      expect(attended).toMatchObject({ on: isoDaysFromToday(-4), attended: true, note: null, author: { username: 'teacher1' } });
      await t.ok('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-3), attended: false, note: 'Sjuk, meddelade i förväg.' } });
      await t.ok('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-1), note: '  Klarar rapportering vid skiftbyte på APL-platsen.  ' } });

      const sameDay = await t.gql('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-4), attended: false } });
      expect(errorCode(sameDay)).toBe('CONFLICT');
      expect(errorFields(sameDay)).toEqual(['input.on']);
      const empty = await t.gql('teacher1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-1) } });
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      expect(errorFields(empty).sort()).toEqual(['input.attended', 'input.note']);
      const byCounsellor = await t.gql('counsellor1', NOTE, { input: { sfiEnrolmentId: e.id, on: isoDaysFromToday(-1), note: 'Nej' } });
      expect(errorCode(byCounsellor)).toBe('FORBIDDEN');

      const completed = (await t.ok('teacher1', COMPLETE, { id: e.id, on: isoDaysFromToday(0) })).completeSfi;
      expect(completed).toMatchObject({ status: 'COMPLETED', startedOn: isoDaysFromToday(-5), endedOn: isoDaysFromToday(0), waitingDays: 15 });
      const again = await t.gql('teacher1', COMPLETE, { id: e.id, on: isoDaysFromToday(0) });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0].message).toMatch(/COMPLETED/);

      const { candidate } = await t.ok('counsellor1', NOTES, { id: candidateId });
      expect(candidate.sfiEnrolments).toHaveLength(1);
      expect(candidate.sfiEnrolments[0]).toMatchObject({ id: e.id, status: 'COMPLETED', course: { id: course.id } });
      expect(candidate.sfiEnrolments[0].notes).toEqual([
        { on: isoDaysFromToday(-1), attended: null, note: 'Klarar rapportering vid skiftbyte på APL-platsen.', author: { username: 'teacher1' } },
        { on: isoDaysFromToday(-3), attended: false, note: 'Sjuk, meddelade i förväg.', author: { username: 'teacher1' } },
        { on: isoDaysFromToday(-4), attended: true, note: null, author: { username: 'teacher1' } },
        { on: isoDaysFromToday(-10), attended: null, note: 'Nivåtest: klar för SFI C.', author: { username: 'teacher1' } },
      ]);
    });

    it('a person who leaves the queue without starting waited until they left', async () => {
      const course = await createCourse();
      const e = await queueFor(course.id, await person('Aziz'), isoDaysFromToday(-50));
      const left = (await t.ok('teacher1', LEAVE, { id: e.id, on: isoDaysFromToday(-8) })).leaveSfi;
      expect(left).toMatchObject({ status: 'LEFT', startedOn: null, endedOn: isoDaysFromToday(-8), waitingDays: 42 });
      const start = await t.gql('teacher1', START, { id: e.id, on: isoDaysFromToday(0) });
      expect(errorCode(start)).toBe('CONFLICT');
      expect(start.errors?.[0].message).toMatch(/LEFT/);
    });
  });

  describe('who may', () => {
    it('a business developer may not read or change sector SFI', async () => {
      const course = await createCourse();
      const candidateId = await person('Elias');
      const attempts = await Promise.all([
        t.gql('bd1', CREATE_COURSE, { input: courseInput() }),
        t.gql('bd1', COURSES, {}),
        t.gql('bd1', QUEUE, { courseId: course.id }),
        t.gql('bd1', QUEUE_FOR, { input: { courseId: course.id, candidateId } }),
      ]);
      expect(attempts.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });

    it("Svedala's reviewer sees Svedala's people in a shared course's queue, not Trelleborg's", async () => {
      const shared = await createCourse({ places: 4 });
      const trelleborgOnly = await createCourse({ servedPrincipalIds: [ids.organisation('Trelleborgs kommun')] });
      const svedalaPerson = await person('Selma', true);
      const trelleborgPerson = await person('Tariq');
      const svedalaEnrolment = await queueFor(shared.id, svedalaPerson, isoDaysFromToday(-90));
      const trelleborgEnrolment = await queueFor(shared.id, trelleborgPerson, isoDaysFromToday(-100));
      await queueFor(trelleborgOnly.id, trelleborgPerson, isoDaysFromToday(-100));

      // staff acting for both see both, longest waiting first
      expect((await sfiQueue('teacher1', shared.id)).items.map((e) => e.id)).toEqual([trelleborgEnrolment.id, svedalaEnrolment.id]);

      const reviewed = await sfiQueue('reviewer.svedala', shared.id);
      expect(reviewed.items.map((e) => e.candidate.id)).toEqual([svedalaPerson]);
      expect(reviewed.totalCount).toBe(1);
      expect(errorCode(await t.gql('reviewer.svedala', QUEUE, { courseId: trelleborgOnly.id }))).toBe('NOT_FOUND');
      const { sfiCourses } = await t.ok('reviewer.svedala', COURSES, { sectorId: sector.id, limit: 100 });
      const visible = sfiCourses.items.map((c: Course) => c.id);
      expect(visible).toContain(shared.id);
      expect(visible).not.toContain(trelleborgOnly.id);

      expect(errorCode(await t.gql('reviewer.svedala', NOTES, { id: trelleborgPerson }))).toBe('NOT_FOUND');
      const { candidate } = await t.ok('reviewer.svedala', NOTES, { id: svedalaPerson });
      expect(candidate.sfiEnrolments.map((e: { id: string }) => e.id)).toEqual([svedalaEnrolment.id]);

      // and the reviewer changes nothing
      expect(errorCode(await t.gql('reviewer.svedala', START, { id: svedalaEnrolment.id, on: isoDaysFromToday(0) }))).toBe('FORBIDDEN');
    });
  });
});
