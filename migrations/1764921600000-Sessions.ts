import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Browser sessions (src/platform/auth/sessions.service.ts): the SHA-256 of the cookie's token, whose session it is,
 * and when it began and was last used, which is all that ending it needs. A user's sessions go with the user.
 */
export class Sessions1764921600000 implements MigrationInterface {
    name = 'Sessions1764921600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_user_session" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "CHK_user_session_token_hash" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')`);
        await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "user_session"`);
    }

}
