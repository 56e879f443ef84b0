/**
 * A candidate pool that follows changes without being rebuilt: a large prepared base pool, a small prepared pool of
 * the people changed since the base was built (the delta), and in the base a bitset of the people the delta
 * supersedes or who left. A ranking ranks both pools and merges the two results in the order one pool would give;
 * when the delta has grown past a share of the base, the two are compacted into a new base. Preparing 100k people
 * takes about a second (bench:ranking), so patching a handful of changed people costs their own preparation only.
 *
 * Pure: the service decides who changed (matching.service.ts reads the database's change feed).
 */
import { fnv1a, prepareCandidates, tieKey, type CandidatePool } from './candidate-pool.js';
import { rankCandidates } from './rank.js';
import type { RankableCandidate, RankableOpening, Ranked, RankingResult, RankOptions } from './ranking.types.js';
import type { TaxonomyGraph } from './taxonomy-graph.js';

/** The delta is compacted into the base once it holds more than this share of the base (or COMPACT_MIN people). */
export const COMPACT_SHARE = 0.05;
export const COMPACT_MIN = 512;

export class LivePool {
  private base: CandidatePool;
  private baseIndex: Map<string, number>;
  private readonly changed = new Map<string, RankableCandidate>();
  private delta: CandidatePool;
  private compactions = 0;

  constructor(candidates: readonly RankableCandidate[]) {
    this.base = prepareCandidates(candidates);
    this.baseIndex = indexOf(this.base);
    this.delta = prepareCandidates([]);
  }

  /** People who can be ranked now. */
  get size(): number {
    return this.base.size - this.base.retiredCount + this.changed.size;
  }

  /** For monitoring and tests: how the pool is made up now. */
  get stats(): { base: number; retired: number; delta: number; compactions: number } {
    return { base: this.base.size, retired: this.base.retiredCount, delta: this.changed.size, compactions: this.compactions };
  }

  /**
   * Patches the pool: `upserts` are people rankable now with their current data (new, or changed), `removedIds`
   * people no longer rankable (exited, moved out of scope). Ids not in the pool are ignored in `removedIds`.
   */
  apply(upserts: readonly RankableCandidate[], removedIds: readonly string[]): void {
    if (upserts.length === 0 && removedIds.length === 0) return;
    for (const id of removedIds) {
      this.retireFromBase(id);
      this.changed.delete(id);
    }
    for (const candidate of upserts) {
      this.retireFromBase(candidate.id);
      this.changed.set(candidate.id, candidate);
    }
    if (this.changed.size > Math.max(COMPACT_MIN, this.base.size * COMPACT_SHARE)) this.compact();
    else this.delta = prepareCandidates([...this.changed.values()]);
  }

  /** Everyone rankable now, in no particular order. */
  candidates(): RankableCandidate[] {
    const live = this.base.candidates.filter((_, i) => !this.base.isRetired(i));
    for (const candidate of this.changed.values()) live.push(candidate);
    return live;
  }

  /** Ranks everyone in the pool for `opening`: the same result as rankCandidates over {@link candidates}. */
  rank(opening: RankableOpening, graph: TaxonomyGraph, options: RankOptions): RankingResult {
    const fromBase = rankCandidates(opening, this.base, graph, options);
    if (this.changed.size === 0) return fromBase;
    return mergeRankings(opening.id, fromBase, rankCandidates(opening, this.delta, graph, options), options);
  }

  private retireFromBase(id: string): void {
    const i = this.baseIndex.get(id);
    if (i !== undefined) this.base.retire(i);
  }

  private compact(): void {
    this.base = prepareCandidates(this.candidates());
    this.baseIndex = indexOf(this.base);
    this.changed.clear();
    this.delta = prepareCandidates([]);
    this.compactions++;
  }
}

function indexOf(pool: CandidatePool): Map<string, number> {
  return new Map(pool.ids.map((id, i) => [id, i]));
}

/**
 * Two rankings of disjoint pools for one opening merged into the ranking of their union: the same order as one
 * pool's (score in tenths, then the (opening, candidate) tie key; the final tie, pool position in one pool, becomes
 * the id here), explanations kept for the first `explainTop` only, counts added, excluded listed base first.
 */
export function mergeRankings(openingId: string, a: RankingResult, b: RankingResult, options: RankOptions): RankingResult {
  const openingHash = fnv1a(openingId);
  const order = <T extends { id: string; score: number }>(x: T, y: T): number =>
    Math.round(y.score * 10) - Math.round(x.score * 10) ||
    tieKey(openingHash, fnv1a(y.id)) - tieKey(openingHash, fnv1a(x.id)) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const ranked = [...a.ranked, ...b.ranked]
    .sort(order)
    .slice(0, options.limit)
    .map((r, position): Ranked => (position < options.explainTop ? r : unexplained(r)));
  const nearMisses = [...a.nearMisses, ...b.nearMisses].sort(order).slice(0, options.nearMissLimit ?? options.limit);
  return {
    ranked,
    nearMisses,
    excludedCount: a.excludedCount + b.excludedCount,
    listExcluded: (limit = Infinity) => {
      const first = a.listExcluded(limit);
      return first.length >= limit ? first : first.concat(b.listExcluded(limit - first.length));
    },
  };
}

function unexplained(r: Ranked): Ranked {
  return { ...r, explanation: '', factors: r.factors.map((f) => ({ ...f, detail: '' })) };
}
