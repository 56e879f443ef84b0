import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorReason, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './support/factories.js';

const TRELLEBORG_MUNICIPALITY = 'STvk_dra_M1X';
const SVEDALA_MUNICIPALITY = 'n6r4_fjK_kRr';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const CREATE_COURSE = `mutation($input: CreateSfiCourseInput!) { createSfiCourse(input: $input) { id } }`;
const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } } }`;
const QUEUE_FOR = `mutation($input: QueueForSfiInput!) { queueForSfi(input: $input) { id } }`;
const START = `mutation($id: ID!, $on: String!) { startSfi(sfiEnrolmentId: $id, startedOn: $on) { id status } }`;
const COMPLETE = `mutation($id: ID!, $on: String!) { completeSfi(sfiEnrolmentId: $id, endedOn: $on) { id status } }`;
const COURSE = `query($id: ID!) { sfiCourse(id: $id) { id name places placesLeft queueLength
  participants { id status startedOn endedOn candidate { id firstName } } } }`;
const ACCESS_LOG = `query($candidateId: ID!) { accessLog(candidateId: $candidateId, limit: 100) { items { operation userId } } }`;

/** One sector SFI course with its participants, as the course page reads it, and a full course's refusal by its reason. */
describe('sector SFI: a course and its participants', () => {
  let t: TestApp;
  let ids: Ids;
  let courseId: string;
  const people: Record<string, { candidateId: string; enrolmentId: string }> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    const { sectors } = await t.ok('teacher1', `{ sectors { id } }`);
    courseId = (
      await t.ok('teacher1', CREATE_COURSE, {
        input: {
          name: 'Yrkessvenska, två platser',
          sectorId: sectors[0].id,
          level: 'SFI_B',
          startOn: isoDaysFromToday(-20),
          endOn: isoDaysFromToday(90),
          places: 2,
        },
      })
    ).createSfiCourse.id;
    for (const [firstName, svedala] of [
      ['Amal', false],
      ['Bashir', true],
      ['Chen', false],
    ] as const) {
      const input = {
        identityNumber: newIdentityNumber(),
        firstName,
        lastName: 'Kursdeltagare',
        homeMunicipalityConceptId: svedala ? SVEDALA_MUNICIPALITY : TRELLEBORG_MUNICIPALITY,
        firstContactOn: isoDaysFromToday(-60),
        newlyArrived: true,
        ...(svedala ? { principalId: ids.organisation('Svedala kommun') } : {}),
      };
      const candidateId = (await t.ok('secretary1', ENROL, { input })).enrolCandidate.candidate.id;
      const enrolmentId = (await t.ok('teacher1', QUEUE_FOR, { input: { courseId, candidateId, queuedSince: isoDaysFromToday(-15) } })).queueForSfi.id;
      people[firstName] = { candidateId, enrolmentId };
    }
  });
  afterAll(() => t?.close());

  it('lists who started on the course, the active first, and logs every person it names', async () => {
    await t.ok('teacher1', START, { id: people.Amal!.enrolmentId, on: isoDaysFromToday(-10) });
    await t.ok('teacher1', START, { id: people.Bashir!.enrolmentId, on: isoDaysFromToday(-9) });
    await t.ok('teacher1', COMPLETE, { id: people.Amal!.enrolmentId, on: isoDaysFromToday(-1) });

    const { sfiCourse } = await t.ok('counsellor1', COURSE, { id: courseId });
    expect(sfiCourse).toMatchObject({ id: courseId, places: 2, placesLeft: 1, queueLength: 1 });
    expect(sfiCourse.participants.map((p: { status: string; candidate: { firstName: string } }) => [p.candidate.firstName, p.status])).toEqual([
      ['Bashir', 'ACTIVE'],
      ['Amal', 'COMPLETED'],
    ]);

    const { accessLog } = await t.ok('manager1', ACCESS_LOG, { candidateId: people.Bashir!.candidateId });
    expect(accessLog.items).toContainEqual({ operation: 'SfiCourse.participants', userId: ids.user('counsellor1') });
    // the person still waiting is not named by the participants
    const waiting = await t.ok('manager1', ACCESS_LOG, { candidateId: people.Chen!.candidateId });
    expect(waiting.accessLog.items.filter((e: { operation: string }) => e.operation === 'SfiCourse.participants')).toEqual([]);
  });

  it("shows Svedala's reviewer only Svedala's participants, and an unknown course as not found", async () => {
    const { sfiCourse } = await t.ok('reviewer.svedala', COURSE, { id: courseId });
    expect(sfiCourse.participants.map((p: { candidate: { firstName: string } }) => p.candidate.firstName)).toEqual(['Bashir']);
    expect(errorCode(await t.gql('teacher1', COURSE, { id: NO_SUCH_ID }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('bd1', COURSE, { id: courseId }))).toBe('FORBIDDEN');
  });

  it('refuses a start when every place is taken, saying so by the reason COURSE_FULL', async () => {
    await t.ok('teacher1', START, { id: people.Chen!.enrolmentId, on: isoDaysFromToday(0) });
    const late = await t.ok('secretary1', ENROL, {
      input: {
        identityNumber: newIdentityNumber(),
        firstName: 'Dalia',
        lastName: 'Kursdeltagare',
        homeMunicipalityConceptId: TRELLEBORG_MUNICIPALITY,
        firstContactOn: isoDaysFromToday(-30),
        newlyArrived: true,
      },
    });
    const queued = (await t.ok('teacher1', QUEUE_FOR, { input: { courseId, candidateId: late.enrolCandidate.candidate.id } })).queueForSfi.id;
    const refused = await t.gql('teacher1', START, { id: queued, on: isoDaysFromToday(0) });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorReason(refused)).toBe('COURSE_FULL');
  });
});
