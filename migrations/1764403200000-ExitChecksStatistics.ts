import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What the exit-to-work statistics need (src/modules/statistics): on each enrolment period that ended in a job, the
 * job's first and (if known) last day and the Kolada one-month check; economic-effect parameters per principal; the
 * kept monthly follow-up reports; and indexes for the period queries per principal (statistics.service.ts).
 */
export class ExitChecksStatistics1764403200000 implements MigrationInterface {
    name = 'ExitChecksStatistics1764403200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "enrolment" ADD "work_started_on" date`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD "work_ended_on" date`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD "work_check" text`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD "work_checked_on" date`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD "exit_placement_id" uuid`);
        // Backfill: an exit to work recorded before this release started on its exit day; the month has passed or not.
        await queryRunner.query(`UPDATE "enrolment" SET "work_started_on" = "exit_on",
            "work_check" = CASE WHEN ("exit_on" + interval '1 month')::date <= current_date THEN 'LASTED' ELSE 'PENDING' END,
            "work_checked_on" = CASE WHEN ("exit_on" + interval '1 month')::date <= current_date THEN ("exit_on" + interval '1 month')::date END
          WHERE "exit_reason" IN ('WORK_UNSUBSIDISED', 'WORK_SUBSIDISED')`);
        // An exit to work, and only one, has a start day and a check; a settled check has a day; a job ends after it starts.
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "CHK_enrolment_work_exit" CHECK (
            (("exit_reason" IN ('WORK_UNSUBSIDISED', 'WORK_SUBSIDISED')) IS TRUE) = ("work_check" IS NOT NULL)
            AND ("work_check" IS NULL) = ("work_started_on" IS NULL)
            AND "work_check" IN ('PENDING', 'LASTED', 'ENDED_WITHIN_MONTH')
            AND ("work_check" IS NULL OR ("work_check" = 'PENDING') = ("work_checked_on" IS NULL))
            AND ("work_ended_on" IS NULL OR ("work_started_on" IS NOT NULL AND "work_ended_on" >= "work_started_on")))`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_exit_placement" FOREIGN KEY ("exit_placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`CREATE INDEX "IDX_enrolment_principal_first_contact" ON "enrolment" ("principal_id", "first_contact_on")`);
        // the statistics read a principal's periods overlapping a period as three disjoint parts, one index each:
        // first contact in the period; begun before and ended in or after it; begun before and still open
        await queryRunner.query(`CREATE INDEX "IDX_enrolment_principal_exit_first_contact" ON "enrolment" ("principal_id", "exit_on", "first_contact_on") WHERE "exit_on" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_enrolment_principal_open" ON "enrolment" ("principal_id", "first_contact_on") WHERE "exit_on" IS NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_enrolment_work_pending" ON "enrolment" ("work_started_on") WHERE "work_check" = 'PENDING'`);

        await queryRunner.query(`CREATE TABLE "economic_parameters" ("principal_id" uuid NOT NULL, "aid_per_person_month" numeric(12,2) NOT NULL, "tax_per_work_exit_month" numeric(12,2) NOT NULL, "cost_per_enrolled" numeric(12,2), "updated_by_id" uuid, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_economic_parameters" PRIMARY KEY ("principal_id"))`);
        await queryRunner.query(`ALTER TABLE "economic_parameters" ADD CONSTRAINT "FK_economic_parameters_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "economic_parameters" ADD CONSTRAINT "FK_economic_parameters_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "economic_parameters" ADD CONSTRAINT "CHK_economic_parameters_amounts" CHECK ("aid_per_person_month" >= 0 AND "tax_per_work_exit_month" >= 0 AND ("cost_per_enrolled" IS NULL OR "cost_per_enrolled" >= 0))`);

        await queryRunner.query(`CREATE TABLE "monthly_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "month" date NOT NULL, "produced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "produced_by_id" uuid, "content" jsonb NOT NULL, CONSTRAINT "PK_monthly_report" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_monthly_report_principal_month" ON "monthly_report" ("principal_id", "month")`);
        await queryRunner.query(`ALTER TABLE "monthly_report" ADD CONSTRAINT "FK_monthly_report_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "monthly_report" ADD CONSTRAINT "FK_monthly_report_produced_by" FOREIGN KEY ("produced_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "monthly_report" ADD CONSTRAINT "CHK_monthly_report_month" CHECK (extract(day FROM "month") = 1)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "monthly_report"`);
        await queryRunner.query(`DROP TABLE "economic_parameters"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_enrolment_work_pending"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_enrolment_principal_open"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_enrolment_principal_exit_first_contact"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_enrolment_principal_first_contact"`);
        await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_enrolment_exit_placement"`);
        await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "CHK_enrolment_work_exit"`);
        for (const column of ["exit_placement_id", "work_checked_on", "work_check", "work_ended_on", "work_started_on"]) {
            await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "${column}"`);
        }
    }

}
