import { registerEnumType } from '@nestjs/graphql';

/** What kind of place an opening offers (docs/rules.md: jobs, internships/praktik, sector SFI workplace learning). */
export enum OpeningKind {
  JOB_UNSUBSIDISED = 'JOB_UNSUBSIDISED',
  JOB_SUBSIDISED = 'JOB_SUBSIDISED',
  /** praktik */
  INTERNSHIP = 'INTERNSHIP',
  /** a workplace-learning place of a sector SFI course */
  SFI_WORKPLACE_LEARNING = 'SFI_WORKPLACE_LEARNING',
}
registerEnumType(OpeningKind, {
  name: 'OpeningKind',
  description: 'What kind of place an opening offers',
  valuesMap: {
    JOB_UNSUBSIDISED: { description: 'A job on the regular labour market without a wage subsidy' },
    JOB_SUBSIDISED: { description: 'A subsidised job (e.g. nystartsjobb, lönebidrag)' },
    INTERNSHIP: { description: 'An internship (praktik), with a supervisor, a period and check-ins' },
    SFI_WORKPLACE_LEARNING: { description: 'A workplace-learning place of a sector SFI course, with a supervisor, a period and check-ins' },
  },
});

export enum OpeningStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(OpeningStatus, {
  name: 'OpeningStatus',
  description: 'Where an opening stands: DRAFT -> OPEN or CLOSED, OPEN -> FILLED or CLOSED; FILLED and CLOSED are final',
  valuesMap: {
    DRAFT: { description: 'Being prepared; not among the openings ranked for a person' },
    OPEN: { description: 'Open: recruited to, and among the openings ranked for a person' },
    FILLED: { description: 'Every place filled (final)' },
    CLOSED: { description: 'Closed without being filled, or dropped as a draft (final)' },
  },
});

/** Kinds that are a period of workplace learning, with a supervisor, a period and check-ins. */
export const INTERNSHIP_KINDS: readonly OpeningKind[] = [OpeningKind.INTERNSHIP, OpeningKind.SFI_WORKPLACE_LEARNING];

/** Kinds an internship can be converted to. */
export const JOB_KINDS: readonly OpeningKind[] = [OpeningKind.JOB_UNSUBSIDISED, OpeningKind.JOB_SUBSIDISED];

/**
 * The legal status transitions: a draft is opened or dropped; an open opening is filled or closed; FILLED and
 * CLOSED are final. An open opening does not go back to draft (candidates may already have been put forward).
 */
const TRANSITIONS: Readonly<Record<OpeningStatus, readonly OpeningStatus[]>> = {
  [OpeningStatus.DRAFT]: [OpeningStatus.OPEN, OpeningStatus.CLOSED],
  [OpeningStatus.OPEN]: [OpeningStatus.FILLED, OpeningStatus.CLOSED],
  [OpeningStatus.FILLED]: [],
  [OpeningStatus.CLOSED]: [],
};

export function canTransition(from: OpeningStatus, to: OpeningStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses an opening may move to from `from`: what a screen offers. */
export function nextStatuses(from: OpeningStatus): OpeningStatus[] {
  return TRANSITIONS[from].slice();
}
