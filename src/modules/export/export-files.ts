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
  /** Pages the file by this column (unique); default `id`. */
  key?: string;
  /** A reference file: what the principal's records point to, not the principal's own records. */
  reference?: boolean;
  /** Loaded by the import's own rule rather than inserted as it is. */
  special?: 'sectors' | 'statistics';
}

const PLANS = `SELECT id FROM plan WHERE principal_id = $1`;
const PLACEMENT_OPENINGS = `SELECT opening_id FROM placement WHERE principal_id = $1 UNION SELECT opening_id FROM meeting_invitation WHERE principal_id = $1 AND opening_id IS NOT NULL`;
const OPENINGS = `SELECT id FROM opening WHERE principal_id = $1 UNION ${PLACEMENT_OPENINGS}`;
const MEETINGS = `SELECT id FROM meeting WHERE principal_id = $1 UNION SELECT meeting_id FROM meeting_invitation WHERE principal_id = $1`;

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
    where: `t.principal_id = $1 OR t.id IN (SELECT employer_id FROM opening WHERE id IN (${OPENINGS}))`,
    userColumns: ['responsible_user_id'],
    organisationColumns: ['principal_id'],
  },
  {
    name: 'openings',
    table: 'opening',
    description:
      'The principal’s openings (jobs, internships), and the openings its people were placed in or invited for. The skill need an opening came from and the opening it was converted from are not included (null); another principal’s supervisor contact details are left out.',
    where: `t.id IN (${OPENINGS})`,
    replace: {
      source_skill_need_id: 'NULL',
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
    name: 'meeting_invitations',
    table: 'meeting_invitation',
    description: 'Invitations of the principal’s people to recruitment meetings, with response and attendance.',
    where: 't.principal_id = $1',
    userColumns: ['invited_by_id'],
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
