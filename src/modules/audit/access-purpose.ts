import { registerEnumType } from '@nestjs/graphql';

/**
 * Why a person's record was read (docs/rules.md, "The access log says why"): the access log must let the principal
 * and the person see not only who read and when but for what, so a read can be judged against the need for it.
 */
export enum AccessPurpose {
  PLANNING = 'PLANNING',
  FOLLOW_UP = 'FOLLOW_UP',
  MATCHING = 'MATCHING',
  RECRUITMENT_MEETING = 'RECRUITMENT_MEETING',
  SFI = 'SFI',
  PLACEMENT = 'PLACEMENT',
  INSPECTION = 'INSPECTION',
  REGISTER_EXTRACT = 'REGISTER_EXTRACT',
  EXPORT = 'EXPORT',
  ADMINISTRATION = 'ADMINISTRATION',
  OTHER = 'OTHER',
}
registerEnumType(AccessPurpose, {
  name: 'AccessPurpose',
  description: 'Why a record was read',
  valuesMap: {
    PLANNING: { description: 'Planning: the caseload, the enrolment period and its plan' },
    FOLLOW_UP: { description: 'The weekly follow-up' },
    MATCHING: { description: 'Matching: rankings and shortlists' },
    RECRUITMENT_MEETING: { description: 'A recruitment meeting: invitations and interviews' },
    SFI: { description: 'Sector SFI: the queue and the courses' },
    PLACEMENT: { description: 'A placement' },
    INSPECTION: { description: 'Inspection of the access log itself' },
    REGISTER_EXTRACT: { description: 'A register extract (GDPR art. 15); only that operation has it' },
    EXPORT: { description: "A principal's export package; only those operations have it" },
    ADMINISTRATION: { description: 'Administration, e.g. the duplicate check' },
    OTHER: { description: 'Any read the mapping does not name, without a valid declaration' },
  },
});

/** The request headers by which the web app says why a screen reads (set per route, web/src/app/platform/api/). */
export const PURPOSE_HEADER = 'x-brygga-purpose';
export const CASE_HEADER = 'x-brygga-case';

/** What the caller said about why they read: only values that passed validation, each possibly absent. */
export interface DeclaredAccess {
  purpose?: AccessPurpose;
  caseId?: string;
}

/**
 * The purpose an operation reads for, when the caller says nothing (or nothing valid). `fixed` purposes belong to
 * the operation itself: an inspection, a register extract or an export is that whatever the caller declares.
 */
const OPERATION_PURPOSES: Readonly<Record<string, { purpose: AccessPurpose; fixed?: true }>> = {
  rankCandidatesForOpening: { purpose: AccessPurpose.MATCHING },
  rankOpeningsForCandidate: { purpose: AccessPurpose.MATCHING },
  shortlist: { purpose: AccessPurpose.MATCHING },
  teamCaseload: { purpose: AccessPurpose.PLANNING },
  caseloadEnrolments: { purpose: AccessPurpose.PLANNING },
  'Enrolment.candidate': { purpose: AccessPurpose.PLANNING },
  'Enrolment.plan': { purpose: AccessPurpose.PLANNING },
  'Enrolment.followUps': { purpose: AccessPurpose.FOLLOW_UP },
  proposedMeetingInvitations: { purpose: AccessPurpose.RECRUITMENT_MEETING },
  meetingInvitations: { purpose: AccessPurpose.RECRUITMENT_MEETING },
  'MeetingInvitation.candidate': { purpose: AccessPurpose.RECRUITMENT_MEETING },
  'MeetingInterview.placement': { purpose: AccessPurpose.RECRUITMENT_MEETING },
  sfiQueue: { purpose: AccessPurpose.SFI },
  'SfiCourse.participants': { purpose: AccessPurpose.SFI },
  'SfiEnrolment.candidate': { purpose: AccessPurpose.SFI },
  placement: { purpose: AccessPurpose.PLACEMENT },
  placements: { purpose: AccessPurpose.PLACEMENT },
  'Placement.candidate': { purpose: AccessPurpose.PLACEMENT },
  likelyDuplicates: { purpose: AccessPurpose.ADMINISTRATION },
  accessLog: { purpose: AccessPurpose.INSPECTION, fixed: true },
  registerutdrag: { purpose: AccessPurpose.REGISTER_EXTRACT, fixed: true },
  principalExport: { purpose: AccessPurpose.EXPORT, fixed: true },
  principalExportDownload: { purpose: AccessPurpose.EXPORT, fixed: true },
};

/** Purposes only an operation of their own has: a header claiming them for another read is ignored. */
const NEVER_DECLARED = new Set([AccessPurpose.REGISTER_EXTRACT, AccessPurpose.EXPORT]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ownPurpose = (operation: string) => (Object.hasOwn(OPERATION_PURPOSES, operation) ? OPERATION_PURPOSES[operation] : undefined);

/** The purpose an operation reads for by itself; OTHER for an operation the mapping does not name. */
export function purposeOfOperation(operation: string): AccessPurpose {
  return ownPurpose(operation)?.purpose ?? AccessPurpose.OTHER;
}

/**
 * The caller's declaration, from the request's headers, never trusted blindly: an unknown purpose, one only an
 * operation of its own may have, or a case that is not a uuid is dropped, as if not sent.
 */
export function declaredAccessOf(headers: Record<string, string | string[] | undefined>): DeclaredAccess {
  const first = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim();
  };
  const purpose = first(PURPOSE_HEADER);
  const caseId = first(CASE_HEADER);
  const known = purpose !== undefined && Object.hasOwn(AccessPurpose, purpose) && !NEVER_DECLARED.has(purpose as AccessPurpose);
  return {
    purpose: known ? (purpose as AccessPurpose) : undefined,
    caseId: caseId !== undefined && UUID.test(caseId) ? caseId.toLowerCase() : undefined,
  };
}

/** Why this operation read, for the log: the operation's own purpose when fixed, else the caller's, else derived. */
export function accessReasonOf(declared: DeclaredAccess, operation: string): { purpose: AccessPurpose; caseId: string | null } {
  const own = ownPurpose(operation);
  if (own?.fixed) return { purpose: own.purpose, caseId: null };
  return { purpose: declared.purpose ?? purposeOfOperation(operation), caseId: declared.caseId ?? null };
}
