/**
 * The commute as a hard requirement and as the commute factor's input: per candidate the index into an opening's
 * commute tables (home municipality × mode) and the person's own limit; per opening the estimated minutes and the
 * factor value for every (municipality, mode) in the pool, and the opening's limit. A commute beyond the opening's
 * limit or the person's own excludes the person with the reason; an unknown commute (a municipality the geography does
 * not know) excludes no one and scores nothing.
 */
import { commuteMinutes, TRAVEL_MODES } from '../commute.js';
import type { RankableCandidate, RankableOpening } from '../ranking.types.js';

const MODES = TRAVEL_MODES.length;
const MODE_INDEX = new Map(TRAVEL_MODES.map((mode, k) => [mode, k]));

/** The pool's travel columns. */
export class TravelColumns {
  /** Per candidate: home municipality (interned) × 3 + the travel mode's index in TRAVEL_MODES. */
  readonly homeMode: Int32Array;
  /** Per candidate: the longest commute the person accepts, minutes; 0 when they have not said. */
  readonly maxCommute: Uint16Array;
  /** Whether anyone in the pool stated a limit of their own. */
  readonly anyLimit: boolean;

  constructor(candidates: readonly RankableCandidate[], home: Int32Array) {
    const n = candidates.length;
    this.homeMode = new Int32Array(n);
    this.maxCommute = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const mode = MODE_INDEX.get(candidates[i].travelMode);
      if (mode === undefined) throw new Error(`matching: unknown travel mode ${String(candidates[i].travelMode)}`);
      this.homeMode[i] = home[i] * MODES + mode;
      this.maxCommute[i] = candidates[i].maxCommuteMinutes ?? 0;
    }
    this.anyLimit = this.maxCommute.some((minutes) => minutes > 0);
  }
}

/** An opening's commute tables over a pool's municipalities, indexed like TravelColumns.homeMode. */
export interface CompiledCommute {
  /** Estimated minutes; -1 when unknown. */
  minutes: Int32Array;
  /** The commute factor's value 0..1 (`value` of the minutes). */
  factor: Float64Array;
  /** The opening's limit in minutes; 0 for none. */
  limit: number;
}

export function compileCommute(opening: RankableOpening, municipalities: readonly string[], value: (minutes: number | null) => number): CompiledCommute {
  const minutes = new Int32Array(municipalities.length * MODES);
  const factor = new Float64Array(municipalities.length * MODES);
  for (let k = 0; k < municipalities.length; k++) {
    for (let m = 0; m < MODES; m++) {
      const estimate = commuteMinutes(municipalities[k], opening.municipalityId, TRAVEL_MODES[m]);
      minutes[k * MODES + m] = estimate ?? -1;
      factor[k * MODES + m] = value(estimate);
    }
  }
  return { minutes, factor, limit: opening.maxCommuteMinutes ?? 0 };
}

/** True when candidate i's known commute is beyond the opening's limit or their own. */
export function commuteTooLong(commute: CompiledCommute, travel: TravelColumns, i: number): boolean {
  const minutes = commute.minutes[travel.homeMode[i]];
  if (minutes < 0) return false;
  const own = travel.maxCommute[i];
  return (commute.limit > 0 && minutes > commute.limit) || (own > 0 && minutes > own);
}

/** The bitset of candidates whose commute is too long (`words` Int32 words). */
export function commuteTooLongBits(commute: CompiledCommute, travel: TravelColumns, size: number, words: number): Int32Array {
  const set = new Int32Array(words);
  const { minutes, limit } = commute;
  const { homeMode, maxCommute } = travel;
  for (let i = 0; i < size; i++) {
    const m = minutes[homeMode[i]];
    if (m < 0) continue;
    const own = maxCommute[i];
    if ((limit > 0 && m > limit) || (own > 0 && m > own)) set[i >>> 5] |= 1 << (i & 31);
  }
  return set;
}

/** The travel mode of a homeMode index. */
export function modeOf(homeMode: number): (typeof TRAVEL_MODES)[number] {
  return TRAVEL_MODES[homeMode % MODES];
}
