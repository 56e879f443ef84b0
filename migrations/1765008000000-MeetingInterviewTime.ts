import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * When an interview booked at a recruitment meeting takes place (src/modules/meetings/meeting-interview.entity.ts):
 * the meeting's staff agree it with the employer there, and it is kept with the booking.
 */
export class MeetingInterviewTime1765008000000 implements MigrationInterface {
    name = 'MeetingInterviewTime1765008000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting_interview" ADD "scheduled_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting_interview" DROP COLUMN "scheduled_at"`);
    }

}
