import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ranking's exposure report, kept monthly per principal (src/matching/exposure-reports.ts): group counts only,
 * no one's data, so not under row-level security (like the monthly statistics report).
 */
export class ExposureReports1765785600000 implements MigrationInterface {
    name = 'ExposureReports1765785600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "exposure_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "month" date NOT NULL, "produced_at" TIMESTAMP WITH TIME ZONE NOT NULL, "content" jsonb NOT NULL, CONSTRAINT "PK_exposure_report" PRIMARY KEY ("id"), CONSTRAINT "FK_exposure_report_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_exposure_report_principal_month" ON "exposure_report" ("principal_id", "month")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "exposure_report"`);
    }

}
