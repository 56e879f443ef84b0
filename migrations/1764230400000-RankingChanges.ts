import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ranking's change feed: every write to what a candidate's ranking depends on (the candidate row, their
 * enrolment periods, their consents) appends the candidate's id, stamped with the writing transaction's id, so
 * that a process holding a prepared candidate pool patches just those people instead of rebuilding the pool.
 * Triggers rather than application code, so no write path (a migration, a script, psql) can forget it.
 */
export class RankingChanges1764230400000 implements MigrationInterface {
    name = 'RankingChanges1764230400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ranking_change" ("seq" bigint GENERATED ALWAYS AS IDENTITY, "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(), "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ranking_change" PRIMARY KEY ("seq"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ranking_change_xid" ON "ranking_change" ("xid")`);
        await queryRunner.query(`CREATE INDEX "IDX_ranking_change_changed_at" ON "ranking_change" ("changed_at")`);
        // TG_ARGV[0] names the column holding the candidate's id (id on candidate, candidate_id elsewhere)
        await queryRunner.query(`CREATE FUNCTION "ranking_change_record"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  INSERT INTO ranking_change (candidate_id, principal_id)
  VALUES ((row_data ->> TG_ARGV[0])::uuid, (row_data ->> 'principal_id')::uuid);
  RETURN NULL;
END
$$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_candidate_ranking_change" AFTER INSERT OR UPDATE OR DELETE ON "candidate" FOR EACH ROW EXECUTE FUNCTION ranking_change_record('id')`);
        await queryRunner.query(`CREATE TRIGGER "TRG_enrolment_ranking_change" AFTER INSERT OR UPDATE OR DELETE ON "enrolment" FOR EACH ROW EXECUTE FUNCTION ranking_change_record('candidate_id')`);
        await queryRunner.query(`CREATE TRIGGER "TRG_consent_ranking_change" AFTER INSERT OR UPDATE OR DELETE ON "consent" FOR EACH ROW EXECUTE FUNCTION ranking_change_record('candidate_id')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "TRG_consent_ranking_change" ON "consent"`);
        await queryRunner.query(`DROP TRIGGER "TRG_enrolment_ranking_change" ON "enrolment"`);
        await queryRunner.query(`DROP TRIGGER "TRG_candidate_ranking_change" ON "candidate"`);
        await queryRunner.query(`DROP FUNCTION "ranking_change_record"()`);
        await queryRunner.query(`DROP TABLE "ranking_change"`);
    }

}
