import type { CombinedError } from '@urql/core';
import { describeProblem, type Problem } from '../platform/api/errors';
import { pm } from './messages';

/** The rules that refuse a move, said in the board's words; reloading does not help with either. */
const REFUSALS: Record<string, string> = {
  NO_CONSENT: pm.refusal.consent,
  STAGE_NOT_ALLOWED: pm.refusal.notNow,
};

/**
 * A move's or an outcome's error in Swedish: a colleague's change in between (STALE_VERSION) offers "Ladda om"; a
 * move the rules refuse, such as presenting without the person's consent to share their profile (docs/rules.md),
 * is said by its reason.
 */
export function describeMoveProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  const refusal = problem.kind === 'refused' ? REFUSALS[problem.reason ?? ''] : undefined;
  return refusal ? { ...problem, message: refusal, fields: {} } : problem;
}
