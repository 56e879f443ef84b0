/**
 * The statistics part of bench:feedback: a million enrolment periods generated in SQL in the benchmark's throwaway
 * database, and the statistics of one principal for one year timed in process (StatisticsService.compute) and
 * through GraphQL, as a manager asks for them.
 */
import type { INestApplication } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { addDays } from '../src/platform/context/clock.js';
import { systemContext } from '../src/platform/context/system-actor.js';
import { StatisticsGroupBy } from '../src/modules/statistics/statistics.enums.js';
import { StatisticsService } from '../src/modules/statistics/statistics.service.js';
import { summarise } from './metrics.js';

const PEOPLE = 600_000;
const PERIODS = 1_000_000;
const WARMUP = 3;
const RUNS = 20;

export interface LoadedStatistics {
  rows: number;
  description: string;
  principal: string;
  /** How long `statistics_rebuild()` took to make the summary cells of every period, and how many it made. */
  rebuildMs: number;
  cells: number;
}

/**
 * Generates PEOPLE people and PERIODS enrolment periods over three years (four in five in Trelleborg, the rest in
 * Svedala; a person's second period starts after the first ended), three in five exited with the docs/rules.md reasons,
 * plans, sectors, teams and secretaries from the demo, and a weekly follow-up for a third of them. Triggers (the
 * ranking's change feed, the statistics' deltas) and foreign-key checks are off while loading: the database is the
 * benchmark's own. The statistics' summary cells are then made in one go by `statistics_rebuild()`, as the
 * migration does for periods that exist before it.
 */
export async function loadStatisticsRows(db: DataSource, today: string): Promise<LoadedStatistics> {
  const [{ trelleborg, svedala }]: Array<{ trelleborg: string; svedala: string }> = await db.query(
    `SELECT (SELECT id FROM organisation WHERE kind = 'MUNICIPALITY' AND municipality_concept_id = 'STvk_dra_M1X') AS trelleborg,
            (SELECT id FROM organisation WHERE kind = 'MUNICIPALITY' AND municipality_concept_id = 'n6r4_fjK_kRr') AS svedala`,
  );
  const start = addDays(today, -3 * 365);
  await db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(
      `INSERT INTO candidate (id, principal_id, identity_number, identity_kind, birth_date, first_name, last_name, home_municipality_concept_id, swedish_level, version)
       SELECT ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, CASE WHEN i % 5 = 0 THEN $2::uuid ELSE $1::uuid END,
              to_char(date '1960-01-01' + (i % 15000), 'YYYYMMDD') || '-' || lpad((i / 15000)::text, 4, '0'), 'PERSONNUMMER',
              date '1960-01-01' + (i % 15000), 'Bench', 'Person', CASE WHEN i % 5 = 0 THEN 'n6r4_fjK_kRr' ELSE 'STvk_dra_M1X' END, 'SFI_C', 1
         FROM generate_series(1, $3::int) AS i`,
      [trelleborg, svedala, PEOPLE],
    );
    // two periods for the first PERIODS - PEOPLE people: the first ended, the second begun after it
    await em.query(
      `WITH staff AS (SELECT array_agg(t.id ORDER BY t.name) AS teams, array_agg(t.sector_id ORDER BY t.name) AS sectors FROM team t WHERE t.sector_id IS NOT NULL),
            secretaries AS (SELECT array_agg(id ORDER BY username) AS ids FROM app_user WHERE username LIKE 'secretary%'),
            periods AS (
              SELECT i, n, ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS candidate,
                     CASE WHEN i % 5 = 0 THEN $2::uuid ELSE $1::uuid END AS principal,
                     $3::date + CASE WHEN i > $5 THEN (hashint4(i * 7 + n) & 2047) % 1096
                                     WHEN n = 1 THEN (hashint4(i * 7 + n) & 511) % 400
                                     ELSE 500 + (hashint4(i * 7 + n) & 1023) % 596 END AS first_contact,
                     (hashint4(i * 13 + n) & 1023) AS r
                FROM generate_series(1, $4::int) AS i CROSS JOIN LATERAL generate_series(1, CASE WHEN i <= $5 THEN 2 ELSE 1 END) AS n),
            shaped AS (
              SELECT p.*, CASE WHEN (p.n = 1 AND p.i <= $5) OR p.r % 5 < 3 THEN LEAST(p.first_contact + 20 + p.r % 40, $6::date) END AS exit_on,
                     (ARRAY['WORK_UNSUBSIDISED','WORK_UNSUBSIDISED','WORK_SUBSIDISED','STUDIES_STUDENT_AID','STUDIES_OTHER','MUNICIPAL_LABOUR_MARKET_EMPLOYMENT','MOVED','SICKNESS_BENEFIT','OTHER_SUPPORT','UNKNOWN'])[1 + p.r % 10] AS reason
                FROM periods p WHERE p.first_contact <= $6::date)
       INSERT INTO enrolment (candidate_id, principal_id, first_contact_on, first_meeting_on, secretary_id, active_job_seeker, plan_established_on,
                              working_days_to_plan, sector_chosen_on, sector_id, working_days_to_sector, team_id, exit_on, exit_reason,
                              work_started_on, work_check, work_checked_on, version)
       SELECT s.candidate, s.principal, s.first_contact, s.first_contact, sec.ids[1 + s.r % 4], true,
              CASE WHEN s.r % 10 < 9 THEN s.first_contact + s.r % 3 END, CASE WHEN s.r % 10 < 9 THEN s.r % 3 END,
              s.first_contact + 3 + s.r % 5, st.sectors[1 + s.r % 10], 3 + s.r % 5, st.teams[1 + s.r % 10],
              s.exit_on, CASE WHEN s.exit_on IS NOT NULL THEN s.reason END,
              CASE WHEN s.exit_on IS NOT NULL AND s.reason LIKE 'WORK_%' THEN s.exit_on END,
              CASE WHEN s.exit_on IS NOT NULL AND s.reason LIKE 'WORK_%' THEN (CASE WHEN s.exit_on + 31 <= $6::date THEN (CASE WHEN s.r % 7 = 0 THEN 'ENDED_WITHIN_MONTH' ELSE 'LASTED' END) ELSE 'PENDING' END) END,
              CASE WHEN s.exit_on IS NOT NULL AND s.reason LIKE 'WORK_%' AND s.exit_on + 31 <= $6::date THEN s.exit_on + 31 END,
              1
         FROM shaped s, staff st, secretaries sec`,
      [trelleborg, svedala, start, PEOPLE, PERIODS - PEOPLE, today],
    );
    await em.query(
      `INSERT INTO candidate_follow_up (enrolment_id, candidate_id, principal_id, held_on, by_user_id, form, summary, next_on)
       SELECT e.id, e.candidate_id, e.principal_id, d.held, e.secretary_id, 'MEETING', 'Veckouppföljning.', d.held + 7
         FROM enrolment e CROSS JOIN LATERAL (SELECT LEAST(e.first_contact_on + 7, COALESCE(e.exit_on, $1::date)) AS held) d
        WHERE e.candidate_id::text LIKE 'c0000000-%' AND hashint4(e.first_contact_on - date '2000-01-01') % 3 = 0`,
      [today],
    );
  });
  await db.query(`ANALYZE candidate; ANALYZE enrolment; ANALYZE candidate_follow_up`);
  const started = performance.now();
  await db.query(`SELECT statistics_rebuild()`);
  const rebuildMs = performance.now() - started;
  await db.query(`VACUUM ANALYZE statistics_cell`);
  const [{ n, cells }]: Array<{ n: number; cells: number }> = await db.query(`SELECT (SELECT count(*)::int FROM enrolment) AS n, (SELECT count(*)::int FROM statistics_cell) AS cells`);
  return { rows: n, description: `${PEOPLE.toLocaleString('en')} generated people over three years, plus the demo`, principal: trelleborg, rebuildMs, cells };
}

/**
 * The year's statistics for Trelleborg, per sector, team and secretary, in process and as manager1 through GraphQL;
 * and a year that ended half a year ago, whose bounds cut months at both ends.
 */
export async function timeStatistics(
  app: INestApplication,
  api: { as<T = Record<string, any>>(username: string, query: string, variables?: Record<string, unknown>): Promise<T> },
  loaded: LoadedStatistics,
  today: string,
): Promise<Array<{ label: string; p50: number; p95: number; n: number; target: boolean }>> {
  const db = app.get(DataSource);
  const [{ manager }]: Array<{ manager: string }> = await db.query(`SELECT id AS manager FROM app_user WHERE username = 'manager1'`);
  const ctx = await systemContext(db.manager, loaded.principal, manager, 'benchmark');
  const service = app.get(StatisticsService);
  const from = addDays(today, -364);
  const results: Array<{ label: string; p50: number; p95: number; n: number; target: boolean }> = [];
  const time = async (label: string, target: boolean, run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let k = 0; k < WARMUP + RUNS; k++) {
      const s = performance.now();
      await run();
      if (k >= WARMUP) times.push(performance.now() - s);
    }
    results.push({ label, target, ...summarise(times) });
  };
  for (const groupBy of [StatisticsGroupBy.SECTOR, StatisticsGroupBy.TEAM, StatisticsGroupBy.SECRETARY]) {
    await time(`a year, Trelleborg, per ${groupBy.toLowerCase()}, in process`, groupBy === StatisticsGroupBy.SECTOR, () =>
      service.compute(ctx, { from, to: today, groupBy, principalIds: [loaded.principal] }),
    );
  }
  const pastTo = addDays(today, -182);
  await time('a year ending half a year ago, Trelleborg, per sector, in process', false, () =>
    service.compute(ctx, { from: addDays(pastTo, -364), to: pastTo, groupBy: StatisticsGroupBy.SECTOR, principalIds: [loaded.principal] }),
  );
  const QUERY = `query($from: String!, $to: String!, $p: ID) { statistics(from: $from, to: $to, groupBy: SECTOR, principalId: $p) { rows { label enrolled } } }`;
  await time('a year, Trelleborg, per sector, through GraphQL', false, () => api.as('manager1', QUERY, { from, to: today, p: loaded.principal }));
  return results;
}
