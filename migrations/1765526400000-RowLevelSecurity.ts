import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tables of people's data whose rows carry their principal: who may read a row may read its principal's people. */
const BY_PRINCIPAL = [
    'candidate', 'enrolment', 'consent', 'candidate_follow_up', 'plan', 'sfi_enrolment', 'sfi_note', 'placement',
    'placement_stage_change', 'internship_check_in', 'shortlist_entry', 'meeting_invitation', 'meeting_interview',
    'ranking_change', 'retention_report',
];

/** Tables of people's data whose rows belong to a plan. */
const BY_PLAN = ['plan_activity', 'plan_revision'];

/** The statistics' triggers (migration StatisticsCells), by table and operation, with their transition tables. */
const STATISTICS_TRIGGERS = ['enrolment', 'candidate_follow_up'].flatMap((table) => [
    { table, op: 'insert', referencing: 'REFERENCING NEW TABLE AS new_rows' },
    { table, op: 'update', referencing: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows' },
    { table, op: 'delete', referencing: 'REFERENCING OLD TABLE AS old_rows' },
]);

/** Functions the database runs on everyone's rows whoever causes them: the statistics and the ranking's change feed. */
const DEFINERS = ['statistics_changed()', 'statistics_rebuild()', 'statistics_fold()', 'ranking_change_record()'];

/**
 * Row-level security, the second lock behind the application's own scoping (src/platform/database/row-security.ts):
 *
 * - `brygga_app`, the role the application's connections act as: no login, owns nothing, NOBYPASSRLS, with
 *   the rights to read and write rows and nothing else. Tables made by later migrations are granted by default.
 * - `brygga_may_read(principal)` and `brygga_may_write(principal)`: whether the session's settings
 *   `brygga.read_principals` / `brygga.write_principals` (a comma-separated list of principal ids, or `*` for the
 *   system's own maintenance) name the principal. Unset or empty names none.
 * - Policies on every table of people's data: a row is seen by those who may read its principal, and written by those
 *   who may write it. The access log is written by every reader (a read is logged by whoever reads), and so is a
 *   principal's export (its reviewer starts it without writing anything else). Change history is people's data for
 *   the kinds that are people (CANDIDATE, CONSENT); the history of agreements, employers and openings is not.
 *
 * - The statistics and the ranking's change feed are the database's own bookkeeping over everyone's rows: their
 *   functions run as the owner (SECURITY DEFINER), so a person's figures are computed from all their periods whoever
 *   changes one, and the rebuild may empty the summary tables. The statistics' triggers are skipped while a principal's
 *   package is loaded (`brygga.loading`, set by the import, which recomputes the figures at the end) instead of being
 *   switched off, which only the owner may do.
 *
 * The migrations run as the connecting owner, who bypasses the policies (a backfill sees every row).
 */
export class RowLevelSecurity1765526400000 implements MigrationInterface {
    name = 'RowLevelSecurity1765526400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DO $$ BEGIN
            CREATE ROLE brygga_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
        await queryRunner.query(`GRANT USAGE ON SCHEMA public TO brygga_app`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO brygga_app`);
        await queryRunner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO brygga_app`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO brygga_app`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO brygga_app`);

        for (const kind of ['read', 'write']) {
            await queryRunner.query(`CREATE FUNCTION brygga_may_${kind}(principal uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT CASE coalesce(current_setting('brygga.${kind}_principals', true), '')
                    WHEN '*' THEN true
                    WHEN '' THEN false
                    ELSE principal = ANY (string_to_array(current_setting('brygga.${kind}_principals', true), ',')::uuid[])
                END
            $$`);
        }

        for (const table of BY_PRINCIPAL) {
            await this.protect(queryRunner, table, `brygga_may_read(principal_id)`, `brygga_may_write(principal_id)`);
        }
        for (const table of BY_PLAN) {
            const of = (kind: string) => `EXISTS (SELECT 1 FROM plan p WHERE p.id = plan_id AND brygga_may_${kind}(p.principal_id))`;
            await this.protect(queryRunner, table, of('read'), of('write'));
        }
        await this.protect(queryRunner, 'access_log_entry', `brygga_may_read(principal_id)`, `brygga_may_write(principal_id)`, `brygga_may_read(principal_id)`);
        await this.protect(queryRunner, 'principal_export', `brygga_may_read(principal_id)`, `brygga_may_read(principal_id)`);
        const person = `kind NOT IN ('CANDIDATE', 'CONSENT')`;
        await this.protect(queryRunner, 'record_change', `${person} OR brygga_may_read(principal_id)`, `${person} OR brygga_may_write(principal_id)`);

        for (const fn of DEFINERS) await queryRunner.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = public, pg_temp`);
        await this.statisticsTriggers(queryRunner, `WHEN (current_setting('brygga.loading', true) IS DISTINCT FROM 'on')`);
    }

    private async statisticsTriggers(queryRunner: QueryRunner, when: string): Promise<void> {
        for (const { table, op, referencing } of STATISTICS_TRIGGERS) {
            const name = `TRG_${table}_statistics_${op}`;
            await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
            await queryRunner.query(`CREATE TRIGGER "${name}" AFTER ${op.toUpperCase()} ON "${table}" ${referencing} FOR EACH STATEMENT ${when} EXECUTE FUNCTION statistics_changed()`);
        }
    }

    /** Turns on row-level security for `table`: reading by `read`, changing by `write`, adding by `insert` (else `write`). */
    private async protect(queryRunner: QueryRunner, table: string, read: string, write: string, insert = write): Promise<void> {
        await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
        await queryRunner.query(`CREATE POLICY "${table}_read" ON "${table}" FOR SELECT USING (${read})`);
        await queryRunner.query(`CREATE POLICY "${table}_insert" ON "${table}" FOR INSERT WITH CHECK (${insert})`);
        await queryRunner.query(`CREATE POLICY "${table}_update" ON "${table}" FOR UPDATE USING (${write}) WITH CHECK (${write})`);
        await queryRunner.query(`CREATE POLICY "${table}_delete" ON "${table}" FOR DELETE USING (${write})`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await this.statisticsTriggers(queryRunner, '');
        for (const fn of DEFINERS) await queryRunner.query(`ALTER FUNCTION ${fn} SECURITY INVOKER RESET search_path`);
        for (const table of [...BY_PRINCIPAL, ...BY_PLAN, 'access_log_entry', 'principal_export', 'record_change']) {
            for (const command of ['read', 'insert', 'update', 'delete']) await queryRunner.query(`DROP POLICY "${table}_${command}" ON "${table}"`);
            await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
        }
        await queryRunner.query(`DROP FUNCTION brygga_may_read(uuid)`);
        await queryRunner.query(`DROP FUNCTION brygga_may_write(uuid)`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM brygga_app`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM brygga_app`);
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM brygga_app`);
        await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM brygga_app`);
        await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM brygga_app`);
    }

}
