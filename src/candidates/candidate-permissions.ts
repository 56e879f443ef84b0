import { Role } from '../platform/auth/role.enum.js';

/**
 * Who may read and change job seekers' records. Within these roles, the principal scope decides whose records:
 * staff of an organisation acting for the person's principal, and the principal's own reviewers (read only).
 * Business developers work with employers and administrators with users: neither reads job seekers' records.
 */
export const CANDIDATE_READERS: readonly Role[] = [
  Role.LABOUR_MARKET_SECRETARY,
  Role.RECRUITER,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
  Role.MANAGER,
  Role.PRINCIPAL_REVIEWER,
];

/** The labour-market secretary enrols people and moves them along the path (first meeting, sector, exit). */
export const ENROLMENT_KEEPERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY];

/** Who updates a profile: the secretary, the recruiter after the interview, the career counsellor. */
export const PROFILE_EDITORS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.RECRUITER, Role.CAREER_COUNSELLOR];

/** Roles that see the whole identity number; everyone else sees it masked. */
export const FULL_IDENTITY_READERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.PRINCIPAL_REVIEWER];
