/** For the specs beside the statistics' SQL: an in-memory PostgreSQL (PGlite) with the files loaded. Not a spec itself. */
import { PGlite } from '@electric-sql/pglite';
import { FOLLOW_UP_DUE_ON_SQL } from '../../plans/follow-up-rules.js';
import { STATISTICS_SQL_FILES, statisticsSql } from './statistics-sql.js';

const CELL_COLUMNS = `principal_id uuid NOT NULL, sector_id uuid, team_id uuid, secretary_id uuid, measure text NOT NULL, grain text NOT NULL,
  x date NOT NULL, y date, value integer NOT NULL DEFAULT 0, n integer NOT NULL`;

/**
 * The tables with just the columns the SQL reads, `follow_up_due_on`, every statistics file, and the statement
 * triggers on the periods and follow-ups as migration RowLevelSecurity creates them.
 */
export async function statisticsDatabase(): Promise<PGlite> {
  const db = await PGlite.create();
  await db.exec(`
    CREATE TABLE enrolment (id uuid PRIMARY KEY, candidate_id uuid NOT NULL, principal_id uuid NOT NULL, sector_id uuid, team_id uuid,
      secretary_id uuid, first_contact_on date NOT NULL, first_meeting_on date, plan_established_on date, sector_chosen_on date,
      exit_on date, exit_reason text, work_check text, working_days_to_plan int, working_days_to_sector int);
    CREATE TABLE candidate_follow_up (id uuid PRIMARY KEY, candidate_id uuid NOT NULL, enrolment_id uuid NOT NULL, held_on date NOT NULL,
      next_on date NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE statistics_cell (${CELL_COLUMNS});
    CREATE UNIQUE INDEX "UQ_statistics_cell" ON statistics_cell (principal_id, grain, x, y, measure, value, sector_id, team_id, secretary_id) NULLS NOT DISTINCT;
    CREATE TABLE statistics_delta (${CELL_COLUMNS});`);
  await db.query(FOLLOW_UP_DUE_ON_SQL);
  for (const file of STATISTICS_SQL_FILES) await db.exec(statisticsSql(file));
  for (const table of ['enrolment', 'candidate_follow_up']) {
    await db.exec(`
      CREATE TRIGGER ${table}_i AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed();
      CREATE TRIGGER ${table}_u AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed();
      CREATE TRIGGER ${table}_d AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_changed();`);
  }
  return db;
}
