/**
 * Candidates turned into flat typed arrays once, so that ranking them against an opening allocates nothing per
 * candidate: ids are interned to small integers, lists become offset/value arrays, skills and occupations get
 * inverted indexes (skill / occupation -> candidate indices) so that the ranking visits only the candidates whose
 * score can reach its top, and every hard requirement that does not depend on the opening's values is a bitset
 * (one bit per candidate, 32 per Int32Array word) so that who is excluded costs a few word operations per 32
 * candidates. Build one with {@link prepareCandidates} and reuse it for every opening ranked against the same
 * candidates; a pool is never changed by a ranking apart from its scratch buffers.
 */
import { SWEDISH_LEVEL_ORDER, type RankableCandidate, type SwedishLevelValue } from './ranking.types.js';
import { TravelColumns } from './requirements/commute.requirement.js';
import { LanguageSpeakers } from './requirements/language.requirement.js';

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
  /** Travel mode and own commute limit per candidate, and the index into an opening's commute tables. */
  readonly travel: TravelColumns;
  /** Who speaks which language other than Swedish, and how well. */
  readonly languages: LanguageSpeakers;
  readonly experience: FlatList;
  readonly experienceYears: Float64Array;
  readonly wantedOccupations: FlatList;
  readonly sectors: FlatList;
  readonly worktimes: FlatList;
  readonly licences: FlatList;
  /** Candidate indices per interned skill, ascending. */
  readonly skillPostings: Int32Array[];
  /** Candidate indices per interned occupation held in experience or wanted (each candidate once), ascending. */
  readonly occupationPostings: Int32Array[];
  /** Int32 words of one candidate bitset: ceil(size / 32). Candidate i is bit (i & 31) of word (i >>> 5). */
  readonly words: number;
  /** Bitset: no consent to share the profile with employers. */
  readonly noConsentBits: Int32Array;
  /** Bitsets indexed by Swedish ordinal L: candidates whose level is below L (index 0 is empty). */
  readonly swedishBelowBits: Int32Array[];
  /** Bitsets: work limitation NO_HEAVY_LIFTING, NO_NIGHT_WORK. */
  readonly heavyLiftingBits: Int32Array;
  readonly nightWorkBits: Int32Array;
  /** Bitsets per interned licence id: candidates holding it. */
  readonly licenceHeldBits: Int32Array[];
  /** Candidates with an earliest start date (startDay != 0), latest start first, and their start days. */
  readonly lateStarters: Int32Array;
  readonly lateStarterDays: Int32Array;
  readonly occupationIds: Interner;
  readonly municipalityIds: Interner;
  readonly sectorIds: Interner;
  readonly worktimeIds: Interner;
  readonly licenceIds: Interner;
  readonly skillIds: Interner;
  /**
   * Scratch buffers reused by every ranking (ranking is synchronous, so never shared by two at once). Coverage is
   * all zero between rankings (a ranking zeroes the entries it wrote); scores are valid only for the candidates a
   * ranking visited; the bitsets are cleared by the ranking that uses them.
   */
  readonly scratchCoverage: Float64Array;
  readonly scratchScore: Float64Array;
  readonly scratchVisited: Int32Array;
  readonly scratchTier: Int32Array;
  readonly scratchTwice: Int32Array;
  /** Bitset: holds one of the opening's skills (set by compiling an opening, cleared by its release). */
  readonly scratchCovered: Int32Array;
  /**
   * Bitset of candidates retired from the pool: superseded by a newer version of the person kept elsewhere, or no
   * longer rankable (see LivePool). A ranking neither returns nor counts them; {@link retire} is the only change a
   * pool allows after it is built.
   */
  readonly retiredBits: Int32Array;
  private retired = 0;
  /** Per-graph occupation topology ({@link occupationTopology}), computed on first use. */
  private readonly topologies = new WeakMap<object, OccupationTopology>();

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
    this.occupationPostings = postings(this.occupationIds.ids.length, n, [this.experience, this.wantedOccupations]);
    this.travel = new TravelColumns(candidates);
    this.languages = new LanguageSpeakers(candidates);

    const words = (n + 31) >>> 5;
    this.words = words;
    const bits = (test: (i: number) => boolean): Int32Array => {
      const set = new Int32Array(words);
      for (let i = 0; i < n; i++) if (test(i)) set[i >>> 5] |= 1 << (i & 31);
      return set;
    };
    this.noConsentBits = bits((i) => this.consent[i] === 0);
    this.swedishBelowBits = SWEDISH_LEVEL_ORDER.map((_, level) => bits((i) => this.swedish[i] < level));
    this.heavyLiftingBits = bits((i) => (this.limits[i] & LIMIT_BIT.NO_HEAVY_LIFTING) !== 0);
    this.nightWorkBits = bits((i) => (this.limits[i] & LIMIT_BIT.NO_NIGHT_WORK) !== 0);
    const licenceHeld = this.licenceIds.ids.map(() => new Int32Array(words));
    for (let i = 0; i < n; i++) {
      for (let j = this.licences.start[i]; j < this.licences.start[i + 1]; j++) {
        licenceHeld[this.licences.values[j]][i >>> 5] |= 1 << (i & 31);
      }
    }
    this.licenceHeldBits = licenceHeld;
    const late: number[] = [];
    for (let i = 0; i < n; i++) if (this.startDay[i] !== 0) late.push(i);
    late.sort((a, b) => this.startDay[b] - this.startDay[a] || a - b);
    this.lateStarters = Int32Array.from(late);
    this.lateStarterDays = Int32Array.from(late, (i) => this.startDay[i]);

    this.scratchCoverage = new Float64Array(n);
    this.scratchScore = new Float64Array(n);
    this.scratchVisited = new Int32Array(words);
    this.scratchTier = new Int32Array(words);
    this.scratchTwice = new Int32Array(words);
    this.scratchCovered = new Int32Array(words);
    this.retiredBits = new Int32Array(words);
  }

  /** Candidates retired so far. */
  get retiredCount(): number {
    return this.retired;
  }

  /** Takes candidate i out of every later ranking (idempotent). */
  retire(i: number): void {
    const bit = 1 << (i & 31);
    if ((this.retiredBits[i >>> 5] & bit) !== 0) return;
    this.retiredBits[i >>> 5] |= bit;
    this.retired++;
  }

  isRetired(i: number): boolean {
    return (this.retiredBits[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  /**
   * The SSYK-4 group and occupation fields of every interned occupation under `graph`, computed once per graph (the
   * graph is immutable) so that an opening's proximity to all of them costs integer comparisons only.
   */
  occupationTopology(graph: OccupationGraph): OccupationTopology {
    let topology = this.topologies.get(graph);
    if (!topology) {
      topology = new OccupationTopology(graph, this.occupationIds);
      this.topologies.set(graph, topology);
    }
    return topology;
  }
}

/** What {@link OccupationTopology} needs of a TaxonomyGraph (its public API). */
export interface OccupationGraph {
  ssyk4Of(occupationId: string): string | null;
  fieldsOf(occupationOrGroupId: string): readonly string[];
  substitutesFor(occupationId: string, percentage: 75 | 25): ReadonlySet<string>;
}

/**
 * Interned occupations' SSYK-4 groups and fields. {@link OccupationTopology.proximityLevels} gives, for one wanted
 * occupation, the same level as TaxonomyGraph.occupationProximity(wanted, have) for every interned `have` (the
 * candidate-pool spec checks it against every pair of the fixture taxonomy). The pool's interner must not grow after
 * the topology is built (a pool's does not).
 */
export class OccupationTopology {
  /** Interned SSYK-4 group per occupation, -1 when it has none. */
  private readonly group: Int32Array;
  private readonly groups = new Interner();
  /** Interned fields per group. */
  private readonly fieldsOfGroup: number[][] = [];
  private readonly fields = new Interner();

  constructor(
    private readonly graph: OccupationGraph,
    private readonly occupations: Interner,
  ) {
    const ids = occupations.ids;
    this.group = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) this.group[k] = this.groupIndex(ids[k]);
  }

  private groupIndex(occupationId: string): number {
    const group = this.graph.ssyk4Of(occupationId);
    if (group === null) return -1;
    const known = this.groups.get(group);
    if (known >= 0) return known;
    const g = this.groups.of(group);
    // fieldsOf(an occupation) is its group's fields, exactly what occupationProximity compares
    this.fieldsOfGroup[g] = [...new Set(this.graph.fieldsOf(occupationId).map((f) => this.fields.of(f)))];
    return g;
  }

  /**
   * Proximity level of every interned occupation to `wanted`, as an index into PROXIMITY_ORDER (0 same occupation,
   * 1 same SSYK-4, 2 substitutable 75 %, 3 substitutable 25 %, 4 same field, 5 none). Levels are checked in the
   * order occupationProximity checks them, so the first that holds wins.
   */
  proximityLevels(wanted: string): Uint8Array {
    const levels = new Uint8Array(this.group.length).fill(5);
    const wantedGroupId = this.graph.ssyk4Of(wanted);
    if (wantedGroupId !== null) {
      // a group no interned occupation is in matches none of them by group; its fields still count
      const wantedGroup = this.groups.get(wantedGroupId);
      const wantedFields = new Set<number>();
      for (const f of this.graph.fieldsOf(wanted)) {
        const k = this.fields.get(f);
        if (k >= 0) wantedFields.add(k);
      }
      const sharesField = new Uint8Array(this.groups.ids.length);
      for (let g = 0; g < sharesField.length; g++) {
        for (const f of this.fieldsOfGroup[g]) {
          if (wantedFields.has(f)) {
            sharesField[g] = 1;
            break;
          }
        }
      }
      for (let k = 0; k < levels.length; k++) {
        const g = this.group[k];
        if (g < 0) continue;
        if (g === wantedGroup) levels[k] = 1;
        else if (sharesField[g] === 1) levels[k] = 4;
      }
    }
    // the first level that holds wins, i.e. the lowest index: lower the index for each that holds
    for (const id of this.graph.substitutesFor(wanted, 25)) {
      const k = this.occupations.get(id);
      if (k >= 0 && levels[k] > 3) levels[k] = 3;
    }
    for (const id of this.graph.substitutesFor(wanted, 75)) {
      const k = this.occupations.get(id);
      if (k >= 0 && levels[k] > 2) levels[k] = 2;
    }
    const same = this.occupations.get(wanted);
    if (same >= 0) levels[same] = 0;
    return levels;
  }

}

/** Candidate indices per value (ascending, each candidate once per value) of several flat lists over `n` candidates. */
function postings(values: number, n: number, lists: readonly FlatList[]): Int32Array[] {
  const counts = new Uint32Array(values);
  const lastSeen = new Int32Array(values).fill(-1);
  for (let pass = 0; pass < 2; pass++) {
    const out = pass === 0 ? null : Array.from(counts, (count) => new Int32Array(count));
    const fill = new Uint32Array(values);
    lastSeen.fill(-1);
    for (let i = 0; i < n; i++) {
      for (const list of lists) {
        for (let j = list.start[i]; j < list.start[i + 1]; j++) {
          const v = list.values[j];
          if (lastSeen[v] === i) continue;
          lastSeen[v] = i;
          if (out) out[v][fill[v]++] = i;
          else counts[v]++;
        }
      }
    }
    if (out) return out;
  }
  throw new Error('unreachable');
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
