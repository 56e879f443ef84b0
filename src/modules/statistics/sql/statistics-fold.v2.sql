-- Folds the appended differences (statistics_delta) into the summary (statistics_cell), run by a scheduled job
-- (fold-cells.processor.ts). Queries add both tables, so the figures are exact whether or not the fold has run; a
-- fold already running makes a second return at once. Runs as the owner (SECURITY DEFINER): the summary holds
-- everyone's counts, whoever's job runs it.
-- Version 2: the definition as migrations StatisticsCells and RowLevelSecurity left it, now in a file of its own.
CREATE OR REPLACE FUNCTION statistics_fold()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
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
$function$;
