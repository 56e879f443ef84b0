import { CANDIDATE_READERS } from '../../candidates/candidate-permissions.js';
import { Role } from '../../platform/auth/role.enum.js';

/**
 * Who may do what with plans and follow-ups, in one place so the resolvers and the permission tests read the
 * same lists. Within these roles the principal scope decides whose plans (staff acting for the person's
 * principal; the principal's reviewers read only). Business developers serve employers and administrators
 * manage users: neither sees plans.
 */

/** Reading plans, follow-ups, the overdue lists and caseloads: whoever reads job seekers' records. */
export const PLAN_READERS: readonly Role[] = CANDIDATE_READERS;

/**
 * Starting a plan and changing its goal or sick-listing: the labour-market secretary, who owns the plan
 * (docs/domain.md "Users"), and the career counsellor, who makes study plans.
 */
export const PLAN_EDITORS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.CAREER_COUNSELLOR];

/**
 * Adding and changing activities (insatser): the whole sector team, since the recruiter arranges internships
 * and recruitment meetings and the teacher sector SFI (docs/domain.md, the path's step 4).
 */
export const ACTIVITY_EDITORS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.RECRUITER, Role.CAREER_COUNSELLOR, Role.TEACHER];

/**
 * Recording a follow-up. The weekly follow-up is the secretary's (docs/domain.md step 5), but the whole sector team
 * follows the person from the sector choice on (step 4), so a recruiter, career counsellor or teacher who holds
 * the week's follow-up records it too; it then counts for the weekly rule like the secretary's, and `by` shows
 * who held it.
 */
export const FOLLOW_UP_RECORDERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.RECRUITER, Role.CAREER_COUNSELLOR, Role.TEACHER];

/**
 * Who may be named responsible for an activity: staff who carry activities with job seekers, including the
 * business developers who arrange internships with employers. Not managers, administrators or reviewers.
 */
export const ACTIVITY_RESPONSIBLE_ROLES: readonly Role[] = [
  Role.LABOUR_MARKET_SECRETARY,
  Role.RECRUITER,
  Role.BUSINESS_DEVELOPER,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
];
