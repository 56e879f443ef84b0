import { base, Faker, sv } from '@faker-js/faker';
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

/** Whose first name: the model stores no sex, but the demo's mix of first names mirrors its caseload. */
export type NameSex = 'male' | 'female';

/**
 * What the demo's anonymous people are called and the streets its employers are on: faker's Swedish locale (the
 * definitions of `fakerSV`) in an instance of the demo's own. The generators' DemoRng decides who is who: each value
 * is drawn for a key the generator takes from its stream (one draw, as picking from a list took), with faker seeded by
 * that key, so the names follow from the seed, are the same on every start, and leave the rest of the world (paths,
 * dates, sectors, and so the statistics) exactly as the stream makes it.
 */
const faker = new Faker({ locale: [sv, base] });

/** Seeds faker with `key`, a draw in [0, 1) of a DemoRng. */
function keyed(key: number): Faker {
  faker.seed(Math.floor(key * 2 ** 32));
  return faker;
}

export function firstName(sex: NameSex, key: number): string {
  return keyed(key).person.firstName(sex);
}

export function lastName(key: number): string {
  return keyed(key).person.lastName();
}

/** A street's name, such as "Storgatan" or "Norra Parkvägen". */
export function streetName(key: number): string {
  return keyed(key).location.street();
}
