import type { CombinedError } from '@urql/core';
import { describeProblem, errorExtensions, type Problem } from '../api/errors';
import { pm } from './messages';

/**
 * A move's or an outcome's error in Swedish. The API answers CONFLICT both for a stale version (someone else moved
 * the placement) and for a move the placement's state does not allow, and presenting without the person's consent to
 * share their profile (docs/rules.md) is one of those: each gets its own sentence, the consent one without "Ladda om",
 * since reloading does not give consent.
 */
export function describeMoveProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  if (problem.kind !== 'conflict') return problem;
  const fields = errorExtensions(error).fields ?? [];
  if (fields.some((f) => /consent/i.test(f.message))) return { ...problem, kind: 'invalid', message: pm.refusal.consent, fields: {} };
  if (fields.some((f) => /(^|\.)(stage|outcome)$/.test(f.field))) return { ...problem, message: pm.refusal.notNow, fields: {} };
  return problem;
}
