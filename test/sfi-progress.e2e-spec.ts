/** The way through a sector SFI course: places, starts, the teacher's notes, leaving and completing. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/factories.js';
import { COMPLETE, LEAVE, NOTE, NOTES, START, SfiFixture, type Enrolment } from './support/sfi.js';

describe('sector SFI', () => {
  const sfi = new SfiFixture();
  let t: TestApp;

  beforeAll(async () => {
    await sfi.start();
    ({ t } = sfi);
  });
  afterAll(() => sfi.close());
  const { createCourse, person, queueFor, sfiQueue, courseById } = sfi;

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
});
