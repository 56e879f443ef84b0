-- Recomputes the whole summary from the periods and follow-ups (after a bulk load with the triggers held off, see
-- migration RowLevelSecurity: a load sets brygga.loading, which the triggers' WHEN clause checks), in eight parts by
-- person so that memory stays bounded.
-- Version 2: the definition as migrations StatisticsCells and RowLevelSecurity left it, now in a file of its own.
CREATE OR REPLACE FUNCTION statistics_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
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
$function$;
