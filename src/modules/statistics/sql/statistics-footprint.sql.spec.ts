import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statisticsDatabase } from './statistics-sql.fixtures.js';

/**
 * The statistics' footprint (statistics-footprint.v2.sql) as code: run on an in-memory PostgreSQL (PGlite) over
 * tables holding just the columns it reads, for periods whose figures are worked out by hand from docs/rules.md.
 */
describe('statistics_footprint, version 2', () => {
  let db: PGlite;
  const P = '00000000-0000-0000-0000-0000000000a1';
  const person = '00000000-0000-0000-0000-0000000000c1';

  beforeAll(async () => {
    db = await statisticsDatabase();
  });
  afterAll(() => db.close());

  /** The footprint of the given periods (with all follow-ups), as `measure x [y] value×n`, sorted. */
  async function footprint(ids: string[]): Promise<string[]> {
    const { rows } = await db.query<{ line: string }>(
      `SELECT f.measure || ' ' || f.x || COALESCE(' ' || f.y, '') || ' ' || f.value || 'x' || f.n AS line
       FROM statistics_footprint(ARRAY(SELECT e FROM enrolment e WHERE e.id = ANY($1::uuid[])),
                                 ARRAY(SELECT f FROM candidate_follow_up f WHERE f.enrolment_id = ANY($1::uuid[]))) f ORDER BY 1`,
      [ids],
    );
    return rows.map((r) => r.line);
  }

  it('a period followed up weekly is overdue only from the day after the date its last follow-up set', async () => {
    // first contact and first meeting Monday 2 March 2026, plan the next day (1 working day), a follow-up on 9 March
    // setting the next for 16 March: due 9 March after the meeting, 10 March after the plan, 16 March after the
    // follow-up, so overdue from 17 March and still open
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on, first_meeting_on, plan_established_on, working_days_to_plan)
      VALUES ('00000000-0000-0000-0000-000000000e01', '${person}', '${P}', '2026-03-02', '2026-03-02', '2026-03-03', 1);
      INSERT INTO candidate_follow_up (id, candidate_id, enrolment_id, held_on, next_on) VALUES ('00000000-0000-0000-0000-000000000f01', '${person}', '00000000-0000-0000-0000-000000000e01', '2026-03-09', '2026-03-16');`);
    expect(await footprint(['00000000-0000-0000-0000-000000000e01'])).toEqual([
      'days_to_plan 2026-03-03 1x1',
      'first_contact 2026-03-02 0x1',
      'overdue_from 2026-03-17 0x1',
      'plan_from 2026-03-03 0x1',
    ]);
  });

  it('a period with no follow-up after its plan is overdue from the eighth day until its exit', async () => {
    // plan on 3 March, due 10 March, overdue from 11 March; the person leaves for studies on 13 March
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on, first_meeting_on, plan_established_on, exit_on, exit_reason)
      VALUES ('00000000-0000-0000-0000-000000000e02', '${person}', '${P}', '2026-03-02', '2026-03-02', '2026-03-03', '2026-03-13', 'STUDIES_STUDENT_AID');`);
    expect(await footprint(['00000000-0000-0000-0000-000000000e02'])).toEqual([
      'exit:STUDIES_STUDENT_AID: 2026-03-13 0x1',
      'first_contact 2026-03-02 0x1',
      'overdue_from 2026-03-11 0x1',
      'overdue_until 2026-03-13 0x1',
      'plan_from 2026-03-03 0x1',
      'plan_until 2026-03-13 0x1',
    ]);
  });

  it('before the first meeting nothing is due, so nothing is overdue', async () => {
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on)
      VALUES ('00000000-0000-0000-0000-000000000e03', '00000000-0000-0000-0000-0000000000c3', '${P}', '2026-03-02');`);
    expect(await footprint(['00000000-0000-0000-0000-000000000e03'])).toEqual(['first_contact 2026-03-02 0x1']);
  });

  it('a person enrolled again is paired with their earlier period, so they count once', async () => {
    // e02 ended on 13 March; a new period from 1 April: the pair (exit, new first contact) and (first contact, first contact)
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on)
      VALUES ('00000000-0000-0000-0000-000000000e04', '${person}', '${P}', '2026-04-01');`);
    const pairs = (await footprint(['00000000-0000-0000-0000-000000000e02', '00000000-0000-0000-0000-000000000e04'])).filter((l) => l.startsWith('again'));
    expect(pairs).toEqual([
      'again:ALL 2026-03-13 2026-04-01 0x1',
      'again:SECRETARY 2026-03-13 2026-04-01 0x1',
      'again:SECTOR 2026-03-13 2026-04-01 0x1',
      'again:TEAM 2026-03-13 2026-04-01 0x1',
      'again_new:ALL 2026-03-02 2026-04-01 0x1',
      'again_new:SECRETARY 2026-03-02 2026-04-01 0x1',
      'again_new:SECTOR 2026-03-02 2026-04-01 0x1',
      'again_new:TEAM 2026-03-02 2026-04-01 0x1',
    ]);
  });
});
