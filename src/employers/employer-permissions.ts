import { Role } from '../platform/auth/role.enum.js';

/**
 * Who may do what with employers and their contact log, in one place so the resolvers and the permission
 * tests read the same lists. Administrators manage users and settings, not case data, so they are in none.
 */
export const EMPLOYER_READERS: readonly Role[] = [
  Role.BUSINESS_DEVELOPER,
  Role.RECRUITER,
  Role.LABOUR_MARKET_SECRETARY,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
  Role.MANAGER,
  Role.PRINCIPAL_REVIEWER,
];

/** Business developers own employer relationships; recruiters register the employers they recruit for. */
export const EMPLOYER_EDITORS: readonly Role[] = [Role.BUSINESS_DEVELOPER, Role.RECRUITER];

export const EMPLOYER_ARCHIVERS: readonly Role[] = [Role.BUSINESS_DEVELOPER, Role.MANAGER];

/** Everyone who meets employers logs the contact: the sector teams as well as the business developers. */
export const CONTACT_LOGGERS: readonly Role[] = [
  Role.BUSINESS_DEVELOPER,
  Role.RECRUITER,
  Role.LABOUR_MARKET_SECRETARY,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
];

/** Who follows a team's overdue follow-ups. */
export const TEAM_FOLLOW_UP_READERS: readonly Role[] = [Role.MANAGER, Role.BUSINESS_DEVELOPER, Role.RECRUITER];

/** A follow-up is closed by its author (any contact logger) or by a manager. */
export const FOLLOW_UP_CLOSERS: readonly Role[] = [...CONTACT_LOGGERS, Role.MANAGER];
