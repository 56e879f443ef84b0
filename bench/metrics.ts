/** Ranking-quality metrics over graded relevance (0-3) and latency percentiles. */

export interface QueryJudgement {
  /** Candidate indices returned, best first (at most 50 are looked at). */
  ranked: ArrayLike<number>;
  /** Relevance of every candidate index. */
  relevance: (index: number) => number;
  /** How many candidates have each relevance grade (index 0..3). */
  gradeCounts: readonly number[];
}

export interface Quality {
  ndcg10: number;
  mrr: number;
  recall50: number;
  /** Queries that had at least one candidate with relevance >= 2 (the others are left out of all three means). */
  judged: number;
  queries: number;
}

export function evaluate(queries: QueryJudgement[]): Quality {
  let ndcg = 0;
  let mrr = 0;
  let recall = 0;
  let judged = 0;
  for (const q of queries) {
    const relevantTotal = q.gradeCounts[2] + q.gradeCounts[3];
    if (relevantTotal === 0) continue;
    judged++;
    let dcg = 0;
    let rr = 0;
    let found = 0;
    const n = Math.min(50, q.ranked.length);
    for (let i = 0; i < n; i++) {
      const rel = q.relevance(q.ranked[i]);
      if (i < 10) dcg += (2 ** rel - 1) / Math.log2(i + 2);
      if (rel >= 2) {
        found++;
        if (rr === 0) rr = 1 / (i + 1);
      }
    }
    let idcg = 0;
    let position = 0;
    for (let grade = 3; grade >= 1 && position < 10; grade--) {
      for (let c = 0; c < q.gradeCounts[grade] && position < 10; c++, position++) idcg += (2 ** grade - 1) / Math.log2(position + 2);
    }
    ndcg += idcg > 0 ? dcg / idcg : 0;
    mrr += rr;
    recall += found / relevantTotal;
  }
  const d = Math.max(judged, 1);
  return { ndcg10: ndcg / d, mrr: mrr / d, recall50: recall / d, judged, queries: queries.length };
}

export function percentile(sortedMs: ArrayLike<number>, p: number): number {
  if (sortedMs.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length) - 1;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, rank))];
}

export function summarise(ms: number[]): { p50: number; p95: number; n: number } {
  const sorted = ms.slice().sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

/**
 * A bootstrap interval for the ratio of the p-th percentiles of two paired samples (numerator[i] and denominator[i]
 * measured on the same opening): openings are resampled with replacement `iterations` times with a seeded PRNG, and
 * the `lower`/`upper` quantiles of the resampled ratios returned. It says how much the ratio depends on which
 * openings happened to be drawn; it does not cover run-to-run machine noise (compare runs for that).
 */
export function bootstrapRatio(
  numerator: readonly number[],
  denominator: readonly number[],
  p: number,
  rng: () => number,
  iterations = 2000,
  lower = 5,
  upper = 95,
): { low: number; high: number } {
  const n = numerator.length;
  if (n === 0 || denominator.length !== n) return { low: NaN, high: NaN };
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const ratios: number[] = [];
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rng() * n);
      a[i] = numerator[j];
      b[i] = denominator[j];
    }
    a.sort();
    b.sort();
    ratios.push(percentile(a, p) / percentile(b, p));
  }
  ratios.sort((x, y) => x - y);
  return { low: percentile(ratios, lower), high: percentile(ratios, upper) };
}
