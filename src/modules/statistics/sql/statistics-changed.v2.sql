-- The statement trigger on enrolment and candidate_follow_up: the changed people's footprints before and after the
-- statement, as a difference appended to statistics_delta in the writing transaction. Append-only, so writers never
-- wait on a shared count; only two changes to the same person take turns (an advisory lock per person), so their
-- differences add up. Runs as the owner: a person's figures come from all their periods, whoever writes.
-- Version 2: the definition as migrations StatisticsCells and RowLevelSecurity left it, now in a file of its own.
CREATE OR REPLACE FUNCTION statistics_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET plan_cache_mode TO 'force_generic_plan'
 SET search_path TO 'public', 'pg_temp'
AS $function$
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
$function$;
