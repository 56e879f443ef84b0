import type { MigrationInterface, QueryRunner } from "typeorm";

export class Shortlists1764144000000 implements MigrationInterface {
    name = 'Shortlists1764144000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "shortlist_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opening_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "added_by_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text, "presented_at" TIMESTAMP WITH TIME ZONE, "presented_by_id" uuid, CONSTRAINT "PK_746cbb354568b34db37d807cbbb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_12af373cd9ca8a4a41c9870681" ON "shortlist_entry"  ("candidate_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7dc585ed11dda625195931024c" ON "shortlist_entry"  ("opening_id", "candidate_id") `);

        // Reviewed by hand: references, and presented at and by set together.
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "FK_shortlist_entry_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "FK_shortlist_entry_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "FK_shortlist_entry_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "FK_shortlist_entry_added_by" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "FK_shortlist_entry_presented_by" FOREIGN KEY ("presented_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "shortlist_entry" ADD CONSTRAINT "CHK_shortlist_entry_presented" CHECK (("presented_at" IS NULL) = ("presented_by_id" IS NULL))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const constraint of ["CHK_shortlist_entry_presented", "FK_shortlist_entry_presented_by", "FK_shortlist_entry_added_by", "FK_shortlist_entry_principal", "FK_shortlist_entry_candidate", "FK_shortlist_entry_opening"]) {
            await queryRunner.query(`ALTER TABLE "shortlist_entry" DROP CONSTRAINT "${constraint}"`);
        }
        await queryRunner.query(`DROP INDEX "public"."IDX_7dc585ed11dda625195931024c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_12af373cd9ca8a4a41c9870681"`);
        await queryRunner.query(`DROP TABLE "shortlist_entry"`);
    }

}
