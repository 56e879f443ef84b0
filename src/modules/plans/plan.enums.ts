import { registerEnumType } from '@nestjs/graphql';

export enum PlanKind {
  /** arbetsmarknadsplan */
  LABOUR_MARKET = 'LABOUR_MARKET',
  /** studieplan */
  STUDY = 'STUDY',
}
registerEnumType(PlanKind, { name: 'PlanKind' });

/** Activities (insatser) of a plan, per docs/domain.md's path. */
export enum ActivityType {
  INTERNSHIP = 'INTERNSHIP',
  ACTIVE_JOB_SEARCH = 'ACTIVE_JOB_SEARCH',
  OPEN_RECEPTION = 'OPEN_RECEPTION',
  TRAINING = 'TRAINING',
  SECTOR_SFI = 'SECTOR_SFI',
  RECRUITMENT_MEETING = 'RECRUITMENT_MEETING',
  STUDY = 'STUDY',
  REHABILITATION_ADAPTED = 'REHABILITATION_ADAPTED',
}
registerEnumType(ActivityType, { name: 'ActivityType' });

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });

export enum FollowUpForm {
  MEETING = 'MEETING',
  PHONE = 'PHONE',
  DIGITAL = 'DIGITAL',
}
registerEnumType(FollowUpForm, { name: 'FollowUpForm' });
