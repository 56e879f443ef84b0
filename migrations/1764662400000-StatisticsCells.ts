import type { MigrationInterface, QueryRunner } from "typeorm";

/** The footprint as this migration made it (version 1); StatisticsSql replaces it, and restores it when reverted. */
export const FOOTPRINT_V1 = `CREATE FUNCTION "statistics_footprint"(periods enrolment[], follow_ups candidate_follow_up[])
RETURNS TABLE (principal_id uuid, sector_id uuid, team_id uuid, secretary_id uuid, measure text, x date, y date, value integer, n integer)
LANGUAGE sql STABLE AS $$
WITH e AS (SELECT * FROM unnest(periods)),
-- the days the follow-up rule's due day may change: first meeting, plan, each follow-up (in the order held, then recorded)
steps AS (
  SELECT e.id, e.first_meeting_on AS t, 0 AS fu, NULL::timestamptz AS recorded, NULL::uuid AS fu_id, NULL::date AS next_on FROM e WHERE e.first_meeting_on IS NOT NULL
  UNION ALL SELECT e.id, e.plan_established_on, 0, NULL, NULL, NULL FROM e WHERE e.plan_established_on IS NOT NULL
  UNION ALL SELECT f.enrolment_id, f.held_on, 1, f.created_at, f.id, f.next_on FROM unnest(follow_ups) f
),
numbered AS (
  SELECT s.*, SUM(s.fu) OVER (PARTITION BY s.id ORDER BY s.t, s.fu, s.recorded, s.fu_id ROWS UNBOUNDED PRECEDING) AS held,
         row_number() OVER (PARTITION BY s.id, s.t ORDER BY s.fu DESC, s.recorded DESC, s.fu_id DESC) AS from_end_of_day
  FROM steps s),
latest AS (SELECT s.id, s.t, s.from_end_of_day, MAX(s.next_on) OVER (PARTITION BY s.id, s.held) AS latest_next FROM numbered s),
-- from each such day to the next, the day the next follow-up is due
segments AS (
  SELECT l.id, l.t, lead(l.t) OVER (PARTITION BY l.id ORDER BY l.t) AS next_t,
         COALESCE(l.latest_next, CASE WHEN e.plan_established_on <= l.t THEN e.plan_established_on + 7 END,
                  CASE WHEN e.first_meeting_on <= l.t THEN e.first_meeting_on + 7 END) AS due
  FROM latest l JOIN e ON e.id = l.id WHERE l.from_end_of_day = 1),
overdue AS (
  SELECT o.* FROM (
    SELECT s.id, GREATEST(s.t, s.due + 1, e.first_contact_on) AS since, LEAST(s.next_t, e.exit_on) AS until
    FROM segments s JOIN e ON e.id = s.id WHERE s.due IS NOT NULL) o
  WHERE o.until IS NULL OR o.since < o.until),
events AS (
  SELECT e.id, 'first_contact' AS measure, e.first_contact_on AS x, 0 AS value FROM e
  UNION ALL SELECT e.id, 'exit:' || e.exit_reason || ':' || COALESCE(e.work_check, ''), e.exit_on, 0 FROM e WHERE e.exit_on IS NOT NULL
  UNION ALL SELECT e.id, 'plan_from', GREATEST(e.first_contact_on, e.plan_established_on), 0 FROM e
    WHERE e.plan_established_on IS NOT NULL AND (e.exit_on IS NULL OR e.exit_on > GREATEST(e.first_contact_on, e.plan_established_on))
  UNION ALL SELECT e.id, 'plan_until', e.exit_on, 0 FROM e
    WHERE e.plan_established_on IS NOT NULL AND e.exit_on > GREATEST(e.first_contact_on, e.plan_established_on)
  UNION ALL SELECT o.id, 'overdue_from', o.since, 0 FROM overdue o
  UNION ALL SELECT o.id, 'overdue_until', o.until, 0 FROM overdue o WHERE o.until IS NOT NULL
  UNION ALL SELECT e.id, 'days_to_plan', e.plan_established_on, e.working_days_to_plan FROM e
    WHERE e.plan_established_on IS NOT NULL AND e.working_days_to_plan IS NOT NULL
  UNION ALL SELECT e.id, 'days_to_sector', e.sector_chosen_on, e.working_days_to_sector FROM e
    WHERE e.sector_chosen_on IS NOT NULL AND e.working_days_to_sector IS NOT NULL
),
-- each period with the one before it of the same person: in all, and within its sector, team and secretary
chained AS (
  SELECT e.principal_id AS p, e.sector_id AS s, e.team_id AS t, e.secretary_id AS r, e.first_contact_on AS fc,
         lag(e.exit_on) OVER w_all AS all_exit, lag(e.first_contact_on) OVER w_all AS all_fc,
         lag(e.exit_on) OVER w_sector AS sector_exit, lag(e.first_contact_on) OVER w_sector AS sector_fc,
         lag(e.exit_on) OVER w_team AS team_exit, lag(e.first_contact_on) OVER w_team AS team_fc,
         lag(e.exit_on) OVER w_secretary AS secretary_exit, lag(e.first_contact_on) OVER w_secretary AS secretary_fc
  FROM e
  WINDOW w_all AS (PARTITION BY e.candidate_id ORDER BY e.first_contact_on, e.id),
         w_sector AS (PARTITION BY e.candidate_id, e.sector_id ORDER BY e.first_contact_on, e.id),
         w_team AS (PARTITION BY e.candidate_id, e.team_id ORDER BY e.first_contact_on, e.id),
         w_secretary AS (PARTITION BY e.candidate_id, e.secretary_id ORDER BY e.first_contact_on, e.id)),
-- a pair is there when the period has one before it (in the grouping, only the grouping's own column is kept)
pairs AS (
  SELECT c.p, pair.s, pair.t, pair.r, pair.measure, pair.x, c.fc AS y
  FROM chained c CROSS JOIN LATERAL (VALUES
    ('again:ALL', c.all_exit, NULL::uuid, NULL::uuid, NULL::uuid), ('again_new:ALL', c.all_fc, NULL, NULL, NULL),
    ('again:SECTOR', c.sector_exit, c.s, NULL, NULL), ('again_new:SECTOR', c.sector_fc, c.s, NULL, NULL),
    ('again:TEAM', c.team_exit, NULL, c.t, NULL), ('again_new:TEAM', c.team_fc, NULL, c.t, NULL),
    ('again:SECRETARY', c.secretary_exit, NULL, NULL, c.r), ('again_new:SECRETARY', c.secretary_fc, NULL, NULL, c.r)
  ) AS pair(measure, x, s, t, r)
  WHERE pair.x IS NOT NULL)
SELECT e.principal_id, e.sector_id, e.team_id, e.secretary_id, ev.measure, ev.x, NULL::date, ev.value, COUNT(*)::int
FROM events ev JOIN e ON e.id = ev.id GROUP BY 1, 2, 3, 4, 5, 6, 8
UNION ALL
SELECT pr.p, pr.s, pr.t, pr.r, pr.measure, pr.x, pr.y, 0, COUNT(*)::int FROM pairs pr GROUP BY 1, 2, 3, 4, 5, 6, 7
$$`;

/**
 * The statistics' summary: every enrolment period's part in the indicators (docs/rules.md, "Indicators the software
 * must compute exactly"), kept as counts per day and month, so a year of a large principal is a few thousand rows
 * to add up rather than every period of it to read (issue 5: < 200 ms over a million periods).
 *
 * What a person counts for (their *footprint*, `statistics_footprint`) is derived from their enrolment periods and
 * follow-ups alone, as dated events of their periods' groups (principal, sector, team, secretary):
 * - `first_contact` on the first contact, `exit:<reason>:<work check>` on the exit day: with them, the periods
 *   overlapping any period, enrolled and exited in it, and open at its end are sums over days;
 * - `plan_from`/`plan_until`: the days the period is open with an established plan ([later of first contact and
 *   plan, exit));
 * - `overdue_from`/`overdue_until`: the days the period is open and its weekly follow-up overdue, by the overdue
 *   rule (follow-up-rules.ts `followUpDueOn`, as of each day: the latest follow-up held by then sets the next day,
 *   else seven days after the plan, else after the first meeting; overdue from the day after it is due);
 * - `days_to_plan`/`days_to_sector` on the day, with the working days as `value`, for the medians;
 * - pairs (`x`, `y`) of a person's consecutive periods within a grouping (ALL, SECTOR, TEAM, SECRETARY):
 *   `again:<dim>` (the first's exit, the second's first contact) and `again_new:<dim>` (both first contacts). Two
 *   periods of one person both fall in a period exactly when their pair does, so distinct people are periods less
 *   the pairs inside it. This needs a person's periods in order: each begins on or after the one before ended,
 *   which enrolment enforces (CandidatesService.enrol).
 *
 * Events are stored at day (`D`) and month (`M`) grain, pairs at the four combinations (`DD`, `DM`, `MD`, `MM`):
 * a query reads day grain only in the months its bounds cut, month grain elsewhere (StatisticsService).
 *
 * Statement triggers on `enrolment` and `candidate_follow_up` append the difference between the changed people's
 * footprints before and after to `statistics_delta`, in the writing transaction: append-only, so writers never
 * wait for one another on a shared count (only two changes to one person take turns, so their differences add
 * up). A scheduled job folds the deltas into `statistics_cell` (`statistics_fold`); queries add both, so the
 * figures are exact whether or not the fold has run. `statistics_rebuild` recomputes everything from the periods
 * (here, for the periods that already exist; and after a bulk load with triggers off).
 */
export class StatisticsCells1764662400000 implements MigrationInterface {
    name = 'StatisticsCells1764662400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const columns = `"principal_id" uuid NOT NULL, "sector_id" uuid, "team_id" uuid, "secretary_id" uuid, "measure" text NOT NULL, "grain" text NOT NULL, "x" date NOT NULL, "y" date, "value" integer NOT NULL DEFAULT 0, "n" integer NOT NULL`;
        await queryRunner.query(`CREATE TABLE "statistics_cell" (${columns})`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_statistics_cell" ON "statistics_cell" ("principal_id", "grain", "x", "y", "measure", "value", "sector_id", "team_id", "secretary_id") NULLS NOT DISTINCT`);
        await queryRunner.query(`CREATE TABLE "statistics_delta" (${columns})`);
        await queryRunner.query(`CREATE INDEX "IDX_candidate_follow_up_candidate" ON "candidate_follow_up" ("candidate_id")`);

        await queryRunner.query(FOOTPRINT_V1);

        // the change between two states of the same people, at every grain, into the delta. PL/pgSQL with a generic
        // plan, so that the statement's plan (with the footprints inlined) is made once per connection, not at every
        // write. The planner cannot know how many periods an array holds (it guesses ten): without nested loops the
        // footprint's joins stay linear when a rebuild passes a hundred thousand, and without JIT small writes are not
        // compiled for the cost the disabled nested loops put on the plan.
        await queryRunner.query(`CREATE FUNCTION "statistics_record"(after_periods enrolment[], after_follow_ups candidate_follow_up[], before_periods enrolment[], before_follow_ups candidate_follow_up[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan SET enable_nestloop = off SET jit = off AS $$
BEGIN
INSERT INTO statistics_delta (principal_id, sector_id, team_id, secretary_id, measure, grain, x, y, value, n)
SELECT c.principal_id, c.sector_id, c.team_id, c.secretary_id, c.measure, gx.grain || COALESCE(gy.grain, ''), gx.x, gy.y, c.value, SUM(c.n)::int
FROM (SELECT * FROM statistics_footprint(after_periods, after_follow_ups)
      UNION ALL
      SELECT b.principal_id, b.sector_id, b.team_id, b.secretary_id, b.measure, b.x, b.y, b.value, -b.n FROM statistics_footprint(before_periods, before_follow_ups) b) c
CROSS JOIN LATERAL (VALUES ('D', c.x), ('M', date_trunc('month', c.x)::date)) AS gx(grain, x)
CROSS JOIN LATERAL (SELECT 'D' AS grain, c.y AS y WHERE c.y IS NOT NULL
                    UNION ALL SELECT 'M', date_trunc('month', c.y)::date WHERE c.y IS NOT NULL
                    UNION ALL SELECT NULL, NULL WHERE c.y IS NULL) AS gy
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
HAVING SUM(c.n) <> 0;
END
$$`);

        // one fold at a time (a fold that finds another running leaves its deltas to the next); the rebuild waits for it
        await queryRunner.query(`CREATE FUNCTION "statistics_fold"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('statistics_fold')) THEN
    RETURN;
  END IF;
  WITH moved AS (DELETE FROM statistics_delta RETURNING *)
  INSERT INTO statistics_cell AS c (principal_id, sector_id, team_id, secretary_id, measure, grain, x, y, value, n)
  SELECT m.principal_id, m.sector_id, m.team_id, m.secretary_id, m.measure, m.grain, m.x, m.y, m.value, SUM(m.n)::int
  FROM moved m GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT ("principal_id", "grain", "x", "y", "measure", "value", "sector_id", "team_id", "secretary_id") DO UPDATE SET n = c.n + EXCLUDED.n;
END
$$`);

        // in eight parts by person, so no part's arrays grow with the whole table; the parts' deltas are then added
        // up into the cells at once (the table is the rebuild's alone until it commits)
        await queryRunner.query(`CREATE FUNCTION "statistics_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  part integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('statistics_fold'));
  PERFORM set_config('work_mem', '256MB', true);
  TRUNCATE statistics_cell, statistics_delta;
  FOR part IN 0..7 LOOP
    PERFORM statistics_record(
      ARRAY(SELECT e FROM enrolment e WHERE hashtext(e.candidate_id::text) & 7 = part),
      ARRAY(SELECT f FROM candidate_follow_up f WHERE hashtext(f.candidate_id::text) & 7 = part),
      '{}', '{}');
  END LOOP;
  INSERT INTO statistics_cell (principal_id, sector_id, team_id, secretary_id, measure, grain, x, y, value, n)
  SELECT d.principal_id, d.sector_id, d.team_id, d.secretary_id, d.measure, d.grain, d.x, d.y, d.value, SUM(d.n)::int
  FROM statistics_delta d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  TRUNCATE statistics_delta;
END
$$`);

        // one trigger function for both tables: the people a statement touched, their periods and follow-ups now,
        // and as they were before it (the changed table's new rows taken out, its old rows put back). Each statement
        // reads the committed state afresh (READ COMMITTED, as every write in Brygga runs).
        await queryRunner.query(`CREATE FUNCTION "statistics_changed"() RETURNS trigger LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  people uuid[];
  person uuid;
  periods enrolment[];
  follow_ups candidate_follow_up[];
  periods_before enrolment[];
  follow_ups_before candidate_follow_up[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    people := ARRAY(SELECT DISTINCT n.candidate_id FROM new_rows n);
  ELSIF TG_OP = 'UPDATE' THEN
    people := ARRAY(SELECT n.candidate_id FROM new_rows n UNION SELECT o.candidate_id FROM old_rows o);
  ELSE
    people := ARRAY(SELECT DISTINCT o.candidate_id FROM old_rows o);
  END IF;
  IF cardinality(people) = 0 THEN
    RETURN NULL;
  END IF;
  -- one writer per person at a time, until it commits: a concurrent change to the same person (a follow-up while
  -- the period closes) then reads this one's result as its before, and the two deltas add up to the change
  FOR person IN SELECT p FROM unnest(people) AS p ORDER BY p LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended(person::text, 0));
  END LOOP;
  periods := ARRAY(SELECT e FROM enrolment e WHERE e.candidate_id = ANY(people));
  follow_ups := ARRAY(SELECT f FROM candidate_follow_up f WHERE f.candidate_id = ANY(people));
  periods_before := periods;
  follow_ups_before := follow_ups;
  IF TG_TABLE_NAME = 'enrolment' THEN
    IF TG_OP <> 'DELETE' THEN
      periods_before := ARRAY(SELECT e FROM unnest(periods) e WHERE e.id NOT IN (SELECT n.id FROM new_rows n));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      periods_before := periods_before || ARRAY(SELECT o::enrolment FROM old_rows o);
    END IF;
  ELSE
    IF TG_OP <> 'DELETE' THEN
      follow_ups_before := ARRAY(SELECT f FROM unnest(follow_ups) f WHERE f.id NOT IN (SELECT n.id FROM new_rows n));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      follow_ups_before := follow_ups_before || ARRAY(SELECT o::candidate_follow_up FROM old_rows o);
    END IF;
  END IF;
  PERFORM statistics_record(periods, follow_ups, periods_before, follow_ups_before);
  RETURN NULL;
END
$$`);
        for (const table of ["enrolment", "candidate_follow_up"]) {
            await queryRunner.query(`CREATE TRIGGER "TRG_${table}_statistics_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed()`);
            await queryRunner.query(`CREATE TRIGGER "TRG_${table}_statistics_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed()`);
            await queryRunner.query(`CREATE TRIGGER "TRG_${table}_statistics_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed()`);
        }
        await queryRunner.query(`SELECT statistics_rebuild()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ["enrolment", "candidate_follow_up"]) {
            for (const op of ["insert", "update", "delete"]) await queryRunner.query(`DROP TRIGGER "TRG_${table}_statistics_${op}" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION "statistics_changed"()`);
        await queryRunner.query(`DROP FUNCTION "statistics_rebuild"()`);
        await queryRunner.query(`DROP FUNCTION "statistics_fold"()`);
        await queryRunner.query(`DROP FUNCTION "statistics_record"(enrolment[], candidate_follow_up[], enrolment[], candidate_follow_up[])`);
        await queryRunner.query(`DROP FUNCTION "statistics_footprint"(enrolment[], candidate_follow_up[])`);
        await queryRunner.query(`DROP INDEX "IDX_candidate_follow_up_candidate"`);
        await queryRunner.query(`DROP TABLE "statistics_delta"`);
        await queryRunner.query(`DROP TABLE "statistics_cell"`);
    }

}
