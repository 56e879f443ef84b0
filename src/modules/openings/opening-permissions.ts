import { Role } from '../../platform/auth/role.enum.js';

/**
 * Who may do what with openings, in one place so the resolvers and the permission tests read the same lists.
 * Openings are employers' data, not people's records: every case-work role reads them within its principal
 * scope; administrators see no case data.
 */
export const OPENING_READERS: readonly Role[] = [
  Role.BUSINESS_DEVELOPER,
  Role.RECRUITER,
  Role.LABOUR_MARKET_SECRETARY,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
  Role.MANAGER,
  Role.PRINCIPAL_REVIEWER,
];

/** Business developers take openings from employers; recruiters fill them. Both write them and their check-ins. */
export const OPENING_EDITORS: readonly Role[] = [Role.BUSINESS_DEVELOPER, Role.RECRUITER];
