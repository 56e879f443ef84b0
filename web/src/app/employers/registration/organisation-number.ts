import organisationsnummer from 'organisationsnummer';
import { compactNumber, luhnHolds } from '../../platform/components/number-check';

/**
 * What can be said about an organisationsnummer as it is being typed:
 * - `empty`, `incomplete`: nothing yet (fewer digits than a whole number), so nobody is nagged mid-number;
 * - `characters`, `too-long`: wrong whatever comes next;
 * - `check-digit`, `invalid`: a whole number the register would refuse;
 * - `valid`: the canonical form NNNNNN-NNNN that the API stores.
 */
export type OrganisationNumberCheck =
  | { kind: 'empty' | 'incomplete' | 'characters' | 'too-long' }
  | { kind: 'check-digit' | 'invalid'; mayGrow: boolean }
  | { kind: 'valid'; normalised: string; soleTrader: boolean };

/** A 10-digit start that may be the first digits of the 12-digit form (the 16 prefix, or a sole trader's 19/20). */
const LONG_FORM_START = /^(16|19|20)\d{8}$/;

/**
 * Checks an organisationsnummer with the same library and the same call as the API's validator
 * (src/platform/identifiers/organisation-number.ts), so that the form and the API agree on every number: Luhn's
 * check digit, the third and fourth digits 20 or more, or else a sole trader's valid personnummer. Spaces are
 * dropped first (people copy "556677 8899"); the API gets the normalised form back, which it accepts as it is.
 */
export function checkOrganisationNumber(text: string): OrganisationNumberCheck {
  const read = compactNumber(text);
  if ('kind' in read) return read;
  const { compact, digits } = read;
  if (digits.length > 12) return { kind: 'too-long' };
  if (digits.length < 10) return { kind: 'incomplete' };
  if (digits.length === 11) return LONG_FORM_START.test(digits.slice(0, 10)) ? { kind: 'incomplete' } : { kind: 'too-long' };
  try {
    const parsed = organisationsnummer.parse(compact);
    return { kind: 'valid', normalised: parsed.format(true), soleTrader: parsed.isPersonnummer() };
  } catch {
    const mayGrow = LONG_FORM_START.test(compact);
    return { kind: luhnHolds(digits.slice(-10)) ? 'invalid' : 'check-digit', mayGrow };
  }
}
