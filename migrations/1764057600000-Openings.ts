import type { MigrationInterface, QueryRunner } from "typeorm";

export class Openings1764057600000 implements MigrationInterface {
    name = 'Openings1764057600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "internship_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opening_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "on" date NOT NULL, "author_id" uuid NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b03ee6646d3022ae32f4eb96f0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3aeafa1cd0d4834800d3953e8d" ON "internship_check_in"  ("opening_id", "on") `);
        await queryRunner.query(`CREATE TABLE "opening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "occupation_concept_id" text NOT NULL, "sector_id" uuid, "team_id" uuid, "required_skills" jsonb NOT NULL DEFAULT '[]', "preferred_skills" jsonb NOT NULL DEFAULT '[]', "min_swedish_level" text, "swedish_level_reason" text, "required_licence_concept_ids" text array NOT NULL DEFAULT '{}', "municipality_concept_id" text NOT NULL, "street" text, "postal_code" text, "worktime_concept_id" text, "hours_per_week" integer, "start_on" date NOT NULL, "places" integer NOT NULL, "application_deadline" date, "status" text NOT NULL, "source_skill_need_id" uuid, "converted_from_opening_id" uuid, "supervisor_name" text, "supervisor_phone" text, "supervisor_email" text, "period_start_on" date, "period_end_on" date, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b433fbb5ac3bc1cda8afc64fa2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3efef8768c232256455acf3155" ON "opening"  ("employer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bc18f3e3a76f953b39ace23883" ON "opening"  ("team_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d6db267d7fbaec5129ee85e5de" ON "opening"  ("principal_id", "status") `);

        // Reviewed by hand: references, checks, and the indexes the lists use.
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_employer" FOREIGN KEY ("employer_id") REFERENCES "employer"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_sector" FOREIGN KEY ("sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_team" FOREIGN KEY ("team_id") REFERENCES "team"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_source_skill_need" FOREIGN KEY ("source_skill_need_id") REFERENCES "skill_need"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_converted_from" FOREIGN KEY ("converted_from_opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "FK_opening_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "internship_check_in" ADD CONSTRAINT "FK_internship_check_in_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`ALTER TABLE "internship_check_in" ADD CONSTRAINT "FK_internship_check_in_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "internship_check_in" ADD CONSTRAINT "FK_internship_check_in_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_kind" CHECK ("kind" IN ('JOB_UNSUBSIDISED', 'JOB_SUBSIDISED', 'INTERNSHIP', 'SFI_WORKPLACE_LEARNING'))`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_status" CHECK ("status" IN ('DRAFT', 'OPEN', 'FILLED', 'CLOSED'))`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_places" CHECK ("places" > 0)`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_hours" CHECK ("hours_per_week" IS NULL OR "hours_per_week" BETWEEN 1 AND 80)`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_swedish_level" CHECK ("min_swedish_level" IS NULL OR "min_swedish_level" IN ('NONE', 'SFI_A', 'SFI_B', 'SFI_C', 'SFI_D', 'SFI_COMPLETED', 'NATIVE_OR_FLUENT'))`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_swedish_level_reason" CHECK (("min_swedish_level" IS NULL) = ("swedish_level_reason" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_deadline" CHECK ("application_deadline" IS NULL OR "application_deadline" <= "start_on")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_period" CHECK ("period_start_on" IS NULL OR "period_end_on" IS NULL OR "period_end_on" >= "period_start_on")`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_internship_terms" CHECK ("kind" IN ('INTERNSHIP', 'SFI_WORKPLACE_LEARNING') OR ("supervisor_name" IS NULL AND "supervisor_phone" IS NULL AND "supervisor_email" IS NULL AND "period_start_on" IS NULL AND "period_end_on" IS NULL))`);
        await queryRunner.query(`CREATE INDEX "IDX_opening_source_skill_need" ON "opening" ("source_skill_need_id") WHERE "source_skill_need_id" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_opening_source_skill_need"`);
        for (const [table, constraint] of [["opening", "CHK_opening_internship_terms"], ["opening", "CHK_opening_period"], ["opening", "CHK_opening_deadline"], ["opening", "CHK_opening_swedish_level_reason"], ["opening", "CHK_opening_swedish_level"], ["opening", "CHK_opening_hours"], ["opening", "CHK_opening_places"], ["opening", "CHK_opening_status"], ["opening", "CHK_opening_kind"], ["internship_check_in", "FK_internship_check_in_author"], ["internship_check_in", "FK_internship_check_in_principal"], ["internship_check_in", "FK_internship_check_in_opening"], ["opening", "FK_opening_created_by"], ["opening", "FK_opening_converted_from"], ["opening", "FK_opening_source_skill_need"], ["opening", "FK_opening_team"], ["opening", "FK_opening_sector"], ["opening", "FK_opening_employer"], ["opening", "FK_opening_principal"]]) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
        }
        await queryRunner.query(`DROP INDEX "public"."IDX_d6db267d7fbaec5129ee85e5de"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bc18f3e3a76f953b39ace23883"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3efef8768c232256455acf3155"`);
        await queryRunner.query(`DROP TABLE "opening"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3aeafa1cd0d4834800d3953e8d"`);
        await queryRunner.query(`DROP TABLE "internship_check_in"`);
    }

}
