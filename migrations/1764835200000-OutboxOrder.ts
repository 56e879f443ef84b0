import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The outbox handles the events of one stream in the order they were recorded, and each event carries what its
 * handlers need as it was when it happened (src/platform/outbox/outbox.service.ts):
 * - `outbox_event.stream`: what the event is about, for ordering: a person's enrolment period for placement and
 *   attendance events, the employer's participation for a held meeting. `seq`: the order recorded (identity;
 *   `created_at` is the same for every event of one transaction). A partial index finds a stream's unprocessed events.
 * - `outbox_handled.failure`: a handler that failed for good on an event is recorded as having given up, with the
 *   reason, so that the stream's later events are not held back by it for ever.
 * - Payloads of events already stored get the new fields. A placement event's are derived from its placement row
 *   as of that event (the internship dates: the completion only for events after it; the opening's title);
 *   an attendance event's from its invitation and meeting (the attendance, title and start are read now, as the
 *   handler did until now); a held meeting's from the attendance recorded now.
 * Old events get their `seq` in the order they were recorded (created_at, then id).
 */
export class OutboxOrder1764835200000 implements MigrationInterface {
    name = 'OutboxOrder1764835200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "stream" text`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "seq" bigint`);
        await queryRunner.query(`ALTER TABLE "outbox_handled" ADD "failure" text`);

        await queryRunner.query(`UPDATE "outbox_event" e SET "stream" = e."payload"->>'enrolmentId',
            "payload" = e."payload" || jsonb_build_object(
              'internshipStartedOn', p."internship_started_on",
              'internshipCompletedOn', CASE WHEN e."payload"->>'stage' = 'INTERNSHIP_STARTED' THEN NULL ELSE p."internship_completed_on" END,
              'openingTitle', o."title")
          FROM "placement" p JOIN "opening" o ON o."id" = p."opening_id"
          WHERE e."kind" LIKE 'placement.%' AND p."id" = e."placement_id"`);
        await queryRunner.query(`UPDATE "outbox_event" e SET "stream" = i."enrolment_id"::text,
            "payload" = e."payload" || jsonb_build_object(
              'enrolmentId', i."enrolment_id",
              'attendance', i."attendance",
              'meetingTitle', m."title",
              'startsAt', to_char(m."starts_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          FROM "meeting_invitation" i JOIN "meeting" m ON m."id" = i."meeting_id"
          WHERE e."kind" = 'meeting.attendance-recorded' AND i."id" = (e."payload"->>'invitationId')::uuid`);
        await queryRunner.query(`UPDATE "outbox_event" e SET "stream" = e."payload"->>'meetingEmployerId',
            "payload" = e."payload" || jsonb_build_object('attended',
              (SELECT count(*)::int FROM "meeting_invitation" i WHERE i."meeting_id" = (e."payload"->>'meetingId')::uuid AND i."attendance" = 'ATTENDED'))
          WHERE e."kind" = 'meeting.held'`);
        // anything else is a stream of its own
        await queryRunner.query(`UPDATE "outbox_event" SET "stream" = "id"::text WHERE "stream" IS NULL`);
        await queryRunner.query(`UPDATE "outbox_event" e SET "seq" = o."n"
          FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS "n" FROM "outbox_event") o WHERE o."id" = e."id"`);

        await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "stream" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "seq" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY`);
        await queryRunner.query(`SELECT setval(pg_get_serial_sequence('"outbox_event"', 'seq'), coalesce(max("seq"), 0) + 1, false) FROM "outbox_event"`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_event_stream_unprocessed" ON "outbox_event" ("stream", "seq") WHERE "processed_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_event_stream_unprocessed"`);
        // before, a handler that failed for good left no row and its event unprocessed
        await queryRunner.query(`UPDATE "outbox_event" SET "processed_at" = NULL
          WHERE "id" IN (SELECT "event_id" FROM "outbox_handled" WHERE "failure" IS NOT NULL)`);
        await queryRunner.query(`DELETE FROM "outbox_handled" WHERE "failure" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "outbox_handled" DROP COLUMN "failure"`);
        await queryRunner.query(`UPDATE "outbox_event" SET "payload" = "payload" - ARRAY['internshipStartedOn', 'internshipCompletedOn', 'openingTitle'] WHERE "kind" LIKE 'placement.%'`);
        await queryRunner.query(`UPDATE "outbox_event" SET "payload" = "payload" - ARRAY['enrolmentId', 'attendance', 'meetingTitle', 'startsAt'] WHERE "kind" = 'meeting.attendance-recorded'`);
        await queryRunner.query(`UPDATE "outbox_event" SET "payload" = "payload" - 'attended' WHERE "kind" = 'meeting.held'`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "seq"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "stream"`);
    }

}
