import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A principal's export (src/modules/export/): Svedala owns its residents' data and must be able to receive all of
 * it (docs/domain.md, "The principal owns the data"). One row per export asked for, with its progress and, once
 * done, the package file (kept on disk until it expires).
 */
export class PrincipalExport1765353600000 implements MigrationInterface {
    name = 'PrincipalExport1765353600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "principal_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "status" text NOT NULL, "progress" integer NOT NULL DEFAULT 0, "rows_written" bigint NOT NULL DEFAULT 0, "counts" jsonb NOT NULL DEFAULT '{}', "file_path" text, "size_bytes" bigint, "sha256" text, "error" text, "downloads" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_principal_export" PRIMARY KEY ("id"), CONSTRAINT "CHK_principal_export_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')))`);
        await queryRunner.query(`CREATE INDEX "IDX_principal_export_principal" ON "principal_export" ("principal_id", "created_at")`);
        await queryRunner.query(`CREATE INDEX "IDX_principal_export_expires" ON "principal_export" ("expires_at") WHERE "status" = 'DONE'`);
        await queryRunner.query(`ALTER TABLE "principal_export" ADD CONSTRAINT "FK_principal_export_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "principal_export" ADD CONSTRAINT "FK_principal_export_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "principal_export"`);
    }

}
