import { CANDIDATE_READERS } from '../../candidates/candidate-permissions.js';
import { Role } from '../../platform/auth/role.enum.js';

/**
 * A placement is part of a person's record (which employer they were put forward to, and what came of it), so it
 * is read by whoever reads job seekers' records: the sector-team roles, managers, and the principal's reviewers
 * within their principal. Business developers and administrators do not read it.
 */
export const PLACEMENT_READERS: readonly Role[] = CANDIDATE_READERS;

/**
 * Creating and moving placements: the recruiter who puts people forward, the secretary who follows them, and the
 * rest of the sector team (docs/domain.md, the path's step 4: internships, direct recruitment, sector SFI).
 */
export const PLACEMENT_EDITORS: readonly Role[] = [Role.RECRUITER, Role.LABOUR_MARKET_SECRETARY, Role.CAREER_COUNSELLOR, Role.TEACHER];
