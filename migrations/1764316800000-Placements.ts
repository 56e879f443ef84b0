import type { MigrationInterface, QueryRunner } from "typeorm";

export class Placements1764316800000 implements MigrationInterface {
    name = 'Placements1764316800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "opening_id" uuid NOT NULL, "stage" text NOT NULL, "outcome" text, "internship_started_on" date, "internship_completed_on" date, "employment_started_on" date, "outcome_on" date, "employment_type_concept_id" text, "subsidised" boolean, "municipal_labour_market_employment" boolean, "employment_start_on" date, "hours_per_week" integer, "outcome_reason" text, "ended_on" date, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_placement" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_placement_candidate" ON "placement" ("candidate_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_placement_opening" ON "placement" ("opening_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_placement_principal_stage" ON "placement" ("principal_id", "stage")`);
        await queryRunner.query(`CREATE TABLE "placement_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "from_stage" text, "from_outcome" text, "to_stage" text NOT NULL, "to_outcome" text, "on" date NOT NULL, "actor_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_placement_stage_change" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_placement_stage_change_placement_at" ON "placement_stage_change" ("placement_id", "at")`);
        await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "principal_id" uuid NOT NULL, "placement_id" uuid, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enqueued_at" TIMESTAMP WITH TIME ZONE, "enqueue_count" integer NOT NULL DEFAULT 0, "processed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_outbox_event" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "outbox_handled" ("event_id" uuid NOT NULL, "handler" text NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_outbox_handled" PRIMARY KEY ("event_id", "handler"))`);
        await queryRunner.query(`ALTER TABLE "plan" ADD "goal_reached_on" date`);
        await queryRunner.query(`ALTER TABLE "plan" ADD "goal_reached_by_placement_id" uuid`);
        await queryRunner.query(`ALTER TABLE "plan_activity" ADD "placement_id" uuid`);
        await queryRunner.query(`ALTER TABLE "plan_revision" ADD "via" text`);

        // Reviewed by hand: references, the lifecycle's invariants, and the indexes the relay and the lists use.
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_placement_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_placement_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_placement_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id")`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_placement_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_placement_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_stage" CHECK ("stage" IN ('PROPOSED', 'PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED', 'EMPLOYMENT_STARTED', 'OUTCOME'))`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_outcome" CHECK (("outcome" IS NULL OR "outcome" IN ('HIRED', 'NOT_HIRED', 'ENDED_EARLY')) AND ("stage" = 'OUTCOME') = ("outcome" IS NOT NULL) AND ("outcome" IS NULL) = ("outcome_on" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_hired_terms" CHECK (("employment_type_concept_id" IS NULL) = ("subsidised" IS NULL) AND ("subsidised" IS NULL) = ("municipal_labour_market_employment" IS NULL) AND ("subsidised" IS NULL) = ("employment_start_on" IS NULL) AND ("subsidised" IS NULL) = ("hours_per_week" IS NULL) AND ("outcome" IS DISTINCT FROM 'HIRED' OR "subsidised" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_hours" CHECK ("hours_per_week" IS NULL OR "hours_per_week" BETWEEN 1 AND 80)`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_reason" CHECK ("outcome" NOT IN ('NOT_HIRED', 'ENDED_EARLY') OR "outcome_reason" IS NOT NULL)`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_ended" CHECK (("outcome" = 'ENDED_EARLY') = ("ended_on" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "CHK_placement_internship" CHECK ("internship_completed_on" IS NULL OR ("internship_started_on" IS NOT NULL AND "internship_completed_on" >= "internship_started_on"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_placement_open_per_opening" ON "placement" ("opening_id", "candidate_id") WHERE "stage" <> 'OUTCOME'`);
        await queryRunner.query(`ALTER TABLE "placement_stage_change" ADD CONSTRAINT "FK_placement_stage_change_placement" FOREIGN KEY ("placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`ALTER TABLE "placement_stage_change" ADD CONSTRAINT "FK_placement_stage_change_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "placement_stage_change" ADD CONSTRAINT "FK_placement_stage_change_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "placement_stage_change" ADD CONSTRAINT "CHK_placement_stage_change_stages" CHECK (("from_stage" IS NULL OR "from_stage" IN ('PROPOSED', 'PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED', 'EMPLOYMENT_STARTED', 'OUTCOME')) AND "to_stage" IN ('PROPOSED', 'PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED', 'EMPLOYMENT_STARTED', 'OUTCOME') AND ("from_outcome" IS NULL OR "from_outcome" IN ('HIRED', 'NOT_HIRED', 'ENDED_EARLY')) AND ("to_outcome" IS NULL OR "to_outcome" IN ('HIRED', 'NOT_HIRED', 'ENDED_EARLY')))`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD CONSTRAINT "FK_outbox_event_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD CONSTRAINT "FK_outbox_event_placement" FOREIGN KEY ("placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD CONSTRAINT "CHK_outbox_event_payload" CHECK (jsonb_typeof("payload") = 'object')`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_event_unprocessed" ON "outbox_event" ("created_at") WHERE "processed_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_event_placement" ON "outbox_event" ("placement_id") WHERE "placement_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "outbox_handled" ADD CONSTRAINT "FK_outbox_handled_event" FOREIGN KEY ("event_id") REFERENCES "outbox_event"("id")`);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_plan_goal_reached_by_placement" FOREIGN KEY ("goal_reached_by_placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "CHK_plan_goal_reached" CHECK ("goal_reached_by_placement_id" IS NULL OR "goal_reached_on" IS NOT NULL)`);
        await queryRunner.query(`ALTER TABLE "plan_activity" ADD CONSTRAINT "FK_plan_activity_placement" FOREIGN KEY ("placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_plan_activity_placement" ON "plan_activity" ("plan_id", "placement_id") WHERE "placement_id" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_plan_activity_placement"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_event_placement"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_event_unprocessed"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_placement_open_per_opening"`);
        for (const [table, constraint] of [["plan_activity", "FK_plan_activity_placement"], ["plan", "CHK_plan_goal_reached"], ["plan", "FK_plan_goal_reached_by_placement"], ["outbox_handled", "FK_outbox_handled_event"], ["outbox_event", "CHK_outbox_event_payload"], ["outbox_event", "FK_outbox_event_placement"], ["outbox_event", "FK_outbox_event_principal"], ["placement_stage_change", "CHK_placement_stage_change_stages"], ["placement_stage_change", "FK_placement_stage_change_actor"], ["placement_stage_change", "FK_placement_stage_change_principal"], ["placement_stage_change", "FK_placement_stage_change_placement"], ["placement", "CHK_placement_internship"], ["placement", "CHK_placement_ended"], ["placement", "CHK_placement_reason"], ["placement", "CHK_placement_hours"], ["placement", "CHK_placement_hired_terms"], ["placement", "CHK_placement_outcome"], ["placement", "CHK_placement_stage"], ["placement", "FK_placement_created_by"], ["placement", "FK_placement_opening"], ["placement", "FK_placement_enrolment"], ["placement", "FK_placement_candidate"], ["placement", "FK_placement_principal"]]) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
        }
        await queryRunner.query(`ALTER TABLE "plan_revision" DROP COLUMN "via"`);
        await queryRunner.query(`ALTER TABLE "plan_activity" DROP COLUMN "placement_id"`);
        await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "goal_reached_by_placement_id"`);
        await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "goal_reached_on"`);
        await queryRunner.query(`DROP TABLE "outbox_handled"`);
        await queryRunner.query(`DROP TABLE "outbox_event"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_placement_stage_change_placement_at"`);
        await queryRunner.query(`DROP TABLE "placement_stage_change"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_placement_principal_stage"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_placement_opening"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_placement_candidate"`);
        await queryRunner.query(`DROP TABLE "placement"`);
    }

}
