import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The access log says why (src/modules/audit/access-purpose.ts): each read gets a purpose and, when the screen
 * names one, the case it was for. Rows logged before get the purpose their operation implies, else OTHER (a frozen
 * copy of the mapping as it stood). Consents need no column: their description and legal basis are rules
 * (src/candidates/consent-purposes.ts), not stored copies.
 */
export class ConsentBasisAccessPurpose1765440000000 implements MigrationInterface {
    name = 'ConsentBasisAccessPurpose1765440000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "access_log_entry" ADD "purpose" text NOT NULL DEFAULT 'OTHER'`);
        await queryRunner.query(`ALTER TABLE "access_log_entry" ADD "case_id" uuid`);
        await queryRunner.query(`ALTER TABLE "access_log_entry" ADD CONSTRAINT "CHK_access_log_entry_purpose" CHECK ("purpose" IN ('PLANNING', 'FOLLOW_UP', 'MATCHING', 'RECRUITMENT_MEETING', 'SFI', 'PLACEMENT', 'INSPECTION', 'REGISTER_EXTRACT', 'EXPORT', 'ADMINISTRATION', 'OTHER'))`);
        await queryRunner.query(`UPDATE "access_log_entry" SET "purpose" = CASE "operation"
            WHEN 'rankCandidatesForOpening' THEN 'MATCHING' WHEN 'rankOpeningsForCandidate' THEN 'MATCHING' WHEN 'shortlist' THEN 'MATCHING'
            WHEN 'teamCaseload' THEN 'PLANNING' WHEN 'caseloadEnrolments' THEN 'PLANNING' WHEN 'Enrolment.candidate' THEN 'PLANNING' WHEN 'Enrolment.plan' THEN 'PLANNING'
            WHEN 'Enrolment.followUps' THEN 'FOLLOW_UP'
            WHEN 'proposedMeetingInvitations' THEN 'RECRUITMENT_MEETING' WHEN 'meetingInvitations' THEN 'RECRUITMENT_MEETING'
            WHEN 'MeetingInvitation.candidate' THEN 'RECRUITMENT_MEETING' WHEN 'MeetingInterview.placement' THEN 'RECRUITMENT_MEETING'
            WHEN 'sfiQueue' THEN 'SFI' WHEN 'SfiCourse.participants' THEN 'SFI' WHEN 'SfiEnrolment.candidate' THEN 'SFI'
            WHEN 'placement' THEN 'PLACEMENT' WHEN 'placements' THEN 'PLACEMENT' WHEN 'Placement.candidate' THEN 'PLACEMENT'
            WHEN 'likelyDuplicates' THEN 'ADMINISTRATION'
            WHEN 'accessLog' THEN 'INSPECTION'
            WHEN 'registerutdrag' THEN 'REGISTER_EXTRACT'
            WHEN 'principalExport' THEN 'EXPORT' WHEN 'principalExportDownload' THEN 'EXPORT'
            ELSE 'OTHER' END`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "access_log_entry" DROP CONSTRAINT "CHK_access_log_entry_purpose"`);
        await queryRunner.query(`ALTER TABLE "access_log_entry" DROP COLUMN "case_id"`);
        await queryRunner.query(`ALTER TABLE "access_log_entry" DROP COLUMN "purpose"`);
    }

}
