import type { DataSourceOptions } from 'typeorm';
import { Employer } from '../../employers/employer.entity.js';
import { EmployerContact } from '../../employers/employer-contact.entity.js';
import { EmployerContactPerson } from '../../employers/employer-contact-person.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { UserSession } from '../auth/session.entity.js';
import { Agreement } from '../../modules/organisations/agreement.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { TeamMember } from '../../modules/organisations/team-member.entity.js';
import { Team } from '../../modules/organisations/team.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { Sector } from '../../modules/sectors/sector.entity.js';
import { TaxonomyConcept } from '../../modules/taxonomy/taxonomy-concept.entity.js';
import { TaxonomyRelation } from '../../modules/taxonomy/taxonomy-relation.entity.js';
import { MIGRATIONS } from './migrations.js';
import { Candidate } from '../../candidates/candidate.entity.js';
import { Consent } from '../../candidates/consent.entity.js';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { AccessLogEntry } from '../../modules/audit/access-log.entity.js';
import { FollowUp } from '../../modules/plans/follow-up.entity.js';
import { PlanActivity } from '../../modules/plans/plan-activity.entity.js';
import { PlanRevision } from '../../modules/plans/plan-revision.entity.js';
import { Plan } from '../../modules/plans/plan.entity.js';
import { SfiCourse } from '../../modules/sfi/sfi-course.entity.js';
import { SfiEnrolment } from '../../modules/sfi/sfi-enrolment.entity.js';
import { SfiNote } from '../../modules/sfi/sfi-note.entity.js';
import { InternshipCheckIn } from '../../modules/openings/internship-check-in.entity.js';
import { Opening } from '../../modules/openings/opening.entity.js';
import { ShortlistEntry } from '../../matching/shortlist-entry.entity.js';
import { RankingRecord, RankingRecordEntry } from '../../matching/ranking-record.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { OutboxHandled } from '../outbox/outbox-handled.entity.js';
import { PlacementStageChange } from '../../modules/placements/placement-stage-change.entity.js';
import { Placement } from '../../modules/placements/placement.entity.js';
import { MeetingEmployer } from '../../modules/meetings/meeting-employer.entity.js';
import { MeetingFeedToken } from '../../modules/meetings/meeting-feed-token.entity.js';
import { MeetingInterview } from '../../modules/meetings/meeting-interview.entity.js';
import { MeetingInvitation } from '../../modules/meetings/meeting-invitation.entity.js';
import { MeetingOpening } from '../../modules/meetings/meeting-opening.entity.js';
import { MeetingReminder } from '../../modules/meetings/meeting-reminder.entity.js';
import { MeetingStaff } from '../../modules/meetings/meeting-staff.entity.js';
import { MeetingVenue } from '../../modules/meetings/meeting-venue.entity.js';
import { Meeting } from '../../modules/meetings/meeting.entity.js';
import { PrincipalExport } from '../../modules/export/principal-export.entity.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { RecordChange } from '../../modules/history/record-change.entity.js';

export const ENTITIES = [
  Organisation,
  Agreement,
  User,
  Team,
  TeamMember,
  TaxonomyConcept,
  TaxonomyRelation,
  Sector,
  Employer,
  EmployerContactPerson,
  EmployerContact,
  SkillNeed,
  Candidate,
  Consent,
  Enrolment,
  AccessLogEntry,
  Plan,
  PlanActivity,
  PlanRevision,
  FollowUp,
  SfiCourse,
  SfiEnrolment,
  SfiNote,
  Opening,
  InternshipCheckIn,
  ShortlistEntry,
  RankingRecord,
  RankingRecordEntry,
  Placement,
  PlacementStageChange,
  OutboxEvent,
  OutboxHandled,
  MeetingVenue,
  Meeting,
  MeetingStaff,
  MeetingEmployer,
  MeetingOpening,
  MeetingInvitation,
  MeetingInterview,
  MeetingReminder,
  MeetingFeedToken,
  UserSession,
  PrincipalExport,
  RecordChange,
];

/**
 * The one TypeORM configuration for the app, the migration CLI and the tests: migrations only, never
 * `synchronize`. `embedded` limits the pool to the single connection PGlite can serve.
 */
export function typeormOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: embedded ? { max: 1 } : { max: 10 },
  };
}
