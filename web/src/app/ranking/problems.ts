import type { CombinedError } from '@urql/core';
import { describeProblem, errorExtensions, type Problem } from '../api/errors';
import { rankingText } from './messages';

/**
 * The shortlist's refusals are CONFLICTs whose field message says which rule refused (src/matching/shortlist.service.ts):
 * said in Swedish here, since the general conflict text ("someone else changed this") would mislead. Anything else
 * is what describeProblem says.
 */
const RULES: Array<[RegExp, string]> = [
  [/no consent/i, rankingText.problems.noConsent],
  [/already on the shortlist/i, rankingText.problems.alreadyOnShortlist],
  [/no open enrolment/i, rankingText.problems.noOpenEnrolment],
  [/already presented/i, rankingText.problems.alreadyPresented],
];

/** A shortlist mutation's error as the person sees it next to the person it concerns. */
export function shortlistProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  if (problem.kind !== 'conflict') return problem;
  const said = (errorExtensions(error).fields ?? []).map((f) => f.message).join(' ');
  const rule = RULES.find(([pattern]) => pattern.test(said));
  return rule ? { ...problem, kind: 'invalid', message: rule[1] } : problem;
}
