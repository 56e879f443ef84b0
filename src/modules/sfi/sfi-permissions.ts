import { CANDIDATE_READERS } from '../../candidates/candidate-permissions.js';
import { Role } from '../../platform/auth/role.enum.js';

/**
 * Who may do what with sector SFI (docs/domain.md: the career counsellor and the teacher work with study plans and
 * sector SFI), in one place so the resolvers and the permission tests read the same lists. Within these roles the
 * principal scope decides whose enrolments: a person's SFI enrolment is their personal data, so business
 * developers and administrators see none of it.
 */

/** Courses and queues name people: whoever reads job seekers' records reads them (reviewers their own principal's). */
export const SFI_READERS: readonly Role[] = CANDIDATE_READERS;

/** Who plans courses: the teachers and career counsellors who run them, and the manager. */
export const SFI_COURSE_EDITORS: readonly Role[] = [Role.TEACHER, Role.CAREER_COUNSELLOR, Role.MANAGER];

/** Who puts a person in a course's queue: their secretary (ASK), the career counsellor (SYV), the teacher. */
export const SFI_QUEUERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.CAREER_COUNSELLOR, Role.TEACHER];

/** Who starts people on a course and records that they left or completed it. */
export const SFI_PROGRESS_KEEPERS: readonly Role[] = [Role.TEACHER, Role.CAREER_COUNSELLOR];

/** Attendance and progress are noted by the teacher. */
export const SFI_NOTE_AUTHORS: readonly Role[] = [Role.TEACHER];
