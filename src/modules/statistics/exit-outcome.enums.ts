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
registerEnumType(ExitOutcome, { name: 'ExitOutcome', description: 'Where an exit counts in the exit-to-work-or-studies indicators (Kolada)' });
registerEnumType(WorkCheck, { name: 'WorkCheck', description: 'Whether an exit to work lasted its first continuous month' });
