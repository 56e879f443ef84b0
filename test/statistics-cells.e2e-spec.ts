import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { ExitReason } from '../src/candidates/candidate.enums.js';
import { addDays } from '../src/platform/context/clock.js';
import { readOnlySystemContext } from '../src/platform/context/system-actor.js';
import type { WorkCheck } from '../src/modules/statistics/exit-outcome.enums.js';
import { ExitOutcome } from '../src/modules/statistics/exit-outcome.enums.js';
import { exitOutcome } from '../src/modules/statistics/exit-rules.js';
import { isFollowUpOverdue } from '../src/modules/plans/follow-up-rules.js';
import { monthsOf } from '../src/modules/statistics/period.js';
import { workingDaysSummary } from '../src/modules/statistics/statistics-assembly.js';
import { StatisticsGroupBy } from '../src/modules/statistics/statistics.enums.js';
import { StatisticsService } from '../src/modules/statistics/statistics.service.js';
import type { StatisticsRow } from '../src/modules/statistics/statistics.types.js';
import { TestApp } from './support/test-app.js';

/** Small, seeded, so a failure is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Period {
  id: string;
  candidate_id: string;
  principal_id: string;
  sector_id: string | null;
  team_id: string | null;
  secretary_id: string | null;
  first_contact_on: string;
  first_meeting_on: string | null;
  plan_established_on: string | null;
  working_days_to_plan: number | null;
  sector_chosen_on: string | null;
  working_days_to_sector: number | null;
  exit_on: string | null;
  exit_reason: ExitReason | null;
  work_check: WorkCheck | null;
}
interface FollowUpRow {
  enrolment_id: string;
  held_on: string;
  next_on: string;
  created_at: Date;
  id: string;
}

const REASONS = ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'STUDIES_STUDENT_AID', 'STUDIES_OTHER', 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT', 'MOVED', 'SICKNESS_BENEFIT', 'OTHER_SUPPORT', 'UNKNOWN'];
const GROUP_COLUMN = { PRINCIPAL: 'principal_id', SECTOR: 'sector_id', TEAM: 'team_id', SECRETARY: 'secretary_id' } as const;

/**
 * The statistics straight from the periods, one by one, as the definitions in StatisticsService.compute read: the
 * oracle the summary cells are held to. Only what the cells produce is compared (the assembly's shares and
 * estimates are tested on their own).
 */
function oracle(periods: Period[], followUps: FollowUpRow[], from: string, to: string, groupBy: StatisticsGroupBy) {
  const asOf = to;
  const base = periods.filter((p) => p.first_contact_on <= asOf && (p.exit_on === null || p.exit_on >= from));
  const byEnrolment = new Map<string, FollowUpRow[]>();
  for (const f of followUps) byEnrolment.set(f.enrolment_id, [...(byEnrolment.get(f.enrolment_id) ?? []), f]);
  const months = monthsOf(from, to);
  const figures = (group: Period[]) => {
    const exited = group.filter((p) => p.exit_on !== null && p.exit_on <= asOf);
    const outcomes = exited.map((p) => exitOutcome(p.exit_reason as ExitReason, p.work_check));
    const open = group.filter((p) => p.exit_on === null || p.exit_on > asOf);
    const overdue = open.filter((p) => {
      const held = (byEnrolment.get(p.id) ?? [])
        .filter((f) => f.held_on <= asOf)
        .sort((a, b) => a.held_on.localeCompare(b.held_on) || a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
      const state = {
        exitOn: null,
        firstMeetingOn: p.first_meeting_on !== null && p.first_meeting_on <= asOf ? p.first_meeting_on : null,
        planEstablishedOn: p.plan_established_on !== null && p.plan_established_on <= asOf ? p.plan_established_on : null,
        latestNextOn: held.length > 0 ? held[held.length - 1].next_on : null,
      };
      return isFollowUpOverdue(state, asOf);
    });
    const count = (o: ExitOutcome) => outcomes.filter((x) => x === o).length;
    const days = (pick: (p: Period) => [string | null, number | null]) =>
      workingDaysSummary(
        group.map(pick).filter(([on, v]) => on !== null && on >= from && on <= asOf && v !== null).map(([, v]) => ({ v, n: 1 })),
        0,
      );
    return {
      enrolled: new Set(group.map((p) => p.candidate_id)).size,
      newlyEnrolled: new Set(group.filter((p) => p.first_contact_on >= from).map((p) => p.candidate_id)).size,
      exitsByOutcome: { work: count(ExitOutcome.WORK), studies: count(ExitOutcome.STUDIES), other: count(ExitOutcome.OTHER), workPending: count(ExitOutcome.WORK_PENDING) },
      exitsByReason: Object.fromEntries(REASONS.map((r) => [r, exited.filter((p) => p.exit_reason === r).length])),
      openAtEnd: open.length,
      withPlan: open.filter((p) => p.plan_established_on !== null && p.plan_established_on <= asOf).length,
      overdueFollowUps: overdue.length,
      toPlan: daysFigures(days((p) => [p.plan_established_on, p.working_days_to_plan])),
      toSector: daysFigures(days((p) => [p.sector_chosen_on, p.working_days_to_sector])),
      monthly: months.map((m) => {
        const end = m.to < asOf ? m.to : asOf;
        const inMonth = group.filter((p) => p.first_contact_on <= end && (p.exit_on === null || p.exit_on >= m.from));
        const exits = inMonth.filter((p) => p.exit_on !== null && p.exit_on <= end);
        return {
          enrolled: m.from > asOf ? 0 : new Set(inMonth.map((p) => p.candidate_id)).size,
          newlyEnrolled: m.from > asOf ? 0 : new Set(inMonth.filter((p) => p.first_contact_on >= m.from).map((p) => p.candidate_id)).size,
          exited: m.from > asOf ? 0 : exits.length,
          exitsToWorkOrStudies: m.from > asOf ? 0 : exits.filter((p) => [ExitOutcome.WORK, ExitOutcome.STUDIES].includes(exitOutcome(p.exit_reason as ExitReason, p.work_check))).length,
        };
      }),
    };
  };
  const groups = new Map<string, Period[]>();
  for (const p of base) {
    const key = p[GROUP_COLUMN[groupBy]] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return { total: figures(base), groups: new Map([...groups].map(([k, g]) => [k, figures(g)])) };
}

const daysFigures = ({ count, median, mean }: { count: number; median: number | null; mean: number | null }) => ({ count, median, mean });

function fromService(row: StatisticsRow) {
  return {
    enrolled: row.enrolled,
    newlyEnrolled: row.newlyEnrolled,
    exitsByOutcome: { work: row.exitsByOutcome.work, studies: row.exitsByOutcome.studies, other: row.exitsByOutcome.other, workPending: row.exitsByOutcome.workPending },
    exitsByReason: Object.fromEntries(REASONS.map((r) => [r, row.exitsByReason.find((e) => e.reason === r)?.count ?? 0])),
    openAtEnd: row.openAtEnd,
    withPlan: row.currentPlan.numerator,
    overdueFollowUps: row.overdueFollowUps,
    toPlan: daysFigures(row.workingDaysToPlan),
    toSector: daysFigures(row.workingDaysToSector),
    monthly: row.monthly.map((m) => ({ enrolled: m.enrolled, newlyEnrolled: m.newlyEnrolled, exited: m.exited, exitsToWorkOrStudies: m.exitsToWorkOrStudies })),
  };
}

/**
 * The summary cells (migration StatisticsCells) against the periods themselves: random histories of people in
 * 2021-2023 (long before the demo's), written by SQL in many statements (inserts, updates of one and of many rows,
 * deletes) so that every trigger path runs; then every grouping over random periods is compared with the oracle
 * above, and the cells kept by the triggers with the cells `statistics_rebuild()` makes from scratch.
 */
describe('statistics summary cells', () => {
  let t: TestApp;
  let db: DataSource;
  let principals: string[];
  let mine: string[];
  const rnd = random(20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const days = (n: number) => Math.floor(rnd() * (n + 1));

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.db;
    const orgs: Array<{ id: string }> = await db.query(`SELECT id FROM organisation WHERE kind = 'MUNICIPALITY' ORDER BY name`);
    principals = orgs.map((o) => o.id);
    const teams: Array<{ id: string; sector_id: string }> = await db.query(`SELECT id, sector_id FROM team WHERE sector_id IS NOT NULL ORDER BY name`);
    const secretaries: Array<{ id: string }> = await db.query(`SELECT id FROM app_user WHERE username LIKE 'secretary%' ORDER BY username`);
    let clock = Date.parse('2024-01-01T00:00:00Z');

    mine = [];
    for (let i = 0; i < 90; i++) {
      const [{ id }]: Array<{ id: string }> = await db.query(
        `INSERT INTO candidate (principal_id, identity_number, identity_kind, birth_date, first_name, last_name, home_municipality_concept_id, swedish_level, version)
         VALUES ($1, $2, 'PERSONNUMMER', '1990-01-01', 'Cell', 'Testperson', 'STvk_dra_M1X', 'SFI_C', 1) RETURNING id`,
        [pick(principals), `19900101-${String(9000 + i).padStart(4, '0')}`],
      );
      mine.push(id);
      let start = addDays('2021-01-01', days(500));
      const count = 1 + days(2);
      for (let n = 0; n < count && start <= '2023-12-31'; n++) {
        const last = n === count - 1;
        const exitOn = !last || rnd() < 0.6 ? addDays(start, days(220)) : null;
        const reason = exitOn ? pick(REASONS) : null;
        const work = reason?.startsWith('WORK_') ?? false;
        const check = work ? pick(['PENDING', 'LASTED', 'ENDED_WITHIN_MONTH']) : null;
        const met = rnd() < 0.85 ? addDays(start, days(4)) : null;
        const planned = rnd() < 0.7 ? addDays(start, days(9)) : null;
        const team = rnd() < 0.75 ? pick(teams) : null;
        const sectorOn = team ? addDays(start, days(9)) : null;
        // a statement per period, and for some people their whole history in one, so a statement can hold one person twice
        const [{ id: enrolmentId }]: Array<{ id: string }> = await db.query(
          `INSERT INTO enrolment (candidate_id, principal_id, first_contact_on, first_meeting_on, secretary_id, plan_established_on, working_days_to_plan,
                                  sector_chosen_on, sector_id, working_days_to_sector, team_id, exit_on, exit_reason, work_started_on, work_check, work_checked_on, version)
           SELECT c.id, c.principal_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1 FROM candidate c WHERE c.id = $1 RETURNING id`,
          [
            id, start, met, met ? pick(secretaries).id : null, planned, planned ? days(6) : null, sectorOn, team?.sector_id ?? null, sectorOn ? days(8) : null,
            team?.id ?? null, exitOn, reason, work ? exitOn : null, check, check && check !== 'PENDING' ? addDays(exitOn as string, 31) : null,
          ],
        );
        if (met) {
          const end = exitOn ?? addDays(start, 300);
          const held = Array.from({ length: days(6) }, () => addDays(met, days(Math.max(0, (Date.parse(end) - Date.parse(met)) / 86_400_000)))).sort();
          for (const on of held) {
            clock += 60_000;
            await db.query(
              `INSERT INTO candidate_follow_up (enrolment_id, candidate_id, principal_id, held_on, by_user_id, form, summary, next_on, created_at)
               SELECT e.id, e.candidate_id, e.principal_id, $2, $3, 'MEETING', 'Uppföljning.', $4, $5 FROM enrolment e WHERE e.id = $1`,
              [enrolmentId, on, pick(secretaries).id, addDays(on, 1 + days(6)), new Date(clock)],
            );
          }
        }
        if (!exitOn) break;
        start = addDays(exitOn, days(120));
      }
    }
    // updates and deletes: one row, many rows of one person, many people at once
    const periods: Array<{ id: string; candidate_id: string }> = await db.query(`SELECT id, candidate_id FROM enrolment WHERE candidate_id = ANY($1) ORDER BY id`, [mine]);
    for (const p of periods.filter(() => rnd() < 0.2)) {
      const team = pick(teams);
      await db.query(`UPDATE enrolment SET team_id = $2, sector_id = $3, sector_chosen_on = first_contact_on + 2, working_days_to_sector = 2 WHERE id = $1`, [p.id, team.id, team.sector_id]);
    }
    await db.query(`UPDATE enrolment SET secretary_id = $2 WHERE candidate_id = ANY($1) AND first_meeting_on IS NOT NULL`, [mine.slice(0, 30), secretaries[0].id]);
    await db.query(`UPDATE enrolment SET work_check = 'LASTED', work_checked_on = exit_on + 31 WHERE candidate_id = ANY($1) AND work_check = 'PENDING'`, [mine.slice(30, 60)]);
    await db.query(`UPDATE candidate_follow_up SET held_on = held_on + 3, next_on = next_on + 3 WHERE candidate_id = ANY($1)`, [mine.slice(10, 40)]);
    await db.query(`DELETE FROM candidate_follow_up WHERE candidate_id = ANY($1) AND extract(day FROM held_on)::int % 3 = 0`, [mine.slice(20, 70)]);
    const lastOpen: Array<{ id: string }> = await db.query(`SELECT id FROM enrolment WHERE candidate_id = ANY($1) AND exit_on IS NULL LIMIT 5`, [mine]);
    await db.query(`DELETE FROM candidate_follow_up WHERE enrolment_id = ANY($1)`, [lastOpen.map((e) => e.id)]);
    await db.query(`DELETE FROM enrolment WHERE id = ANY($1)`, [lastOpen.map((e) => e.id)]);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('every grouping over random periods agrees with the periods counted one by one', async () => {
    const periods: Period[] = await db.query(
      `SELECT id, candidate_id, principal_id, sector_id, team_id, secretary_id, to_char(first_contact_on, 'YYYY-MM-DD') AS first_contact_on,
              to_char(first_meeting_on, 'YYYY-MM-DD') AS first_meeting_on, to_char(plan_established_on, 'YYYY-MM-DD') AS plan_established_on, working_days_to_plan,
              to_char(sector_chosen_on, 'YYYY-MM-DD') AS sector_chosen_on, working_days_to_sector, to_char(exit_on, 'YYYY-MM-DD') AS exit_on, exit_reason, work_check
       FROM enrolment WHERE candidate_id = ANY($1)`,
      [mine],
    );
    const followUps: FollowUpRow[] = await db.query(
      `SELECT enrolment_id, to_char(held_on, 'YYYY-MM-DD') AS held_on, to_char(next_on, 'YYYY-MM-DD') AS next_on, created_at, id::text AS id FROM candidate_follow_up WHERE candidate_id = ANY($1)`,
      [mine],
    );
    expect(periods.length).toBeGreaterThan(150);
    expect(new Set(periods.map((p) => p.candidate_id)).size).toBeLessThan(periods.length); // people with more than one period
    const service = t.app.get(StatisticsService);
    const ctx = await readOnlySystemContext(db.manager, principals);
    const ranges: Array<[string, string]> = [['2022-01-01', '2022-12-31'], ['2021-03-15', '2021-04-10'], ['2021-01-01', '2023-12-31']];
    for (let i = 0; i < 6; i++) {
      const from = addDays('2021-01-01', days(900));
      ranges.push([from, addDays(from, days(400))]);
    }
    for (const [from, to] of ranges) {
      for (const groupBy of Object.values(StatisticsGroupBy)) {
        const result = await service.compute(ctx, { from, to, groupBy });
        const expected = oracle(periods, followUps, from, to, groupBy);
        const context = `${from}..${to} per ${groupBy}`;
        expect({ context, total: fromService(result.total) }).toEqual({ context, total: expected.total });
        expect({ context, groups: result.rows.map((r) => r.key ?? '').sort() }).toEqual({ context, groups: [...expected.groups.keys()].sort() });
        for (const row of result.rows) {
          expect({ context, key: row.key, row: fromService(row) }).toEqual({ context, key: row.key, row: expected.groups.get(row.key ?? '') });
        }
      }
    }
  }, 120_000);

  // two transactions at once need two sessions: embedded PGlite has one, shared by every client
  const withServer = process.env.DATABASE_URL ? it : it.skip;
  withServer('two transactions changing one person at once add up: one moves the end of a period, the other the next period’s secretary', async () => {
    // a person with two periods under one secretary: their pair in that grouping is what both transactions change
    const [person]: Array<{ first: string; second: string }> = await db.query(
      `SELECT a.id AS first, b.id AS second FROM enrolment a JOIN enrolment b ON b.candidate_id = a.candidate_id AND b.first_contact_on > a.first_contact_on
       WHERE a.candidate_id = ANY($1) AND a.exit_on > a.first_contact_on + 1 AND a.first_meeting_on IS NULL ORDER BY a.id LIMIT 1`,
      [mine],
    );
    const [shared, other]: Array<{ id: string }> = await db.query(`SELECT id FROM app_user WHERE username LIKE 'secretary%' ORDER BY username DESC LIMIT 2`);
    await db.query(`UPDATE enrolment SET secretary_id = $2 WHERE id = ANY($1)`, [[person.first, person.second], shared.id]);
    const ending = db.createQueryRunner();
    const moving = db.createQueryRunner();
    try {
      await ending.startTransaction();
      await ending.query(`UPDATE enrolment SET exit_on = exit_on - 1 WHERE id = $1`, [person.first]);
      await moving.startTransaction();
      const moved = moving.query(`UPDATE enrolment SET secretary_id = $2 WHERE id = $1`, [person.second, other.id]);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the second trigger waits for the person now
      await ending.commitTransaction();
      await moved;
      await moving.commitTransaction();
    } finally {
      await ending.release();
      await moving.release();
    }
    // checked against a rebuild below
  });

  it('the cells the triggers kept are the cells a rebuild makes, and folding changes no figure', async () => {
    const cells = () =>
      db.query(`SELECT principal_id, sector_id, team_id, secretary_id, measure, grain, x, y, value, SUM(n)::int AS n
                FROM (SELECT * FROM statistics_cell UNION ALL SELECT * FROM statistics_delta) c
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING SUM(n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`);
    const service = t.app.get(StatisticsService);
    const ctx = await readOnlySystemContext(db.manager, principals);
    const before = await service.compute(ctx, { from: '2021-06-01', to: '2023-05-31', groupBy: StatisticsGroupBy.SECTOR });
    const kept = await cells();
    await db.query(`SELECT statistics_fold()`);
    const [{ left }]: Array<{ left: number }> = await db.query(`SELECT count(*)::int AS left FROM statistics_delta`);
    expect(left).toBe(0);
    expect(await service.compute(ctx, { from: '2021-06-01', to: '2023-05-31', groupBy: StatisticsGroupBy.SECTOR })).toEqual(before);
    await db.query(`SELECT statistics_rebuild()`);
    expect(await cells()).toEqual(kept);
  }, 120_000);
});
