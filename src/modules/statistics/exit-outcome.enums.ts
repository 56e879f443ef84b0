import { registerEnumType } from '@nestjs/graphql';

/** Where an exit lands in the indicators. */
export enum ExitOutcome {
  WORK = 'WORK',
  STUDIES = 'STUDIES',
  OTHER = 'OTHER',
  /** An exit to work whose first month has not passed (or not been checked) yet: not counted either way. */
  WORK_PENDING = 'WORK_PENDING',
}

/** Whether an exit to work lasted its first month: settled by the one-month check or by the secretary. */
export enum WorkCheck {
  PENDING = 'PENDING',
  LASTED = 'LASTED',
  ENDED_WITHIN_MONTH = 'ENDED_WITHIN_MONTH',
}
registerEnumType(ExitOutcome, {
  name: 'ExitOutcome',
  description: 'Where an exit counts in the exit-to-work-or-studies indicators (Kolada)',
  valuesMap: {
    WORK: { description: 'Counts as work: an exit to a job on the regular labour market (subsidised or not) that lasted its first continuous month' },
    STUDIES: { description: 'Counts as studies: studies that entitle to student aid' },
    OTHER: { description: 'Counts as other: every other exit, and a job that ended within its first month' },
    WORK_PENDING: { description: 'An exit to work whose first month has not passed (or not been checked) yet: counted neither way' },
  },
});
registerEnumType(WorkCheck, {
  name: 'WorkCheck',
  description: 'Whether an exit to work lasted its first continuous month',
  valuesMap: {
    PENDING: { description: 'Not settled yet: the month is not over, or not checked' },
    LASTED: { description: 'The job lasted one continuous month: the exit counts as work' },
    ENDED_WITHIN_MONTH: { description: 'The job ended within its first month: the exit counts as other' },
  },
});
