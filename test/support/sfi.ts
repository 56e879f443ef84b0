/** The sector SFI specs' shared setup: their queries, a sector found as a teacher finds it, a course, a person, a place in a queue. */
import { expect } from '@jest/globals';
import { Ids, isoDaysFromToday, newIdentityNumber } from './factories.js';
import { TestApp } from './test-app.js';

const TRELLEBORG_MUNICIPALITY = 'STvk_dra_M1X';
const SVEDALA_MUNICIPALITY = 'n6r4_fjK_kRr';
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const COURSE_FIELDS = `id name level startOn endOn places workplaceLearning placesTaken placesLeft queueLength
  sector { id code } organisation { name } servedPrincipals { name }`;
const ENROLMENT_FIELDS = `id status queuedSince startedOn endedOn waitingDays candidate { id firstName lastName } course { id name }`;

export const CREATE_COURSE = `mutation($input: CreateSfiCourseInput!) { createSfiCourse(input: $input) { ${COURSE_FIELDS} } }`;
export const UPDATE_COURSE = `mutation($input: UpdateSfiCourseInput!) { updateSfiCourse(input: $input) { ${COURSE_FIELDS} } }`;
export const COURSES = `query($sectorId: ID, $from: String, $limit: Int) {
  sfiCourses(sectorId: $sectorId, from: $from, limit: $limit) { totalCount hasNextPage items { ${COURSE_FIELDS} } } }`;
const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } } }`;
export const QUEUE_FOR = `mutation($input: QueueForSfiInput!) { queueForSfi(input: $input) { ${ENROLMENT_FIELDS} } }`;
export const QUEUE = `query($courseId: ID!) { sfiQueue(courseId: $courseId) { totalCount items { ${ENROLMENT_FIELDS} } } }`;
export const START = `mutation($id: ID!, $on: String!) { startSfi(sfiEnrolmentId: $id, startedOn: $on) { ${ENROLMENT_FIELDS} } }`;
export const LEAVE = `mutation($id: ID!, $on: String!) { leaveSfi(sfiEnrolmentId: $id, endedOn: $on) { ${ENROLMENT_FIELDS} } }`;
export const COMPLETE = `mutation($id: ID!, $on: String!) { completeSfi(sfiEnrolmentId: $id, endedOn: $on) { ${ENROLMENT_FIELDS} } }`;
export const NOTE = `mutation($input: AddSfiNoteInput!) { addSfiNote(input: $input) { id on attended note author { username } } }`;
export const NOTES = `query($id: ID!) { candidate(id: $id) { sfiEnrolments { id status course { id }
  notes { on attended note author { username } } } } }`;
export const ACCESS_LOG = `query($candidateId: ID!) { accessLog(candidateId: $candidateId, limit: 100) { items { operation userId } } }`;

export interface Course {
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

export interface Enrolment {
  id: string;
  status: string;
  queuedSince: string;
  startedOn: string | null;
  endedOn: string | null;
  waitingDays: number;
  candidate: { id: string; firstName: string; lastName: string };
  course: { id: string; name: string };
}

/**
 * One app for a sector SFI spec file, with a sector found through the `sectors` query. Its helpers are arrow
 * properties, so a spec may take them out of the fixture when it is declared and call them once `start` has run.
 */
export class SfiFixture {
  t: TestApp;
  ids: Ids;
  /** A sector found through the `sectors` query, as a teacher would. */
  sector: { id: string; code: string; name: string };
  private courseSerial = 0;

  async start(): Promise<void> {
    const t = (this.t = await TestApp.start());
    this.ids = await Ids.load(t);
    const { sectors } = await t.ok('teacher1', `{ sectors { id code name } }`);
    expect(sectors.length).toBeGreaterThan(0);
    this.sector = sectors.find((s: { code: string }) => s.code === 'VARD_OMSORG') ?? sectors[0];
  }

  close(): Promise<void> | undefined {
    return this.t?.close();
  }

  /** The course input a teacher sends: started a week ago, running four months, two places unless patched. */
  courseInput = (patch: Record<string, unknown> = {}): Record<string, unknown> => {
    this.courseSerial += 1;
    return {
      name: `Yrkessvenska vård ${this.courseSerial}`,
      sectorId: this.sector.id,
      level: 'SFI_C',
      startOn: isoDaysFromToday(-7),
      endOn: isoDaysFromToday(120),
      places: 2,
      workplaceLearning: 'APL på Trelleborgs lasarett, avdelning 12',
      ...patch,
    };
  };

  createCourse = async (patch: Record<string, unknown> = {}, as = 'teacher1'): Promise<Course> => {
    return (await this.t.ok(as, CREATE_COURSE, { input: this.courseInput(patch) })).createSfiCourse;
  };

  /** A new person of the test's own, enrolled by the secretary (a Trelleborg resident unless `svedala`). */
  person = async (firstName: string, svedala = false): Promise<string> => {
    const input = {
      identityNumber: newIdentityNumber(),
      firstName,
      lastName: 'Testsson',
      homeMunicipalityConceptId: svedala ? SVEDALA_MUNICIPALITY : TRELLEBORG_MUNICIPALITY,
      firstContactOn: isoDaysFromToday(-60),
      newlyArrived: true,
      ...(svedala ? { principalId: this.ids.organisation('Svedala kommun') } : {}),
    };
    return (await this.t.ok('secretary1', ENROL, { input })).enrolCandidate.candidate.id;
  };

  queueFor = async (courseId: string, candidateId: string, queuedSince?: string, as = 'secretary1'): Promise<Enrolment> => {
    return (await this.t.ok(as, QUEUE_FOR, { input: { courseId, candidateId, queuedSince } })).queueForSfi;
  };

  sfiQueue = async (as: string, courseId: string): Promise<{ totalCount: number; items: Enrolment[] }> => {
    return (await this.t.ok(as, QUEUE, { courseId })).sfiQueue;
  };

  courseById = async (as: string, courseId: string): Promise<Course | undefined> => {
    const { sfiCourses } = await this.t.ok(as, COURSES, { sectorId: this.sector.id, limit: 100 });
    return sfiCourses.items.find((c: Course) => c.id === courseId);
  };
}
