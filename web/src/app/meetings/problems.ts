import type { CombinedError } from '@urql/core';
import { describeProblem, errorExtensions, type Problem } from '../platform/api/errors';
import { mt } from './messages';

/** The rules of meetings the API refuses with a CONFLICT's reason, said in the screens' words next to the field. */
const BY_REASON: Record<string, (field: string) => string> = {
  DOUBLE_BOOKED: (field) => (field.includes('venueId') ? mt.form.venueBooked : mt.form.staffBooked),
  OVER_CAPACITY: () => mt.proposals.overCapacity,
  NO_CONSENT: () => mt.proposals.noConsent,
  MEETING_NOT_STARTED: () => mt.problems.notStarted,
};

/** Refusals without a reason, told by the API's (English, developer-facing) field message. */
const BY_MESSAGE: Array<[RegExp, string]> = [
  [/cannot be in the past/, mt.form.inPast],
  [/must be after the start/, mt.form.timeOrder],
  [/at most 12 hours/, mt.form.tooLong],
  [/give a venue, a link/, mt.form.venueOrLink],
  [/no invitations/, mt.page.nobodyInvited],
  [/not recorded as attended/, mt.interviews.nobodyCame],
  [/already booked/, mt.interviews.alreadyBooked],
  [/not before the meeting starts/, mt.interviews.notBefore],
  [/no open enrolment period/, mt.proposals.noEnrolment],
  [/^(HELD|CANCELLED)$/, mt.problems.closed],
];

/**
 * A meeting screen's problem: as describeProblem, but a refusal by a meeting's rule (a double booking, the venue's
 * capacity, consent, a meeting not started) is said in Swedish next to the field the API names, and is not mistaken
 * for someone else's change (which offers Ladda om).
 */
export function meetingProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  const extensions = errorExtensions(error);
  const fields = { ...problem.fields };
  let refused = problem.kind === 'refused';
  for (const { field, message } of extensions.fields ?? []) {
    const byReason = extensions.reason ? BY_REASON[extensions.reason] : undefined;
    const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
    const said = byReason?.(field) ?? byMessage;
    if (said) {
      fields[field] = said;
      if (extensions.code === 'CONFLICT') refused = true;
    }
  }
  if (!refused) return { ...problem, fields };
  const first = Object.values(fields)[0];
  return { ...problem, kind: 'refused', fields, message: first ?? problem.message };
}
