/**
 * The commute as a hard requirement and as the commute factor's input: per candidate the index into an opening's
 * commute tables (home × mode, a home being a municipality and, when known, the locality in it) and the person's own
 * limit; per opening the estimated minutes and the factor value for every (home, mode) in the pool, from the opening's
 * workplace (its municipality, at its postal code's post town when known), and the opening's limit. A commute beyond the opening's
 * limit or the person's own excludes the person with the reason; an unknown commute (a municipality the geography does
 * not know) excludes no one and scores nothing.
 */
import { commuteBetween, homeOf, TRAVEL_MODES, workplaceOf } from '../commute.js';
import type { TripEnd } from '../geo/travel-time.js';
import type { RankableCandidate, RankableOpening } from '../ranking.types.js';

const MODES = TRAVEL_MODES.length;
const MODE_INDEX = new Map(TRAVEL_MODES.map((mode, k) => [mode, k]));

/** The pool's travel columns: each candidate's home as a trip end (municipality and locality) and travel mode. */
export class TravelColumns {
  /** The distinct homes (trip ends) in the pool. */
  readonly homes: TripEnd[] = [];
  /** Per candidate: home (index in homes) × 3 + the travel mode's index in TRAVEL_MODES. */
  readonly homeMode: Int32Array;
  /** Per candidate: the longest commute the person accepts, minutes; 0 when they have not said. */
  readonly maxCommute: Uint16Array;
  /** Whether anyone in the pool stated a limit of their own. */
  readonly anyLimit: boolean;
  /** Minutes and factor values per workplace, computed once per pool (the pool's homes never change). */
  private readonly tables = new Map<string, { minutes: Int32Array; factor: Float64Array }>();

  constructor(candidates: readonly RankableCandidate[]) {
    const n = candidates.length;
    this.homeMode = new Int32Array(n);
    this.maxCommute = new Uint16Array(n);
    const homeIndex = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = candidates[i];
      const mode = MODE_INDEX.get(c.travelMode);
      if (mode === undefined) throw new Error(`matching: unknown travel mode ${String(c.travelMode)}`);
      const key = `${c.homeMunicipalityId}\u0000${c.homeArea ?? ''}`;
      let home = homeIndex.get(key);
      if (home === undefined) {
        home = this.homes.push(homeOf(c)) - 1;
        homeIndex.set(key, home);
      }
      this.homeMode[i] = home * MODES + mode;
      this.maxCommute[i] = c.maxCommuteMinutes ?? 0;
    }
    this.anyLimit = this.maxCommute.some((minutes) => minutes > 0);
  }

  /** The minutes (-1 unknown) and the commute factor's values from every home by every mode to `workplace`. */
  tableTo(workplace: TripEnd, value: (minutes: number | null) => number): { minutes: Int32Array; factor: Float64Array } {
    const key = `${workplace.municipalityId}\u0000${workplace.point ? `${workplace.point.lat},${workplace.point.lon}` : ''}`;
    let table = this.tables.get(key);
    if (!table) {
      const minutes = new Int32Array(this.homes.length * MODES);
      const factor = new Float64Array(this.homes.length * MODES);
      for (let h = 0; h < this.homes.length; h++) {
        for (let m = 0; m < MODES; m++) {
          const estimate = commuteBetween(this.homes[h], workplace, TRAVEL_MODES[m]);
          minutes[h * MODES + m] = estimate ?? -1;
          factor[h * MODES + m] = value(estimate);
        }
      }
      // a few hundred workplaces at most in practice; a pool is rebuilt long before this matters
      if (this.tables.size >= 2000) this.tables.clear();
      this.tables.set(key, (table = { minutes, factor }));
    }
    return table;
  }
}

/** An opening's commute tables over a pool's homes, indexed like TravelColumns.homeMode. */
export interface CompiledCommute {
  /** Estimated minutes; -1 when unknown. */
  minutes: Int32Array;
  /** The commute factor's value 0..1 (`value` of the minutes). */
  factor: Float64Array;
  /** The opening's limit in minutes; 0 for none. */
  limit: number;
}

export function compileCommute(opening: RankableOpening, travel: TravelColumns, value: (minutes: number | null) => number): CompiledCommute {
  return { ...travel.tableTo(workplaceOf(opening), value), limit: opening.maxCommuteMinutes ?? 0 };
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
