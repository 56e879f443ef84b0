/**
 * The files of a principal's export package, in the order the import loads them (a file's references point to
 * files before it, except the `deferred` columns, which close the cycles and are set once everything is loaded).
 * In every `where`, `t` is the file's table and `$1` the principal. Shared by the export job, the import command
 * and the package's README (export-readme.ts), so the three cannot drift apart.
 *
 * Records are the principal's own (`principal_id`), or hang off one of them (a plan's revisions), or are what the
 * principal's records point to and must come along for the references to hold: users and organisations as minimal
 * rows, sectors, teams, SFI courses, openings and their employers, meetings and their venues (see `reference`).
 */
export interface PackageFile {
  /** The file's base name: `<name>.jsonl` and `<name>.csv`. */
  name: string;
  table: string;
  description: string;
  where: string;
  /**
   * Only these columns rather than the table's every column: what a reference needs and no more. The import fills
   * the table's other NOT NULL columns from `importDefaults`.
   */
  columns?: readonly string[];
  /** Columns written as given but never the table's own: replaced by these SQL expressions (a reference cut off). */
  replace?: Record<string, string>;
  /** SQL expressions (over the package's row `p`) for NOT NULL columns a minimal file leaves out. */
  importDefaults?: Record<string, string>;
  /** Columns loaded as NULL, then set once every file is in (they refer to a file loaded later). */
  deferred?: string[];
  /** Columns that name a user, whom the package must then hold (users.jsonl). */
  userColumns?: string[];
  /** Columns that name an organisation, which the package must then hold (organisations.jsonl). */
  organisationColumns?: string[];
  /** Pages the file by this column (unique, a uuid); default `id`. */
  key?: string;
  /**
   * Read in one query rather than a page at a time: for the tables without a single key (a meeting's openings and
   * staff, a team's members), whose size is bounded by the meetings and teams, not by the number of people.
   */
  unpaged?: boolean;
  /** A reference file: what the principal's records point to, not the principal's own records. */
  reference?: boolean;
  /** Loaded by the import's own rule rather than inserted as it is. */
  special?: 'sectors' | 'statistics';
}

const PLANS = `SELECT id FROM plan WHERE principal_id = $1`;
/** Openings the principal's people were placed in, shortlisted, checked in at, invited for or interviewed for. */
const PEOPLES_OPENINGS = ['placement', 'shortlist_entry', 'internship_check_in', 'meeting_invitation', 'meeting_interview']
  .map((table) => `SELECT opening_id FROM ${table} WHERE principal_id = $1 AND opening_id IS NOT NULL`)
  .join(' UNION ');
const RANKINGS = `SELECT record_id FROM ranking_record_entry WHERE principal_id = $1`;
const OPENINGS = `SELECT id FROM opening WHERE principal_id = $1 UNION ${PEOPLES_OPENINGS} UNION SELECT opening_id FROM ranking_record WHERE id IN (${RANKINGS})`;
const OWN_MEETINGS = `SELECT id FROM meeting WHERE principal_id = $1`;
const MEETINGS = `${OWN_MEETINGS} UNION SELECT meeting_id FROM meeting_invitation WHERE principal_id = $1 UNION SELECT meeting_id FROM meeting_interview WHERE principal_id = $1`;
/** A meeting's openings: every one of the principal's own meetings, and those the principal's people were interviewed for. */
const MEETING_OPENINGS = `t.meeting_id IN (${OWN_MEETINGS}) OR (t.meeting_id, t.opening_id) IN (SELECT meeting_id, opening_id FROM meeting_interview WHERE principal_id = $1)`;
const EMPLOYER_CONTACTS = `SELECT id FROM employer_contact WHERE principal_id = $1`;

/** The package's record files, in load order. users.jsonl and organisations.jsonl come first (export-package.ts). */
export const RECORD_FILES: readonly PackageFile[] = [
  {
    name: 'sectors',
    table: 'sector',
    description: 'Every sector (bransch). The import matches them to the target’s sectors by code and takes these ids.',
    where: '$1::uuid IS NOT NULL',
    columns: ['id', 'code', 'name', 'description', 'occupation_field_ids', 'ssyk4_ids'],
    reference: true,
    special: 'sectors',
  },
  {
    name: 'teams',
    table: 'team',
    description: 'Sector teams the principal’s enrolment periods, meetings or openings name (members not included).',
    where: `t.id IN (SELECT team_id FROM enrolment WHERE principal_id = $1 UNION SELECT team_id FROM meeting WHERE id IN (${MEETINGS}) UNION SELECT team_id FROM opening WHERE id IN (${OPENINGS}))`,
    organisationColumns: ['organisation_id'],
    reference: true,
  },
  {
    name: 'team_members',
    table: 'team_member',
    description: 'The members of those teams and their roles in them.',
    where: `t.team_id IN (SELECT team_id FROM enrolment WHERE principal_id = $1 UNION SELECT team_id FROM meeting WHERE id IN (${MEETINGS}) UNION SELECT team_id FROM opening WHERE id IN (${OPENINGS}))`,
    userColumns: ['user_id'],
    unpaged: true,
  },
  {
    name: 'agreements',
    table: 'agreement',
    description: 'Agreements (avtalssamverkan) under which another organisation acts for the principal.',
    where: 't.principal_id = $1',
    organisationColumns: ['acting_organisation_id', 'principal_id'],
  },
  {
    name: 'employers',
    table: 'employer',
    description: 'The principal’s employers, and other principals’ employers whose openings the principal’s people were placed in or invited for.',
    where: `t.principal_id = $1 OR t.id IN (SELECT employer_id FROM opening WHERE id IN (${OPENINGS}) UNION SELECT employer_id FROM meeting_employer WHERE meeting_id IN (${OWN_MEETINGS}))`,
    userColumns: ['responsible_user_id'],
    organisationColumns: ['principal_id'],
  },
  {
    name: 'employer_contact_persons',
    table: 'employer_contact_person',
    description: 'Contact persons at the principal’s employers: name, role, phone and e-mail.',
    where: `t.employer_id IN (SELECT id FROM employer WHERE principal_id = $1)`,
  },
  {
    name: 'employer_contacts',
    table: 'employer_contact',
    description: 'The business developers’ contact log with the principal’s employers: when, how, what was said, the next follow-up.',
    where: 't.principal_id = $1',
    userColumns: ['author_id'],
  },
  {
    name: 'skill_needs',
    table: 'skill_need',
    description: 'Skill needs (kompetensbehov) the principal’s employers stated in a contact: occupation, how many, by when.',
    where: `t.principal_id = $1 AND (t.contact_id IS NULL OR t.contact_id IN (${EMPLOYER_CONTACTS}))`,
  },
  {
    name: 'openings',
    table: 'opening',
    description:
      'The principal’s openings (jobs, internships), and the openings its people were placed in, shortlisted, invited or interviewed for. The opening it was converted from is not included (null), nor another principal’s skill need or supervisor contact details.',
    where: `t.id IN (${OPENINGS})`,
    replace: {
      source_skill_need_id: `CASE WHEN t.source_skill_need_id IN (SELECT id FROM skill_need WHERE principal_id = $1) THEN t.source_skill_need_id END`,
      converted_from_opening_id: 'NULL',
      supervisor_name: 'CASE WHEN t.principal_id = $1 THEN t.supervisor_name END',
      supervisor_phone: 'CASE WHEN t.principal_id = $1 THEN t.supervisor_phone END',
      supervisor_email: 'CASE WHEN t.principal_id = $1 THEN t.supervisor_email END',
    },
    userColumns: ['created_by_id'],
    organisationColumns: ['principal_id'],
  },
  {
    name: 'meeting_venues',
    table: 'meeting_venue',
    description: 'Venues of the meetings in meetings.jsonl.',
    where: `t.id IN (SELECT venue_id FROM meeting WHERE id IN (${MEETINGS}))`,
    userColumns: ['created_by_id'],
    organisationColumns: ['principal_id'],
    reference: true,
  },
  {
    name: 'people',
    table: 'candidate',
    description: 'The principal’s people (job seekers), each once however many enrolment periods.',
    where: 't.principal_id = $1',
  },
  {
    name: 'enrolment_periods',
    table: 'enrolment',
    description: 'Enrolment periods (inskrivningar): first contact to exit, with the plan and sector timings and the exit.',
    where: 't.principal_id = $1',
    userColumns: ['secretary_id'],
    deferred: ['exit_placement_id'],
  },
  {
    name: 'plans',
    table: 'plan',
    description: 'Labour-market and study plans, one per enrolment period.',
    where: 't.principal_id = $1',
    userColumns: ['owner_id'],
    deferred: ['goal_reached_by_placement_id'],
  },
  {
    name: 'plan_activities',
    table: 'plan_activity',
    description: 'The plans’ activities (insatser).',
    where: `t.plan_id IN (${PLANS})`,
    userColumns: ['responsible_user_id'],
    deferred: ['placement_id'],
  },
  {
    name: 'plan_revisions',
    table: 'plan_revision',
    description: 'Every change of a plan: who, when, what changed.',
    where: `t.plan_id IN (${PLANS})`,
    userColumns: ['author_id'],
  },
  {
    name: 'follow_ups',
    table: 'candidate_follow_up',
    description: 'Follow-ups (uppföljningar) with the secretary.',
    where: 't.principal_id = $1',
    userColumns: ['by_user_id'],
  },
  {
    name: 'consents',
    table: 'consent',
    description: 'Consents (samtycken): purpose, recipient, given and withdrawn.',
    where: 't.principal_id = $1',
    userColumns: ['recorded_by_id'],
  },
  {
    name: 'sfi_courses',
    table: 'sfi_course',
    description: 'The sector SFI courses the principal’s people queue for or attend.',
    where: `t.id IN (SELECT course_id FROM sfi_enrolment WHERE principal_id = $1)`,
    organisationColumns: ['organisation_id'],
    reference: true,
  },
  { name: 'sfi_places', table: 'sfi_enrolment', description: 'SFI places: queued, started, ended.', where: 't.principal_id = $1' },
  { name: 'sfi_notes', table: 'sfi_note', description: 'Attendance and notes of SFI places.', where: 't.principal_id = $1', userColumns: ['author_id'] },
  {
    name: 'shortlists',
    table: 'shortlist_entry',
    description: 'The principal’s people on recruiters’ shortlists for openings: who added them, when, and when they were presented.',
    where: 't.principal_id = $1',
    userColumns: ['added_by_id', 'presented_by_id'],
  },
  {
    name: 'internship_check_ins',
    table: 'internship_check_in',
    description: 'Check-ins at the principal’s internships: the day and the note.',
    where: 't.principal_id = $1',
    userColumns: ['author_id'],
  },
  {
    name: 'placements',
    table: 'placement',
    description: 'Placements in openings: stage, outcome and employment facts.',
    where: 't.principal_id = $1',
    userColumns: ['created_by_id'],
  },
  {
    name: 'placement_history',
    table: 'placement_stage_change',
    description: 'Every stage change of a placement.',
    where: 't.principal_id = $1',
    userColumns: ['actor_id'],
  },
  {
    name: 'meetings',
    table: 'meeting',
    description: 'Recruitment meetings the principal holds or its people are invited to.',
    where: `t.id IN (${MEETINGS})`,
    userColumns: ['created_by_id'],
    organisationColumns: ['principal_id'],
    reference: true,
  },
  {
    name: 'meeting_employers',
    table: 'meeting_employer',
    description:
      'The employers at the principal’s meetings, and at meetings its people were interviewed at (the contact it came from when it is the principal’s).',
    where: `t.meeting_id IN (${OWN_MEETINGS}) OR (t.meeting_id, t.employer_id) IN (SELECT meeting_id, employer_id FROM meeting_opening t WHERE ${MEETING_OPENINGS})`,
    replace: { contact_id: `CASE WHEN t.contact_id IN (${EMPLOYER_CONTACTS}) THEN t.contact_id END` },
    organisationColumns: ['principal_id'],
    reference: true,
  },
  {
    name: 'meeting_openings',
    table: 'meeting_opening',
    description: 'The openings employers bring to those meetings.',
    where: MEETING_OPENINGS,
    unpaged: true,
    reference: true,
  },
  {
    name: 'meeting_staff',
    table: 'meeting_staff',
    description: 'The staff responsible for the principal’s meetings.',
    where: `t.meeting_id IN (${OWN_MEETINGS})`,
    userColumns: ['user_id'],
    unpaged: true,
  },
  {
    name: 'meeting_invitations',
    table: 'meeting_invitation',
    description: 'Invitations of the principal’s people to recruitment meetings, with response and attendance.',
    where: 't.principal_id = $1',
    userColumns: ['invited_by_id'],
  },
  {
    name: 'meeting_interviews',
    table: 'meeting_interview',
    description: 'Interviews the principal’s people had booked at recruitment meetings.',
    where: 't.principal_id = $1',
    userColumns: ['booked_by_id'],
  },
  {
    name: 'rankings',
    table: 'ranking_record',
    description: 'The kept rankings the principal’s people appeared in: who asked, when, for which opening, the engine’s version and weights.',
    where: `t.id IN (${RANKINGS})`,
    userColumns: ['requested_by_id'],
    reference: true,
  },
  {
    name: 'ranking_entries',
    table: 'ranking_record_entry',
    description: 'The principal’s people in those rankings: ranked or near miss, place, score, the explanation or reasons as shown, and the decision that followed.',
    where: 't.principal_id = $1',
    userColumns: ['decided_by_id'],
  },
  {
    name: 'change_history',
    table: 'record_change',
    description: 'Who changed which field of the principal’s records (people, consents, employers, openings, agreements) from what to what, and when.',
    where: 't.principal_id = $1',
    userColumns: ['user_id'],
  },
  {
    name: 'retention_reports',
    table: 'retention_report',
    description: 'What each thinning (gallring) run and each erasure on request removed: counts and reasons, never the personal data.',
    where: 't.principal_id = $1',
    userColumns: ['ran_by_id'],
  },
  {
    name: 'access_log',
    table: 'access_log_entry',
    description: 'Every read of the principal’s people’s records: who, when, which operation.',
    where: 't.principal_id = $1',
    userColumns: ['user_id'],
  },
  {
    name: 'economic_parameters',
    table: 'economic_parameters',
    description: 'The principal’s economic-effect parameters (aid and tax per person and month).',
    where: 't.principal_id = $1',
    key: 'principal_id',
    userColumns: ['updated_by_id'],
  },
  {
    name: 'monthly_reports',
    table: 'monthly_report',
    description: 'The monthly follow-up reports as produced (content as JSON).',
    where: 't.principal_id = $1',
    userColumns: ['produced_by_id'],
  },
  {
    name: 'statistics_figures',
    table: 'statistics_cell',
    description:
      'The statistics’ summary figures (day and month counts per measure and group) as the source held them. Not loaded: the import recomputes them from the enrolment periods and follow-ups and refuses the package if they differ.',
    where: 't.principal_id = $1',
    special: 'statistics',
  },
];

/** users.jsonl: minimal rows of everyone the records name (author, secretary, reader), so references hold. */
export const USERS_FILE: PackageFile = {
  name: 'users',
  table: 'app_user',
  description:
    'Minimal rows of the users the records name (authors, secretaries, readers): id, name, organisation. Imported without username, roles or password, and inactive, so nobody can sign in as them until an administrator decides.',
  where: '',
  columns: ['id', 'name', 'organisation_id'],
  importDefaults: { username: `'import-' || p.id`, roles: `'{}'::text[]`, active: 'false' },
  reference: true,
};

/** organisations.jsonl: the principal, and every organisation the records and users name, with their parents. */
export const ORGANISATIONS_FILE: PackageFile = {
  name: 'organisations',
  table: 'organisation',
  // a parent in the same statement as its child satisfies the reference (checked at the statement's end); a
  // package names a handful of organisations, one batch
  description: 'The principal and the organisations the records and users belong to, with their parent organisations (minimal rows).',
  where: '',
  columns: ['id', 'name', 'kind', 'parent_id', 'municipality_concept_id', 'organisation_number'],
  reference: true,
};

export const ALL_FILES: readonly PackageFile[] = [ORGANISATIONS_FILE, USERS_FILE, ...RECORD_FILES];

/** The ids of every user the records name (the users file's `where`). */
export function referencedUsersSql(): string {
  const parts = RECORD_FILES.flatMap((f) => (f.userColumns ?? []).map((c) => `SELECT t.${c} FROM ${f.table} t WHERE (${f.where}) AND t.${c} IS NOT NULL`));
  return parts.join('\nUNION ');
}

/** The ids of every organisation the records and their users name, and the principal (before their parents). */
export function referencedOrganisationsSql(): string {
  const parts = RECORD_FILES.flatMap((f) => (f.organisationColumns ?? []).map((c) => `SELECT t.${c} FROM ${f.table} t WHERE (${f.where})`));
  return [`SELECT $1::uuid`, `SELECT organisation_id FROM app_user WHERE id IN (${referencedUsersSql()})`, ...parts].join('\nUNION ');
}
