import { registerEnumType } from '@nestjs/graphql';

export enum PlanKind {
  /** arbetsmarknadsplan */
  LABOUR_MARKET = 'LABOUR_MARKET',
  /** studieplan */
  STUDY = 'STUDY',
}
registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'The kind of plan',
  valuesMap: {
    LABOUR_MARKET: { description: 'Labour-market plan (arbetsmarknadsplan): the way to work' },
    STUDY: { description: 'Study plan (studieplan): the way through studies' },
  },
});

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
registerEnumType(ActivityType, {
  name: 'ActivityType',
  description: 'The kind of activity (insats) in a plan',
  valuesMap: {
    INTERNSHIP: { description: 'Internship (praktik) at an employer' },
    ACTIVE_JOB_SEARCH: { description: 'Active job search (AJS), a weekly group activity' },
    OPEN_RECEPTION: { description: 'Open reception (öppen mottagning), a weekly drop-in' },
    TRAINING: { description: 'Training or a course' },
    SECTOR_SFI: { description: 'Sector SFI: vocational Swedish combined with workplace learning' },
    RECRUITMENT_MEETING: { description: 'A recruitment meeting (rekryteringsträff) with employers' },
    STUDY: { description: 'Studies (e.g. Komvux)' },
    REHABILITATION_ADAPTED: { description: 'An activity adapted for rehabilitation, e.g. during a sick-listing' },
  },
});

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Where an activity stands',
  valuesMap: {
    PLANNED: { description: 'Planned, not started' },
    ONGOING: { description: 'Under way' },
    COMPLETED: { description: 'Done' },
    CANCELLED: { description: 'Cancelled' },
  },
});

export enum FollowUpForm {
  MEETING = 'MEETING',
  PHONE = 'PHONE',
  DIGITAL = 'DIGITAL',
}
registerEnumType(FollowUpForm, {
  name: 'FollowUpForm',
  description: 'How a follow-up was held',
  valuesMap: {
    MEETING: { description: 'In person' },
    PHONE: { description: 'By phone' },
    DIGITAL: { description: 'Digitally (video or message)' },
  },
});
