import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statisticsDatabase } from './statistics-sql.fixtures.js';

/**
 * How footprints become the summary, as code: the statistics' SQL files on an in-memory PostgreSQL (PGlite) over the
 * columns they read, with the statement triggers as migration RowLevelSecurity creates them. Whatever order the
 * writes and folds come in, the summary equals a rebuild from scratch.
 */
describe('the statistics summary (record, the trigger, fold, rebuild)', () => {
  let db: PGlite;
  const P = '00000000-0000-0000-0000-0000000000a1';
  const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    db = await statisticsDatabase();
  });
  afterAll(() => db.close());

  /** What the figures read: cells plus deltas not yet folded, summed, as sorted lines. */
  async function summary(): Promise<string[]> {
    const { rows } = await db.query<{ line: string }>(`
      SELECT measure || ' ' || grain || ' ' || x || COALESCE(' ' || y, '') || ' ' || value || 'x' || SUM(n) AS line
      FROM (SELECT * FROM statistics_cell UNION ALL SELECT * FROM statistics_delta) s
      GROUP BY measure, grain, x, y, value HAVING SUM(n) <> 0 ORDER BY 1`);
    return rows.map((r) => r.line);
  }
  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${table}`)).rows[0].n;

  it('a new period is recorded at day and month grain in the writing statement', async () => {
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on) VALUES ('${id(1)}', '${id(101)}', '${P}', '2026-03-02')`);
    expect(await summary()).toEqual(['first_contact D 2026-03-02 0x1', 'first_contact M 2026-03-01 0x1']);
    expect(await count('statistics_cell')).toBe(0);
  });

  it('folding moves the differences into the summary and changes no figure', async () => {
    const before = await summary();
    await db.query('SELECT statistics_fold()');
    expect(await count('statistics_delta')).toBe(0);
    expect(await summary()).toEqual(before);
  });

  it('a change records only its difference: the plan, a follow-up and the exit of the same period', async () => {
    await db.exec(`UPDATE enrolment SET first_meeting_on = '2026-03-02', plan_established_on = '2026-03-03', working_days_to_plan = 1 WHERE id = '${id(1)}'`);
    await db.exec(`INSERT INTO candidate_follow_up (id, candidate_id, enrolment_id, held_on, next_on) VALUES ('${id(201)}', '${id(101)}', '${id(1)}', '2026-03-09', '2026-03-16')`);
    await db.exec(`UPDATE enrolment SET exit_on = '2026-03-20', exit_reason = 'WORK_UNSUBSIDISED', work_check = 'PENDING' WHERE id = '${id(1)}'`);
    expect((await summary()).filter((l) => / D /.test(l))).toEqual([
      'days_to_plan D 2026-03-03 1x1',
      'exit:WORK_UNSUBSIDISED:PENDING D 2026-03-20 0x1',
      'first_contact D 2026-03-02 0x1',
      'overdue_from D 2026-03-17 0x1',
      'overdue_until D 2026-03-20 0x1',
      'plan_from D 2026-03-03 0x1',
      'plan_until D 2026-03-20 0x1',
    ]);
  });

  it('whatever the order of writes and folds, the summary equals a rebuild from the periods', async () => {
    // a second person enrolled twice, a follow-up deleted, folds in between
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on, first_meeting_on, exit_on, exit_reason)
      VALUES ('${id(2)}', '${id(102)}', '${P}', '2026-01-12', '2026-01-12', '2026-02-27', 'STUDIES_STUDENT_AID')`);
    await db.query('SELECT statistics_fold()');
    await db.exec(`INSERT INTO enrolment (id, candidate_id, principal_id, first_contact_on) VALUES ('${id(3)}', '${id(102)}', '${P}', '2026-04-01')`);
    await db.exec(`DELETE FROM candidate_follow_up WHERE id = '${id(201)}'`);
    const incremental = await summary();
    await db.query('SELECT statistics_rebuild()');
    expect(await count('statistics_delta')).toBe(0);
    expect(await summary()).toEqual(incremental);
    expect(incremental).toContain('again:ALL DD 2026-02-27 2026-04-01 0x1');
  });
});
