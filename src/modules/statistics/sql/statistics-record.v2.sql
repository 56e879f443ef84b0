-- The change between two states of the same people's periods and follow-ups, at every grain, appended to
-- statistics_delta: each footprint row (statistics-footprint.v2.sql) at day (D) and month (M) grain, pairs at the four
-- combinations (DD, DM, MD, MM), the state before counted negative. PL/pgSQL with a generic plan, so that the plan with
-- the footprints inlined is made once per connection, not at every write; the planner cannot know how many periods an
-- array holds (it guesses ten): without nested loops the joins stay linear when a rebuild passes a hundred thousand,
-- and without JIT small writes are not compiled for the cost the disabled nested loops put on the plan.
-- Version 2: the definition as migrations StatisticsCells and RowLevelSecurity left it, now in a file of its own.
CREATE OR REPLACE FUNCTION statistics_record(after_periods enrolment[], after_follow_ups candidate_follow_up[], before_periods enrolment[], before_follow_ups candidate_follow_up[])
 RETURNS void
 LANGUAGE plpgsql
 SET plan_cache_mode TO 'force_generic_plan'
 SET enable_nestloop TO 'off'
 SET jit TO 'off'
AS $function$
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
$function$;
