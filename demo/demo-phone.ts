import type { DemoRng } from './demo-rng.js';

/**
 * The number series the Swedish Post and Telecom Authority (PTS) keeps for fiction: films, books, and demos like
 * this one. A demo number dialled by mistake reaches nobody. [prefix, first, last] of the subscriber part.
 */
const FICTIONAL_SERIES: ReadonlyArray<readonly [string, number, number]> = [
  ['070-174 06', 5, 99],
  ['08-465 004', 0, 99],
  ['031-390 06', 0, 99],
  ['040-628 04', 0, 99],
];

/** A phone number from PTS's fictional series; numbers repeat, as the series are small. */
export function fictionalPhoneNumber(rng: DemoRng): string {
  const [prefix, first, last] = rng.pick(FICTIONAL_SERIES);
  return `${prefix} ${String(rng.int(first, last)).padStart(2, '0')}`;
}

/** The pattern every demo phone number matches. */
export const FICTIONAL_PHONE_PATTERN = /^(070-174 06|08-465 004|031-390 06|040-628 04) \d{2}$/;
