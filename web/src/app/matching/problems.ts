import type { CombinedError } from '@urql/core';
import { describeProblem, type Problem } from '../platform/api/errors';
import { rankingText } from './messages';

/** The shortlist's refusals (src/matching/shortlist.service.ts) by the API's reason, in the ranking page's words. */
const REFUSALS: Record<string, string> = {
  NO_CONSENT: rankingText.problems.noConsent,
  ALREADY_ON_SHORTLIST: rankingText.problems.alreadyOnShortlist,
  NO_OPEN_ENROLMENT: rankingText.problems.noOpenEnrolment,
  ALREADY_PRESENTED: rankingText.problems.alreadyPresented,
};

/** A shortlist mutation's error as the person sees it next to the person it concerns. */
export function shortlistProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  const refusal = problem.kind === 'refused' ? REFUSALS[problem.reason ?? ''] : undefined;
  return refusal ? { ...problem, message: refusal } : problem;
}
