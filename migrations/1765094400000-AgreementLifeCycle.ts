import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Agreements get a life cycle (src/modules/organisations/agreements.service.ts): the roles the provider's staff act in
 * for the principal, and when the agreement last changed. Every change to a record people edit is kept in
 * record_change (src/modules/history/): who changed which field from what to what, and when. Existing agreements keep
 * acting for every staff role, as they did.
 */
export class AgreementLifeCycle1765094400000 implements MigrationInterface {
    name = 'AgreementLifeCycle1765094400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "agreement" ADD "roles" text array NOT NULL DEFAULT '{LABOUR_MARKET_SECRETARY,RECRUITER,BUSINESS_DEVELOPER,CAREER_COUNSELLOR,TEACHER,MANAGER,ADMINISTRATOR}'`);
        await queryRunner.query(`ALTER TABLE "agreement" ALTER "roles" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "agreement" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "CHK_agreement_roles" CHECK (cardinality("roles") > 0)`);
        await queryRunner.query(`CREATE TABLE "record_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "record_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "via" text, "field" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_record_change" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_record_change_record" ON "record_change" ("kind", "record_id", "at")`);
        await queryRunner.query(`CREATE INDEX "IDX_record_change_principal" ON "record_change" ("principal_id", "at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "record_change"`);
        await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "CHK_agreement_roles"`);
        await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "updated_at"`);
        await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "roles"`);
    }

}
