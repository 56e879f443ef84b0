import type { Role } from '../src/platform/auth/role.enum.js';

/** What the demo's organisations and staff seeding hands to the employer and candidate seeding. */
export interface DemoWorld {
  /** The day the demo is anchored to: all demo dates are relative to it. */
  today: string;
  amfId: string;
  principals: { Trelleborg: string; Svedala: string };
  /** user id by username */
  users: Map<string, string>;
  /** who each user is, by username, for acting as them (demo-context.ts) */
  staff: Map<string, { id: string; name: string; organisationId: string; roles: Role[] }>;
  /** sector id by sector code */
  sectors: Map<string, string>;
  /** the sector team and its secretary, by sector code */
  sectorTeams: Map<string, { teamId: string; secretaryId: string }>;
}
