import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Recruitment meetings: venues, meetings with their responsible staff, employers and openings, invitations,
 * interviews booked at a meeting, reminders sent, and calendar feed tokens.
 *
 * Double bookings are refused by the database itself, so two concurrent requests cannot both succeed: exclusion
 * constraints over time ranges (`tstzrange ... &&`) need btree_gist for the equality part (`venue_id WITH =`).
 * btree_gist ships with PostgreSQL (a trusted extension since 13) and with PGlite (loaded by embedded-postgres.ts).
 * A staff member's bookings are checked on meeting_staff, which carries a copy of its meeting's range and whether
 * it is on, kept by triggers from the meeting.
 */
export class Meetings1764576000000 implements MigrationInterface {
    name = 'Meetings1764576000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`CREATE TABLE "meeting_venue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "name" text NOT NULL, "street" text, "postal_code" text, "city" text NOT NULL, "capacity" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting_venue" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "sector_id" uuid NOT NULL, "team_id" uuid NOT NULL, "title" text NOT NULL, "venue_id" uuid, "online_url" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "notes" text, "invitations_sent_at" TIMESTAMP WITH TIME ZONE, "held_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_staff" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "during" tstzrange NOT NULL, "active" boolean NOT NULL, CONSTRAINT "PK_meeting_staff" PRIMARY KEY ("meeting_id", "user_id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_employer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "contact_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting_employer" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_opening" ("meeting_id" uuid NOT NULL, "opening_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_meeting_opening" PRIMARY KEY ("meeting_id", "opening_id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "source" text NOT NULL, "score" double precision, "opening_id" uuid, "explanation" text, "response" text NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "attendance" text, "attendance_recorded_at" TIMESTAMP WITH TIME ZONE, "plan_activity_id" uuid, "invited_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting_invitation" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_interview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "opening_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "note" text, "booked_by_id" uuid NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_meeting_interview" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" text NOT NULL, "message" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_meeting_reminder" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_feed_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "token_hash" text NOT NULL, "label" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_meeting_feed_token" PRIMARY KEY ("id"), CONSTRAINT "UQ_meeting_feed_token_hash" UNIQUE ("token_hash"))`);

        // Reviewed by hand: references, the lifecycle's invariants, the double-booking constraints and the indexes.
        await queryRunner.query(`ALTER TABLE "meeting_venue" ADD CONSTRAINT "FK_meeting_venue_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_venue" ADD CONSTRAINT "FK_meeting_venue_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_venue" ADD CONSTRAINT "CHK_meeting_venue_capacity" CHECK ("capacity" BETWEEN 1 AND 10000)`);
        await queryRunner.query(`ALTER TABLE "meeting_venue" ADD CONSTRAINT "CHK_meeting_venue_name" CHECK (btrim("name") <> '' AND btrim("city") <> '')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_meeting_venue_name" ON "meeting_venue" ("principal_id", lower("name"))`);

        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_sector" FOREIGN KEY ("sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_team" FOREIGN KEY ("team_id") REFERENCES "team"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_venue" FOREIGN KEY ("venue_id") REFERENCES "meeting_venue"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_status" CHECK ("status" IN ('PLANNED', 'INVITATIONS_SENT', 'HELD', 'CANCELLED'))`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_times" CHECK ("ends_at" > "starts_at" AND "ends_at" - "starts_at" <= interval '12 hours')`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_place" CHECK ("venue_id" IS NOT NULL OR "online_url" IS NOT NULL)`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_online_url" CHECK ("online_url" IS NULL OR "online_url" ~ '^https://')`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_lifecycle" CHECK (("status" = 'HELD') = ("held_at" IS NOT NULL) AND ("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL) AND ("status" NOT IN ('INVITATIONS_SENT', 'HELD') OR "invitations_sent_at" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "EX_meeting_venue_time" EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("venue_id" IS NOT NULL AND "status" <> 'CANCELLED')`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_principal_starts" ON "meeting" ("principal_id", "starts_at")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_team_starts" ON "meeting" ("team_id", "starts_at")`);

        await queryRunner.query(`ALTER TABLE "meeting_staff" ADD CONSTRAINT "FK_meeting_staff_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" ADD CONSTRAINT "FK_meeting_staff_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" ADD CONSTRAINT "EX_meeting_staff_time" EXCLUDE USING gist ("user_id" WITH =, "during" WITH &&) WHERE ("active")`);
        await queryRunner.query(`CREATE FUNCTION "meeting_staff_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT tstzrange(m.starts_at, m.ends_at), m.status <> 'CANCELLED' INTO NEW.during, NEW.active FROM meeting m WHERE m.id = NEW.meeting_id;
  RETURN NEW;
END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_meeting_staff_fill" BEFORE INSERT ON "meeting_staff" FOR EACH ROW EXECUTE FUNCTION meeting_staff_fill()`);
        await queryRunner.query(`CREATE FUNCTION "meeting_staff_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_staff SET during = tstzrange(NEW.starts_at, NEW.ends_at), active = NEW.status <> 'CANCELLED' WHERE meeting_id = NEW.id;
  RETURN NULL;
END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_meeting_staff_follow" AFTER UPDATE OF "starts_at", "ends_at", "status" ON "meeting" FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION meeting_staff_follow()`);

        await queryRunner.query(`ALTER TABLE "meeting_employer" ADD CONSTRAINT "FK_meeting_employer_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_employer" ADD CONSTRAINT "FK_meeting_employer_employer" FOREIGN KEY ("employer_id") REFERENCES "employer"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_employer" ADD CONSTRAINT "FK_meeting_employer_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_employer" ADD CONSTRAINT "FK_meeting_employer_contact" FOREIGN KEY ("contact_id") REFERENCES "employer_contact"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_employer" ADD CONSTRAINT "UQ_meeting_employer" UNIQUE ("meeting_id", "employer_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_employer_employer" ON "meeting_employer" ("employer_id")`);

        await queryRunner.query(`ALTER TABLE "meeting_opening" ADD CONSTRAINT "FK_meeting_opening_employer" FOREIGN KEY ("meeting_id", "employer_id") REFERENCES "meeting_employer"("meeting_id", "employer_id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_opening" ADD CONSTRAINT "FK_meeting_opening_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_opening_opening" ON "meeting_opening" ("opening_id")`);

        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_opening" FOREIGN KEY ("opening_id") REFERENCES "opening"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_plan_activity" FOREIGN KEY ("plan_activity_id") REFERENCES "plan_activity"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "FK_meeting_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "CHK_meeting_invitation_source" CHECK ("source" IN ('PROPOSED', 'ADDED'))`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "CHK_meeting_invitation_response" CHECK ("response" IN ('INVITED', 'ACCEPTED', 'DECLINED', 'NO_ANSWER') AND ("response" = 'INVITED') = ("responded_at" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "CHK_meeting_invitation_attendance" CHECK (("attendance" IS NULL OR "attendance" IN ('ATTENDED', 'ABSENT')) AND ("attendance" IS NULL) = ("attendance_recorded_at" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "CHK_meeting_invitation_score" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100)`);
        await queryRunner.query(`ALTER TABLE "meeting_invitation" ADD CONSTRAINT "UQ_meeting_invitation" UNIQUE ("meeting_id", "candidate_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_invitation_candidate" ON "meeting_invitation" ("candidate_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_invitation_principal" ON "meeting_invitation" ("principal_id", "meeting_id")`);

        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_invitation" FOREIGN KEY ("invitation_id") REFERENCES "meeting_invitation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_opening" FOREIGN KEY ("meeting_id", "opening_id") REFERENCES "meeting_opening"("meeting_id", "opening_id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_placement" FOREIGN KEY ("placement_id") REFERENCES "placement"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "FK_meeting_interview_booked_by" FOREIGN KEY ("booked_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD CONSTRAINT "UQ_meeting_interview" UNIQUE ("invitation_id", "opening_id")`);

        await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_meeting_reminder_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_meeting_reminder_invitation" FOREIGN KEY ("invitation_id") REFERENCES "meeting_invitation"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_meeting_reminder_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "CHK_meeting_reminder_kind" CHECK ("kind" IN ('TWO_DAYS_BEFORE', 'TWO_HOURS_BEFORE'))`);
        await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "UQ_meeting_reminder" UNIQUE ("invitation_id", "kind", "starts_at")`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_reminder_meeting" ON "meeting_reminder" ("meeting_id")`);

        await queryRunner.query(`ALTER TABLE "meeting_feed_token" ADD CONSTRAINT "FK_meeting_feed_token_team" FOREIGN KEY ("team_id") REFERENCES "team"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_feed_token" ADD CONSTRAINT "FK_meeting_feed_token_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "meeting_feed_token" ADD CONSTRAINT "CHK_meeting_feed_token_hash" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')`);
        await queryRunner.query(`CREATE INDEX "IDX_meeting_feed_token_team" ON "meeting_feed_token" ("team_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "meeting_feed_token"`);
        await queryRunner.query(`DROP TABLE "meeting_reminder"`);
        await queryRunner.query(`DROP TABLE "meeting_interview"`);
        await queryRunner.query(`DROP TABLE "meeting_invitation"`);
        await queryRunner.query(`DROP TABLE "meeting_opening"`);
        await queryRunner.query(`DROP TABLE "meeting_employer"`);
        await queryRunner.query(`DROP TRIGGER "TRG_meeting_staff_follow" ON "meeting"`);
        await queryRunner.query(`DROP TRIGGER "TRG_meeting_staff_fill" ON "meeting_staff"`);
        await queryRunner.query(`DROP FUNCTION "meeting_staff_follow"()`);
        await queryRunner.query(`DROP FUNCTION "meeting_staff_fill"()`);
        await queryRunner.query(`DROP TABLE "meeting_staff"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
        await queryRunner.query(`DROP TABLE "meeting_venue"`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
    }

}
