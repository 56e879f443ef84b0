import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Kept rankings (src/matching/ranking-records.service.ts): each ranking shown to a member of staff, with the engine's
 * version and weights, and each person in it with what was shown and the human decision that followed (EU AI Act,
 * Annex III 4(a): a record of what was proposed and decided). The people's rows carry their principal and are
 * protected like every table of people's data: read by whoever may read the principal, written with the ranking by
 * whoever reads it (a ranking is kept as it is shown), decided by those who may write it.
 */
export class RankingRecords1765699200000 implements MigrationInterface {
    name = 'RankingRecords1765699200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ranking_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opening_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "engine_version" text NOT NULL, "weights" jsonb NOT NULL, "considered" integer NOT NULL, "excluded_count" integer NOT NULL, CONSTRAINT "PK_ranking_record" PRIMARY KEY ("id"), CONSTRAINT "FK_ranking_record_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE, CONSTRAINT "FK_ranking_record_user" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ranking_record_opening_at" ON "ranking_record" ("opening_id", "requested_at")`);
        await queryRunner.query(`CREATE TABLE "ranking_record_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "record_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "placement" text NOT NULL, "position" integer, "score" numeric(5,1), "explanation" text NOT NULL, "decision" text, "decision_reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ranking_record_entry" PRIMARY KEY ("id"), CONSTRAINT "FK_ranking_record_entry_record" FOREIGN KEY ("record_id") REFERENCES "ranking_record"("id") ON DELETE CASCADE, CONSTRAINT "FK_ranking_record_entry_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE, CONSTRAINT "CHK_ranking_record_entry_placement" CHECK ("placement" IN ('RANKED', 'NEAR_MISS')), CONSTRAINT "CHK_ranking_record_entry_decision" CHECK ("decision" IN ('SHORTLISTED', 'PRESENTED', 'INVITED', 'PASSED_OVER')))`);
        await queryRunner.query(`CREATE INDEX "IDX_ranking_record_entry_candidate" ON "ranking_record_entry" ("candidate_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_ranking_record_entry_record" ON "ranking_record_entry" ("record_id")`);
        await queryRunner.query(`ALTER TABLE "ranking_record_entry" ENABLE ROW LEVEL SECURITY`);
        await queryRunner.query(`CREATE POLICY "ranking_record_entry_read" ON "ranking_record_entry" FOR SELECT USING (brygga_may_read(principal_id))`);
        await queryRunner.query(`CREATE POLICY "ranking_record_entry_insert" ON "ranking_record_entry" FOR INSERT WITH CHECK (brygga_may_read(principal_id))`);
        await queryRunner.query(`CREATE POLICY "ranking_record_entry_update" ON "ranking_record_entry" FOR UPDATE USING (brygga_may_write(principal_id)) WITH CHECK (brygga_may_write(principal_id))`);
        await queryRunner.query(`CREATE POLICY "ranking_record_entry_delete" ON "ranking_record_entry" FOR DELETE USING (brygga_may_write(principal_id))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "ranking_record_entry"`);
        await queryRunner.query(`DROP TABLE "ranking_record"`);
    }

}
