/** The hard requirements: who fails which (bitsets over the pool, and per person), and the Swedish reasons. */
import { LICENCE } from '../../candidates/driving-licences.js';
import { CandidatePool, LIMIT_BIT, SWEDISH_ORDINAL } from '../candidate-pool.js';
import { commuteTooLongReason } from '../commute.js';
import type { Compiled } from '../compiled.js';
import type { LabelLookup, SwedishLevelValue } from '../ranking.types.js';
import { commuteTooLong, commuteTooLongBits, modeOf } from './commute.requirement.js';
import { languageReason } from './language.requirement.js';

/** Hard-requirement bits. */
const FAIL = { CONSENT: 1, START: 2, SWEDISH: 4, LIFTING: 8, NIGHT: 16, LICENCE: 32, COMMUTE: 64, LANGUAGE: 128 } as const;
/** The failures whose reasons depend on more than ReasonCache's key (minutes, limits, languages): built each time. */
const UNCACHED = FAIL.COMMUTE | FAIL.LANGUAGE;

export const SWEDISH_LABEL_SV: Readonly<Record<SwedishLevelValue, string>> = {
  NONE: 'ingen svenska',
  SFI_A: 'SFI A',
  SFI_B: 'SFI B',
  SFI_C: 'SFI C',
  SFI_D: 'SFI D',
  SFI_COMPLETED: 'SFI avslutad',
  NATIVE_OR_FLUENT: 'flytande svenska',
};
const SWEDISH_BY_ORDINAL = Object.keys(SWEDISH_ORDINAL) as SwedishLevelValue[];

const LICENCE_CLASS = new Map<string, string>(Object.entries(LICENCE).map(([cls, id]) => [id, cls]));

/** Failed hard requirements of one (opening, candidate). */
interface Failures {
  /** FAIL bits. */
  mask: number;
  /** Bit r set when the candidate lacks the opening's r-th required licence (first 12 only). */
  missing: number;
  /** Number of failed requirements (each missing licence counts as one). */
  count: number;
}

/**
 * Candidate i's failed hard requirements, from the pool's immutable arrays only (so it may run after later rankings
 * reused the scratch). The ranking itself finds the excluded through bitsets ({@link requirementBits}); this gives
 * the details for the few whose reasons are shown.
 */
export function failures(c: Compiled, pool: CandidatePool, i: number): Failures {
  let mask = 0;
  let count = 0;
  let missing = 0;
  if (pool.consent[i] === 0) {
    mask |= FAIL.CONSENT;
    count++;
  }
  const start = pool.startDay[i];
  if (start !== 0 && start > c.startDay) {
    mask |= FAIL.START;
    count++;
  }
  if (c.minSwedish >= 0 && pool.swedish[i] < c.minSwedish) {
    mask |= FAIL.SWEDISH;
    count++;
  }
  const conflict = pool.limits[i] & c.conflicts;
  if (conflict & LIMIT_BIT.NO_HEAVY_LIFTING) {
    mask |= FAIL.LIFTING;
    count++;
  }
  if (conflict & LIMIT_BIT.NO_NIGHT_WORK) {
    mask |= FAIL.NIGHT;
    count++;
  }
  const req = c.requiredLicences;
  const ls = pool.licences.start[i];
  const le = pool.licences.start[i + 1];
  const lv = pool.licences.values;
  for (let r = 0; r < req.length; r++) {
    let held = false;
    for (let j = ls; j < le; j++) {
      if (lv[j] === req[r]) {
        held = true;
        break;
      }
    }
    if (!held) {
      mask |= FAIL.LICENCE;
      count++;
      if (r < 12) missing |= 1 << r;
    }
  }
  if (commuteTooLong(c.commute, pool.travel, i)) {
    mask |= FAIL.COMMUTE;
    count++;
  }
  for (const need of c.languageNeeds) {
    if (!pool.languages.speaks(need.language, need.min, i)) {
      mask |= FAIL.LANGUAGE;
      count++;
    }
  }
  return { mask, missing, count };
}

/** Number of set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The bits of the last word of a pool's bitsets that stand for candidates (all 32 when the size divides by 32). */
export function tailBits(size: number): number {
  return (size & 31) === 0 ? -1 : (1 << (size & 31)) - 1;
}

/** Merges one requirement's set (`null`: everyone) into excluded / twice, a word at a time. */
function mergeRequirement(excluded: Int32Array, twice: Int32Array, set: Int32Array | null, complement: boolean, tail: number): void {
  const words = excluded.length;
  for (let k = 0; k < words; k++) {
    let bits = set === null ? -1 : set[k];
    if (complement) bits = ~bits;
    if (k === words - 1) bits &= tail;
    twice[k] |= excluded[k] & bits;
    excluded[k] |= bits;
  }
}

/**
 * Who fails the opening's hard requirements, as bitsets over the pool: `excluded` (fresh, owned by the result) has
 * the candidates failing at least one, `twice` (the pool's scratch) those failing at least two, so a near miss is in
 * `excluded` and not in `twice`. Each requirement is a set from the pool (consent, Swedish below the minimum, a work
 * limitation, not holding a licence: precomputed bitsets; a late start: the pool's start-day order), merged a word at
 * a time: twice |= excluded & set; excluded |= set.
 */
export function requirementBits(c: Compiled, pool: CandidatePool): { excluded: Int32Array; twice: Int32Array; listed: Int32Array; count: number } {
  // every property is read up front: a read first reached in a rare branch would deoptimise the compiled code
  const { words, size, noConsentBits, swedishBelowBits, heavyLiftingBits, nightWorkBits, licenceHeldBits } = pool;
  const { lateStarters: late, lateStarterDays: lateDays, scratchTwice: twice } = pool;
  const { startDay, minSwedish, conflicts, requiredLicences, commute, languageNeeds } = c;
  const excluded = new Int32Array(words);
  twice.fill(0);
  const tail = tailBits(size);
  mergeRequirement(excluded, twice, noConsentBits, false, tail);
  for (let j = 0; j < late.length && lateDays[j] > startDay; j++) {
    const i = late[j];
    const bit = 1 << (i & 31);
    twice[i >>> 5] |= excluded[i >>> 5] & bit;
    excluded[i >>> 5] |= bit;
  }
  if (minSwedish > 0) mergeRequirement(excluded, twice, swedishBelowBits[minSwedish], false, tail);
  if (conflicts & LIMIT_BIT.NO_HEAVY_LIFTING) mergeRequirement(excluded, twice, heavyLiftingBits, false, tail);
  if (conflicts & LIMIT_BIT.NO_NIGHT_WORK) mergeRequirement(excluded, twice, nightWorkBits, false, tail);
  for (let r = 0; r < requiredLicences.length; r++) {
    const licence = requiredLicences[r];
    // a licence no candidate holds is missed by everyone
    mergeRequirement(excluded, twice, licence < 0 ? null : licenceHeldBits[licence], licence >= 0, tail);
  }
  if (commute.limit > 0 || pool.travel.anyLimit) mergeRequirement(excluded, twice, commuteTooLongBits(commute, pool.travel, size, words), false, tail);
  for (const need of languageNeeds) {
    // a language no one speaks at the level is missed by everyone
    const meeting = pool.languages.meetingBits(need.language, need.min, words);
    mergeRequirement(excluded, twice, meeting, meeting !== null, tail);
  }
  let count = 0;
  if (pool.retiredCount === 0) {
    for (let k = 0; k < words; k++) count += popcount(excluded[k]);
    return { excluded, twice, listed: excluded, count };
  }
  // retired candidates are visited by no one (in both sets, so not even a near miss) and listed or counted nowhere
  const retired = pool.retiredBits;
  const listed = new Int32Array(words);
  for (let k = 0; k < words; k++) {
    listed[k] = excluded[k] & ~retired[k];
    count += popcount(listed[k]);
    excluded[k] |= retired[k];
    twice[k] |= retired[k];
  }
  return { excluded, twice, listed, count };
}

/**
 * Swedish reasons for a candidate's failed requirements. Reasons depend only on the failed requirements, which
 * licences are missing, the person's Swedish level and start date, so one array is shared by everyone alike.
 */
export class ReasonCache {
  private readonly cache = new Map<number, string[]>();
  private readonly label: (id: string) => string;
  constructor(
    private readonly c: Compiled,
    private readonly pool: CandidatePool,
    label: LabelLookup | undefined,
  ) {
    this.label = (id) => label?.(id) ?? id;
  }

  of(i: number): string[] {
    const pool = this.pool;
    const { mask, missing } = failures(this.c, pool, i);
    // mask < 2^6, missing < 2^12, Swedish ordinal < 2^3, start day < 2^25: the key stays below 2^46 apart from
    // openings with more than 12 required licences, whose reasons are built per candidate
    if (this.c.requiredLicences.length > 12 || (mask & UNCACHED) !== 0) return this.build(i, mask);
    const swedish = mask & FAIL.SWEDISH ? pool.swedish[i] : 0;
    const start = mask & FAIL.START ? pool.startDay[i] : 0;
    const key = ((start * 8 + swedish) * 2 ** 12 + missing) * 64 + mask;
    let reasons = this.cache.get(key);
    if (!reasons) {
      reasons = this.build(i, mask);
      this.cache.set(key, reasons);
    }
    return reasons;
  }

  private build(i: number, mask: number): string[] {
    const { opening } = this.c;
    const reasons: string[] = [];
    if (mask & FAIL.LICENCE) {
      const held = new Set(this.pool.candidates[i].licenceIds);
      for (const id of new Set(opening.requiredLicenceIds)) {
        if (!held.has(id)) reasons.push(`Saknar körkortsbehörighet ${licenceName(id, this.label)}, som krävs`);
      }
    }
    if (mask & FAIL.START) {
      const start = opening.startOn ?? null;
      const from = this.pool.candidates[i].earliestStartOn;
      reasons.push(start === null ? `Kan börja tidigast ${from}; tjänsten ska tillsättas nu` : `Kan börja tidigast ${from}; tjänsten börjar ${start}`);
    }
    if (mask & FAIL.SWEDISH) {
      const level = SWEDISH_BY_ORDINAL[this.pool.swedish[i]];
      reasons.push(`Svenska: ${SWEDISH_LABEL_SV[level]}, men ${SWEDISH_LABEL_SV[opening.minSwedishLevel!]} krävs`);
    }
    if (mask & FAIL.CONSENT) reasons.push('Har inte samtyckt till att profilen delas med arbetsgivare');
    if (mask & FAIL.LIFTING) reasons.push('Arbetet innebär tunga lyft, vilket krockar med en arbetsbegränsning');
    if (mask & FAIL.NIGHT) reasons.push('Arbetet innebär nattarbete, vilket krockar med en arbetsbegränsning');
    if (mask & FAIL.COMMUTE) {
      const homeMode = this.pool.travel.homeMode[i];
      const own = this.pool.travel.maxCommute[i];
      reasons.push(commuteTooLongReason(this.c.commute.minutes[homeMode], modeOf(homeMode), opening.maxCommuteMinutes, own > 0 ? own : null));
    }
    if (mask & FAIL.LANGUAGE) {
      for (const need of this.c.languageNeeds) {
        if (!this.pool.languages.speaks(need.language, need.min, i)) reasons.push(languageReason(need, this.label));
      }
    }
    return reasons;
  }
}

function licenceName(id: string, label: (id: string) => string): string {
  const cls = LICENCE_CLASS.get(id);
  return cls === undefined ? label(id) : cls;
}
