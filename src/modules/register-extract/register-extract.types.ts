import { Role } from '../../platform/auth/role.enum.js';

/** The access-log operation under which producing a register extract is recorded. */
export const REGISTER_EXTRACT_OPERATION = 'registerutdrag';

/**
 * Who may produce a person's register extract. It carries the whole identity number, so it is for the roles that
 * read the whole number (FULL_IDENTITY_READERS): the labour-market secretary, who answers the person's request, and
 * the principal's reviewer, the data controller's own inspector. The principal scope then decides whose extract.
 */
export const REGISTER_EXTRACT_READERS: readonly Role[] = [Role.LABOUR_MARKET_SECRETARY, Role.PRINCIPAL_REVIEWER];

/** The name under which `Viewer.permissions` lists the extract's routes for the roles they admit. */
export const REGISTER_EXTRACT_PERMISSION = 'registerExtract';

/** A row as the database returns it: column names in camelCase, dates as YYYY-MM-DD, instants as Date. */
export type Row = Record<string, unknown>;

/** A plan with its activities and every revision. */
export interface ExtractPlan extends Row {
  activities: Row[];
  revisions: Row[];
}

/** An SFI place with the teacher's notes. */
export interface ExtractSfiPlace extends Row {
  notes: Row[];
}

/** A placement with its stage history. */
export interface ExtractPlacement extends Row {
  history: Row[];
}

/** A recruitment meeting invitation with the interviews booked from it. */
export interface ExtractInvitation extends Row {
  interviews: Row[];
}

/**
 * Everything Brygga holds about one person (GDPR art. 15, the right of access): the record itself, the principal,
 * every enrolment period and what hangs off it, and who has read the record. Reference ids are given with their
 * names (sector, team, staff member, employer) so the person can read it without Brygga.
 */
export interface RegisterExtract {
  generatedAt: Date;
  generatedBy: { name: string; organisation: string | null };
  principal: { id: string; name: string };
  person: Row;
  enrolments: Row[];
  plans: ExtractPlan[];
  /** Each sick-listing and its end, from the plans' revisions (a sick-listed person's plan is adapted, not paused). */
  sickLeave: Row[];
  followUps: Row[];
  consents: Row[];
  sfiPlaces: ExtractSfiPlace[];
  placements: ExtractPlacement[];
  shortlistEntries: Row[];
  /** The kept rankings the person appeared in: what was shown and what a member of staff decided. */
  rankings: Row[];
  meetingInvitations: ExtractInvitation[];
  /** Every read of the record, newest first: when, by whom (name and organisation), which operation. */
  accessLog: Row[];
}
