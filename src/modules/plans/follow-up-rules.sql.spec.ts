import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '../../platform/context/clock.js';
import { FOLLOW_UP_DUE_ON_SQL, followUpDueOn, type FollowUpState } from './follow-up-rules.js';

/**
 * The overdue rule's SQL function against the rule itself, on an in-memory PostgreSQL (PGlite): the database's
 * lists and statistics call the function, so it must answer exactly as followUpDueOn does, for every combination.
 */
describe('follow_up_due_on (the overdue rule in SQL)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
    await db.query(FOLLOW_UP_DUE_ON_SQL);
  });
  afterAll(() => db.close());

  const day = (n: number | null) => (n === null ? null : addDays('2026-01-05', n));
  // every combination of present and absent, with dates in either order and a nextOn before the plan
  const options = [null, 0, 3, 9];
  const states: FollowUpState[] = [];
  for (const exitOn of [null, 20]) {
    for (const latestNextOn of [null, 2, 12]) {
      for (const plan of options) {
        for (const meeting of options) {
          states.push({ exitOn: day(exitOn), latestNextOn: day(latestNextOn), planEstablishedOn: day(plan), firstMeetingOn: day(meeting) });
        }
      }
    }
  }

  it(`answers as followUpDueOn for all ${states.length} combinations`, async () => {
    const sql = `SELECT to_char(follow_up_due_on($1::date, $2::date, $3::date, $4::date), 'YYYY-MM-DD') AS due`;
    for (const s of states) {
      const { rows } = await db.query<{ due: string | null }>(sql, [s.exitOn, s.latestNextOn, s.planEstablishedOn, s.firstMeetingOn]);
      expect({ state: s, due: rows[0].due }).toEqual({ state: s, due: followUpDueOn(s) });
    }
  });
});
