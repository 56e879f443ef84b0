/** The ranking benchmark's measurements: quality on the labelled set, latency in process beside the SQL baseline, memory. */
import { performance } from 'node:perf_hooks';
import { prepareCandidates, type CandidatePool } from '../src/matching/candidate-pool.js';
import { rankCandidates } from '../src/matching/rank.js';
import type { RankableCandidate } from '../src/matching/ranking.types.js';
import { OverlapBaseline, type SkillInts, type SqlBaseline } from './baselines.js';
import { relevanceTable, type LabelledOpening, type Taxonomy } from './dataset.js';
import type { GraphqlSizeResult } from './graphql.js';
import { bootstrapRatio, evaluate, summarise, type Quality, type QueryJudgement } from './metrics.js';
import { mulberry32 } from './prng.js';

export const gc = (globalThis as { gc?: () => void }).gc;
const indexOf = (id: string) => Number(id.slice(1)); // candidate ids are `c<index>`

/** Bytes held in the pool's typed arrays (counted directly: ArrayBuffers are outside heapUsed and freed lazily). */
export function poolTypedBytes(pool: CandidatePool): number {
  let bytes = 0;
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) {
      bytes += value.byteLength;
    } else if (Array.isArray(value)) {
      for (const v of value) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
    } else if (value && typeof value === 'object' && 'start' in value && 'values' in value) {
      Object.values(value).forEach(visit);
    }
  };
  Object.values(pool).forEach(visit);
  return bytes;
}

export function memory(): { rss: number; heapUsed: number; arrayBuffers: number } {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers };
}

export interface SizeResult {
  size: number;
  ranker: { p50: number; p95: number };
  excludedShare: number;
  /**
   * The same openings without their own hard requirements (diagnostic: how requirements change the cost; the excluded
   * are counted, not listed, since RankingResult.listExcluded builds entries only on demand).
   */
  lenient?: { p50: number; p95: number; excludedShare: number };
  sql?: { p50: number; p95: number };
  /** sql p95 / ranker p95 with a bootstrap 90 % interval over the openings (paired). */
  speedup?: { p50: number; p95: number; low: number; high: number };
  graphql?: GraphqlSizeResult;
}

/** The latency openings with no Swedish/licence/lifting requirement and a start date every candidate meets. */
export function lenientOpenings(openings: LabelledOpening[]): LabelledOpening[] {
  return openings.map(({ opening, occupation }) => ({
    occupation,
    opening: { ...opening, minSwedishLevel: null, requiredLicenceIds: [], physicallyDemanding: false, nightWork: false, startOn: '2026-06-01' },
  }));
}

export async function measureQuality(
  tax: Taxonomy,
  candidates: RankableCandidate[],
  truth: Uint16Array,
  skills: number[][],
  openings: LabelledOpening[],
  ints: SkillInts,
  sql: SqlBaseline | null,
  today: string,
): Promise<{ rows: Array<[string, Quality | null]>; excludedShare: number }> {
  const pool = prepareCandidates(candidates);
  const overlap = new OverlapBaseline(skills);
  const table = sql ? await sql.load(`q${candidates.length}`, skills) : null;
  const ranker: QueryJudgement[] = [];
  const plain: QueryJudgement[] = [];
  const viaSql: QueryJudgement[] = [];
  let excluded = 0;
  for (const { opening, occupation } of openings) {
    const table3 = relevanceTable(tax, occupation);
    const gradeCounts = [0, 0, 0, 0];
    for (let i = 0; i < truth.length; i++) gradeCounts[table3[truth[i]]]++;
    const relevance = (i: number) => table3[truth[i]];
    const result = rankCandidates(opening, pool, tax.graph, { limit: 50, explainTop: 0, today });
    excluded += result.excludedCount / candidates.length;
    ranker.push({ ranked: result.ranked.map((r) => indexOf(r.id)), relevance, gradeCounts });
    const q = ints.openingSkills(opening);
    plain.push({ ranked: overlap.rank(q, 50), relevance, gradeCounts });
    if (sql && table) viaSql.push({ ranked: await sql.rank(table, q), relevance, gradeCounts });
  }
  return {
    rows: [
      ['(a) rankCandidates (rank.ts)', evaluate(ranker)],
      ['(b) skill overlap, in process', evaluate(plain)],
      ['(c) PostgreSQL intarray GIN overlap', sql ? evaluate(viaSql) : null],
    ],
    excludedShare: excluded / openings.length,
  };
}

/**
 * Times the ranker on every opening (the first `warmup` not recorded) and, when `sqlRank` is given, the SQL baseline on
 * the same opening right before or after it (alternating), so that both see the same machine state and the ratio is
 * paired. Every call is a full ranking of a distinct opening; nothing is cached between them.
 */
export async function timeLatency(
  tax: Taxonomy,
  pool: CandidatePool,
  openings: LabelledOpening[],
  size: number,
  sqlRank: ((k: number) => Promise<unknown>) | null,
  today: string,
  warmup: number,
  seed: number,
): Promise<SizeResult> {
  const ranker: number[] = [];
  const viaSql: number[] = [];
  let excluded = 0;
  const rank = (k: number) => {
    const s = performance.now();
    const result = rankCandidates(openings[k].opening, pool, tax.graph, { limit: 50, explainTop: 50, today });
    const elapsed = performance.now() - s;
    if (k >= warmup) {
      ranker.push(elapsed);
      excluded += result.excludedCount / size;
    }
  };
  const query = async (k: number) => {
    const s = performance.now();
    await sqlRank!(k);
    const elapsed = performance.now() - s;
    if (k >= warmup) viaSql.push(elapsed);
  };
  for (let k = 0; k < openings.length; k++) {
    if (!sqlRank) rank(k);
    else if (k % 2 === 0) {
      rank(k);
      await query(k);
    } else {
      await query(k);
      rank(k);
    }
  }
  const { p50, p95 } = summarise(ranker);
  const result: SizeResult = { size, ranker: { p50, p95 }, excludedShare: excluded / ranker.length };
  if (sqlRank) {
    const s = summarise(viaSql);
    result.sql = { p50: s.p50, p95: s.p95 };
    const interval = bootstrapRatio(viaSql, ranker, 95, mulberry32(seed + 3));
    result.speedup = { p50: s.p50 / p50, p95: s.p95 / p95, ...interval };
  }
  return result;
}
