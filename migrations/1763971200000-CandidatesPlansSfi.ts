import type { MigrationInterface, QueryRunner } from "typeorm";

export class CandidatesPlansSfi1763971200000 implements MigrationInterface {
    name = 'CandidatesPlansSfi1763971200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "candidate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "identity_number" text NOT NULL, "identity_kind" text NOT NULL, "birth_date" date NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "phone" text, "email" text, "home_municipality_concept_id" text NOT NULL, "address_area" text, "languages" jsonb NOT NULL DEFAULT '[]', "swedish_level" text NOT NULL, "education_level" text, "driving_licence_concept_ids" text array NOT NULL DEFAULT '{}', "certificates" text array NOT NULL DEFAULT '{}', "experience" jsonb NOT NULL DEFAULT '[]', "skill_concept_ids" text array NOT NULL DEFAULT '{}', "wanted_occupation_concept_ids" text array NOT NULL DEFAULT '{}', "wanted_sector_ids" uuid array NOT NULL DEFAULT '{}', "wants_internship" boolean NOT NULL DEFAULT true, "wanted_worktime_concept_ids" text array NOT NULL DEFAULT '{}', "earliest_start_on" date, "work_limitations" text array NOT NULL DEFAULT '{}', "newly_arrived" boolean NOT NULL DEFAULT false, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ecfc57c5d3813742522a3202be" ON "candidate"  ("principal_id", "birth_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4476651b2278906d3bd46afe8" ON "candidate"  ("principal_id", "identity_number") `);
        await queryRunner.query(`CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "purpose" text NOT NULL, "recipient" text, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "recorded_by_id" uuid NOT NULL, CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_093c2442fe90d694a86194e2d5" ON "consent"  ("candidate_id", "purpose") `);
        await queryRunner.query(`CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "first_contact_on" date NOT NULL, "first_meeting_on" date, "secretary_id" uuid, "active_job_seeker" boolean, "plan_established_on" date, "working_days_to_plan" integer, "planning_week_start_on" date, "sector_chosen_on" date, "sector_id" uuid, "working_days_to_sector" integer, "team_id" uuid, "exit_on" date, "exit_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8b14fa240e19c409646aadf6cd" ON "enrolment"  ("principal_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6aa9db614d4e0d15f1074e593d" ON "enrolment"  ("secretary_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_42387ccf478e3bd321159d7832" ON "enrolment"  ("team_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6384f51a8de6d2bd0981592429" ON "enrolment"  ("candidate_id", "first_contact_on") `);
        await queryRunner.query(`CREATE TABLE "access_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "operation" text NOT NULL, CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_02764d111ce13013f83039cbe7" ON "access_log_entry"  ("candidate_id", "at") `);
        await queryRunner.query(`CREATE INDEX "IDX_11f1614fc4d5059aa6aaa2106a" ON "access_log_entry"  ("principal_id", "at") `);
        await queryRunner.query(`CREATE TABLE "candidate_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "held_on" date NOT NULL, "by_user_id" uuid NOT NULL, "form" text NOT NULL, "summary" text NOT NULL, "next_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12d090c136ea9e4d5823ff488c4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d65516f851339f70da229dc738" ON "candidate_follow_up"  ("enrolment_id", "held_on") `);
        await queryRunner.query(`CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "kind" text NOT NULL, "established_on" date NOT NULL, "goal_occupation_concept_id" text, "goal_sector_id" uuid, "goal_description" text, "sick_listed" boolean NOT NULL DEFAULT false, "owner_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3cb0e92b56aa7a208b4abd8652" ON "plan"  ("enrolment_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_48c417d8b8d3053ef54862c8e3" ON "plan"  ("candidate_id") `);
        await queryRunner.query(`CREATE TABLE "plan_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "type" text NOT NULL, "responsible_user_id" uuid, "start_on" date NOT NULL, "end_on" date, "status" text NOT NULL, "adapted" boolean NOT NULL DEFAULT false, "note" text, CONSTRAINT "PK_00cb65642d534b808c35bb2f707" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ff2c7bad86f87884126491d6e2" ON "plan_activity"  ("plan_id") `);
        await queryRunner.query(`CREATE TABLE "plan_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "author_id" uuid NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_588869e0bf5cfa9a4499461525b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_41c163d297ca8c58d3c726cb04" ON "plan_revision"  ("plan_id", "at") `);
        await queryRunner.query(`CREATE TABLE "sfi_course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "sector_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "served_principal_ids" uuid array NOT NULL, "level" text NOT NULL, "start_on" date NOT NULL, "end_on" date NOT NULL, "places" integer NOT NULL, "workplace_learning" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1e69c820335de92ae453540bbf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "sfi_enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "status" text NOT NULL, "queued_since" date NOT NULL, "started_on" date, "ended_on" date, CONSTRAINT "PK_fd901caa9731cbb711ae96fcc78" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d390a0f32c888e4d958d599a8b" ON "sfi_enrolment"  ("candidate_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6b4b596af2932092cc294faca7" ON "sfi_enrolment"  ("course_id", "candidate_id") `);
        await queryRunner.query(`CREATE TABLE "sfi_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sfi_enrolment_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "on" date NOT NULL, "attended" boolean, "note" text, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42e9ca1aea31f6cb197470aace4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c73c2432e3bf56f247e1022419" ON "sfi_note"  ("sfi_enrolment_id", "on") `);
        await queryRunner.query(`ALTER TABLE "plan_activity" ADD CONSTRAINT "FK_ff2c7bad86f87884126491d6e29" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Reviewed by hand: references, checks, and one open enrolment period per person at a time.
        await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "FK_candidate_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_consent_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_consent_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_secretary" FOREIGN KEY ("secretary_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_sector" FOREIGN KEY ("sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_team" FOREIGN KEY ("team_id") REFERENCES "team"("id")`);
        await queryRunner.query(`ALTER TABLE "access_log_entry" ADD CONSTRAINT "FK_access_log_entry_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_plan_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id")`);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_plan_owner" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_plan_goal_sector" FOREIGN KEY ("goal_sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "plan_activity" ADD CONSTRAINT "FK_plan_activity_responsible_user" FOREIGN KEY ("responsible_user_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_plan_revision_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id")`);
        await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_plan_revision_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "candidate_follow_up" ADD CONSTRAINT "FK_candidate_follow_up_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id")`);
        await queryRunner.query(`ALTER TABLE "candidate_follow_up" ADD CONSTRAINT "FK_candidate_follow_up_by_user" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_course" ADD CONSTRAINT "FK_sfi_course_sector" FOREIGN KEY ("sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_course" ADD CONSTRAINT "FK_sfi_course_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_enrolment" ADD CONSTRAINT "FK_sfi_enrolment_course" FOREIGN KEY ("course_id") REFERENCES "sfi_course"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_enrolment" ADD CONSTRAINT "FK_sfi_enrolment_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_note" ADD CONSTRAINT "FK_sfi_note_sfi_enrolment" FOREIGN KEY ("sfi_enrolment_id") REFERENCES "sfi_enrolment"("id")`);
        await queryRunner.query(`ALTER TABLE "sfi_note" ADD CONSTRAINT "FK_sfi_note_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_identity_number" CHECK ("identity_number" ~ '^[0-9]{8}-[0-9]{4}$')`);
        await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_swedish_level" CHECK ("swedish_level" IN ('NONE', 'SFI_A', 'SFI_B', 'SFI_C', 'SFI_D', 'SFI_COMPLETED', 'NATIVE_OR_FLUENT'))`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "CHK_enrolment_exit" CHECK (("exit_on" IS NULL) = ("exit_reason" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "CHK_enrolment_order" CHECK ("first_meeting_on" IS NULL OR "first_meeting_on" >= "first_contact_on")`);
        await queryRunner.query(`ALTER TABLE "sfi_course" ADD CONSTRAINT "CHK_sfi_course_period" CHECK ("end_on" >= "start_on" AND "places" > 0)`);
        await queryRunner.query(`ALTER TABLE "sfi_enrolment" ADD CONSTRAINT "CHK_sfi_enrolment_status" CHECK ("status" IN ('QUEUED', 'ACTIVE', 'COMPLETED', 'LEFT'))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_enrolment_one_open" ON "enrolment" ("candidate_id") WHERE "exit_on" IS NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_candidate_follow_up_next" ON "candidate_follow_up" ("principal_id", "next_on")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_candidate_follow_up_next"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_enrolment_one_open"`);
        for (const [table, constraint] of [["sfi_enrolment", "CHK_sfi_enrolment_status"], ["sfi_course", "CHK_sfi_course_period"], ["enrolment", "CHK_enrolment_order"], ["enrolment", "CHK_enrolment_exit"], ["candidate", "CHK_candidate_swedish_level"], ["candidate", "CHK_candidate_identity_number"], ["sfi_note", "FK_sfi_note_author"], ["sfi_note", "FK_sfi_note_sfi_enrolment"], ["sfi_enrolment", "FK_sfi_enrolment_candidate"], ["sfi_enrolment", "FK_sfi_enrolment_course"], ["sfi_course", "FK_sfi_course_organisation"], ["sfi_course", "FK_sfi_course_sector"], ["candidate_follow_up", "FK_candidate_follow_up_by_user"], ["candidate_follow_up", "FK_candidate_follow_up_enrolment"], ["plan_revision", "FK_plan_revision_author"], ["plan_revision", "FK_plan_revision_plan"], ["plan_activity", "FK_plan_activity_responsible_user"], ["plan", "FK_plan_goal_sector"], ["plan", "FK_plan_owner"], ["plan", "FK_plan_enrolment"], ["access_log_entry", "FK_access_log_entry_user"], ["enrolment", "FK_enrolment_team"], ["enrolment", "FK_enrolment_sector"], ["enrolment", "FK_enrolment_secretary"], ["enrolment", "FK_enrolment_principal"], ["enrolment", "FK_enrolment_candidate"], ["consent", "FK_consent_recorded_by"], ["consent", "FK_consent_candidate"], ["candidate", "FK_candidate_principal"]]) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
        }
        await queryRunner.query(`ALTER TABLE "plan_activity" DROP CONSTRAINT "FK_ff2c7bad86f87884126491d6e29"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c73c2432e3bf56f247e1022419"`);
        await queryRunner.query(`DROP TABLE "sfi_note"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6b4b596af2932092cc294faca7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d390a0f32c888e4d958d599a8b"`);
        await queryRunner.query(`DROP TABLE "sfi_enrolment"`);
        await queryRunner.query(`DROP TABLE "sfi_course"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_41c163d297ca8c58d3c726cb04"`);
        await queryRunner.query(`DROP TABLE "plan_revision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ff2c7bad86f87884126491d6e2"`);
        await queryRunner.query(`DROP TABLE "plan_activity"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_48c417d8b8d3053ef54862c8e3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3cb0e92b56aa7a208b4abd8652"`);
        await queryRunner.query(`DROP TABLE "plan"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d65516f851339f70da229dc738"`);
        await queryRunner.query(`DROP TABLE "candidate_follow_up"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_11f1614fc4d5059aa6aaa2106a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_02764d111ce13013f83039cbe7"`);
        await queryRunner.query(`DROP TABLE "access_log_entry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6384f51a8de6d2bd0981592429"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_42387ccf478e3bd321159d7832"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6aa9db614d4e0d15f1074e593d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8b14fa240e19c409646aadf6cd"`);
        await queryRunner.query(`DROP TABLE "enrolment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_093c2442fe90d694a86194e2d5"`);
        await queryRunner.query(`DROP TABLE "consent"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c4476651b2278906d3bd46afe8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ecfc57c5d3813742522a3202be"`);
        await queryRunner.query(`DROP TABLE "candidate"`);
    }

}
