import { CANDIDATE_READERS } from '../../candidates/candidate-permissions.js';
import { Role } from '../../platform/auth/role.enum.js';
import { PLACEMENT_EDITORS } from '../placements/placement-permissions.js';

/**
 * Who plans and changes meetings: the sector-team roles (docs/domain.md: "bransch-team ... plans recruitment meetings")
 * and managers. Within these roles a sector-team member must belong to the organising team (checked in the service);
 * a manager plans for any team of their organisation.
 */
export const MEETING_PLANNERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.RECRUITER, Role.CAREER_COUNSELLOR, Role.TEACHER, Role.MANAGER];

/**
 * Who reads meetings and their employer side (title, time, place, employers, openings, counts): the planners, the
 * business developers who bring the employers, and the principal's reviewers. Administrators see no case data.
 */
export const MEETING_READERS: readonly Role[] = [...MEETING_PLANNERS, Role.BUSINESS_DEVELOPER, Role.PRINCIPAL_REVIEWER];

/**
 * Invitations are part of a person's record: read by those who read job seekers' records, each within their
 * principal scope (a reviewer sees their own municipality's residents only). Business developers do not read them.
 */
export const INVITATION_READERS: readonly Role[] = CANDIDATE_READERS;

/** Who proposes the invite list from the ranking: the planners, as for rankCandidatesForOpening plus the team's teachers. */
export const INVITATION_PROPOSERS: readonly Role[] = MEETING_PLANNERS;

/** Booking an interview creates or moves a placement: the placement editors of the organising team. */
export const INTERVIEW_BOOKERS: readonly Role[] = PLACEMENT_EDITORS;

/** Venues are kept by the planners. */
export const VENUE_EDITORS: readonly Role[] = MEETING_PLANNERS;
