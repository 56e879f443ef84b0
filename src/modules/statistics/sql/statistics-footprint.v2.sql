-- What an enrolment period counts for in the statistics (its footprint), version 2: the definition the database runs,
-- created by migration StatisticsSql. The indicators it serves are defined in docs/rules.md ("Indicators the
-- software must compute exactly"); how the footprint is kept as daily and monthly cells is explained in migration
-- StatisticsCells, which created version 1. Version 2 asks the overdue rule of src/modules/plans/follow-up-rules.ts
-- (`follow_up_due_on`) instead of repeating it. A change is a new version: a new file and a migration that runs it.
CREATE OR REPLACE FUNCTION "statistics_footprint"(periods enrolment[], follow_ups candidate_follow_up[])
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
-- from each such day to the next, the day the next follow-up is due (the period's exit clips it below)
segments AS (
  SELECT l.id, l.t, lead(l.t) OVER (PARTITION BY l.id ORDER BY l.t) AS next_t,
         -- the overdue rule as of day t (follow-up-rules.ts): open on that day, knowing only what had happened by then
         follow_up_due_on(NULL, l.latest_next, CASE WHEN e.plan_established_on <= l.t THEN e.plan_established_on END,
                          CASE WHEN e.first_meeting_on <= l.t THEN e.first_meeting_on END) AS due
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
$$;
