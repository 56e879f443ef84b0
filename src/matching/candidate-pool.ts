/**
 * Candidates turned into flat typed arrays once, so that ranking them against an opening allocates nothing per
 * candidate: ids are interned to small integers, lists become offset/value arrays, and skills get an inverted index
 * (skill -> candidate indices) so skill coverage costs only the opening's skills' posting lists.
 * Build one with {@link prepareCandidates} and reuse it for every opening ranked against the same candidates.
 */
import { SWEDISH_LEVEL_ORDER, type RankableCandidate, type SwedishLevelValue } from './ranking.types.js';

/** Bits of CandidatePool.limits. */
export const LIMIT_BIT = { NO_HEAVY_LIFTING: 1, NO_NIGHT_WORK: 2 } as const;

export const SWEDISH_ORDINAL: Readonly<Record<SwedishLevelValue, number>> = Object.fromEntries(
  SWEDISH_LEVEL_ORDER.map((level, index) => [level, index]),
) as Record<SwedishLevelValue, number>;

/** An ISO date YYYY-MM-DD as the integer YYYYMMDD (order-preserving); 0 for null. */
export function dayNumber(iso: string | null): number {
  if (iso === null) return 0;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`matching: not an ISO date: ${iso}`);
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit value. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Tie-break key of an (opening, candidate) pair, from the two ids' hashes. */
export function tieKey(openingHash: number, candidateHash: number): number {
  return mix32(openingHash ^ Math.imul(candidateHash, 0x9e3779b1));
}

export class Interner {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
  get(id: string): number {
    return this.index.get(id) ?? -1;
  }
}

/** A flat list per candidate: values of candidate i are values[start[i] .. start[i+1]). */
export interface FlatList {
  readonly start: Uint32Array;
  readonly values: Int32Array;
}

export class CandidatePool {
  readonly size: number;
  /** Candidate ids in input order. */
  readonly ids: string[];
  readonly idHash: Uint32Array;
  readonly swedish: Uint8Array;
  readonly consent: Uint8Array;
  readonly internship: Uint8Array;
  readonly limits: Uint8Array;
  readonly startDay: Int32Array;
  readonly home: Int32Array;
  readonly experience: FlatList;
  readonly experienceYears: Float64Array;
  readonly wantedOccupations: FlatList;
  readonly sectors: FlatList;
  readonly worktimes: FlatList;
  readonly licences: FlatList;
  /** Candidate indices per interned skill, ascending. */
  readonly skillPostings: Int32Array[];
  readonly occupationIds: Interner;
  readonly municipalityIds: Interner;
  readonly sectorIds: Interner;
  readonly worktimeIds: Interner;
  readonly licenceIds: Interner;
  readonly skillIds: Interner;
  /** Scratch buffers reused by every ranking (ranking is synchronous, so never shared by two at once). */
  readonly scratchCoverage: Float64Array;
  readonly scratchScore: Float64Array;
  readonly scratchMask: Uint8Array;
  readonly scratchFails: Uint8Array;
  /** Bit r set when the candidate lacks the opening's r-th required licence (first 12 only). */
  readonly scratchMissing: Uint32Array;

  constructor(readonly candidates: readonly RankableCandidate[]) {
    const n = candidates.length;
    this.size = n;
    this.ids = candidates.map((c) => c.id);
    this.idHash = new Uint32Array(n);
    this.swedish = new Uint8Array(n);
    this.consent = new Uint8Array(n);
    this.internship = new Uint8Array(n);
    this.limits = new Uint8Array(n);
    this.startDay = new Int32Array(n);
    this.home = new Int32Array(n);
    this.occupationIds = new Interner();
    this.municipalityIds = new Interner();
    this.sectorIds = new Interner();
    this.worktimeIds = new Interner();
    this.licenceIds = new Interner();
    this.skillIds = new Interner();
    const occ = this.occupationIds;
    this.experience = flatten(candidates, (c) => c.experience.map((e) => occ.of(e.occupationId)));
    this.experienceYears = Float64Array.from(candidates.flatMap((c) => c.experience.map((e) => e.years)));
    this.wantedOccupations = flatten(candidates, (c) => c.wantedOccupationIds.map((id) => occ.of(id)));
    this.sectors = flatten(candidates, (c) => c.wantedSectorIds.map((id) => this.sectorIds.of(id)));
    this.worktimes = flatten(candidates, (c) => c.wantedWorktimeIds.map((id) => this.worktimeIds.of(id)));
    this.licences = flatten(candidates, (c) => c.licenceIds.map((id) => this.licenceIds.of(id)));
    const counts: number[] = [];
    const skillLists: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = candidates[i];
      this.idHash[i] = fnv1a(c.id);
      const ordinal = SWEDISH_ORDINAL[c.swedishLevel];
      if (ordinal === undefined) throw new Error(`matching: unknown Swedish level ${String(c.swedishLevel)}`);
      this.swedish[i] = ordinal;
      this.consent[i] = c.sharesProfileWithEmployers ? 1 : 0;
      this.internship[i] = c.wantsInternship ? 1 : 0;
      let bits = 0;
      for (const limitation of c.workLimitations) {
        if (limitation === 'NO_HEAVY_LIFTING') bits |= LIMIT_BIT.NO_HEAVY_LIFTING;
        else if (limitation === 'NO_NIGHT_WORK') bits |= LIMIT_BIT.NO_NIGHT_WORK;
      }
      this.limits[i] = bits;
      this.startDay[i] = dayNumber(c.earliestStartOn);
      this.home[i] = this.municipalityIds.of(c.homeMunicipalityId);
      // a skill listed twice counts once
      const unique = new Set<number>();
      for (const skill of c.skillIds) unique.add(this.skillIds.of(skill));
      const list = Int32Array.from(unique);
      skillLists[i] = list;
      for (const s of list) counts[s] = (counts[s] ?? 0) + 1;
    }
    this.skillPostings = this.skillIds.ids.map((_, s) => new Int32Array(counts[s] ?? 0));
    const fill = new Uint32Array(this.skillIds.ids.length);
    for (let i = 0; i < n; i++) for (const s of skillLists[i]) this.skillPostings[s][fill[s]++] = i;
    this.scratchCoverage = new Float64Array(n);
    this.scratchScore = new Float64Array(n);
    this.scratchMask = new Uint8Array(n);
    this.scratchFails = new Uint8Array(n);
    this.scratchMissing = new Uint32Array(n);
  }
}

function flatten(candidates: readonly RankableCandidate[], valuesOf: (c: RankableCandidate) => number[]): FlatList {
  const start = new Uint32Array(candidates.length + 1);
  const values: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (const value of valuesOf(candidates[i])) values.push(value);
    start[i + 1] = values.length;
  }
  return { start, values: Int32Array.from(values) };
}

/** Prepares candidates for ranking (O(total list lengths)); reuse the pool across openings. */
export function prepareCandidates(candidates: readonly RankableCandidate[]): CandidatePool {
  return new CandidatePool(candidates);
}
