import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The demo lives outside the product (demo/): its rows are ordinary rows of a database it seeded, so the product's
 * tables no longer carry a flag for them.
 */
export class DropDemoFlag1765958400000 implements MigrationInterface {
    name = 'DropDemoFlag1765958400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "demo"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" ADD "demo" boolean NOT NULL DEFAULT false`);
    }

}

const TABLES = ['organisation', 'app_user', 'employer', 'candidate'] as const;
