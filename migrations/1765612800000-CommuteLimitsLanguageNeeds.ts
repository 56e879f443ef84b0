import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Commute limits and language needs (src/matching/commute.ts, src/matching/requirements/): a person's travel mode
 * and the longest commute they accept; an opening's own commute limit (null: its kind's default) and the languages
 * other than Swedish its work needs, each with a reason. Existing people travel by public transport, as the ranking
 * assumed until now.
 */
export class CommuteLimitsLanguageNeeds1765612800000 implements MigrationInterface {
    name = 'CommuteLimitsLanguageNeeds1765612800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "candidate" ADD "travel_mode" text NOT NULL DEFAULT 'PUBLIC_TRANSPORT'`);
        await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_travel_mode" CHECK ("travel_mode" IN ('PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'))`);
        await queryRunner.query(`ALTER TABLE "candidate" ADD "max_commute_minutes" integer`);
        await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_max_commute_minutes" CHECK ("max_commute_minutes" BETWEEN 10 AND 180)`);
        await queryRunner.query(`ALTER TABLE "opening" ADD "max_commute_minutes" integer`);
        await queryRunner.query(`ALTER TABLE "opening" ADD CONSTRAINT "CHK_opening_max_commute_minutes" CHECK ("max_commute_minutes" BETWEEN 10 AND 180)`);
        await queryRunner.query(`ALTER TABLE "opening" ADD "language_needs" jsonb NOT NULL DEFAULT '[]'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "opening" DROP COLUMN "language_needs"`);
        await queryRunner.query(`ALTER TABLE "opening" DROP CONSTRAINT "CHK_opening_max_commute_minutes"`);
        await queryRunner.query(`ALTER TABLE "opening" DROP COLUMN "max_commute_minutes"`);
        await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "CHK_candidate_max_commute_minutes"`);
        await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "max_commute_minutes"`);
        await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "CHK_candidate_travel_mode"`);
        await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "travel_mode"`);
    }

}
