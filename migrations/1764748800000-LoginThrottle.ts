import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Login throttling's counters and gates where they are kept in PostgreSQL (DATABASE_URL without REDIS_URL; see
 * login-throttle-store.ts): rate-limiter-flexible's RateLimiterPostgres layout, `expire` in epoch milliseconds,
 * created here rather than by the library at run time. `key` is text rather than the library's varchar(255): a
 * key is QUEUE_PREFIX, a hash of the username and an address. Expired rows are deleted every few minutes by
 * `expire`.
 */
export class LoginThrottle1764748800000 implements MigrationInterface {
    name = 'LoginThrottle1764748800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_throttle" ("key" text NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_login_throttle_expire" ON "login_throttle" ("expire")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "login_throttle"`);
    }

}
