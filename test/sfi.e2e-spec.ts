/** Sector SFI courses, their queues, and who may read or change them. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday } from './support/factories.js';
import { ACCESS_LOG, COURSES, CREATE_COURSE, NOTES, NO_SUCH_ID, QUEUE, QUEUE_FOR, START, UPDATE_COURSE, SfiFixture, type Course } from './support/sfi.js';

describe('sector SFI', () => {
  const sfi = new SfiFixture();
  let t: TestApp;
  let ids: Ids;
  let sector: { id: string; code: string; name: string };

  beforeAll(async () => {
    await sfi.start();
    ({ t, ids, sector } = sfi);
  });
  afterAll(() => sfi.close());
  const { courseInput, createCourse, person, queueFor, sfiQueue, courseById } = sfi;

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

      // null clears only what may be empty (workplaceLearning, above); for the rest it is refused, naming each field
      const nulled = await t.gql('teacher1', UPDATE_COURSE, { input: { id: course.id, name: null, places: null, servedPrincipalIds: null } });
      expect(errorCode(nulled)).toBe('BAD_USER_INPUT');
      expect(new Set(errorFields(nulled))).toEqual(new Set(['input.name', 'input.places', 'input.servedPrincipalIds']));
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
