/**
 * The ranking engine: pure functions over {@link RankableCandidate} and {@link RankableOpening} (ranking.types.ts),
 * a {@link TaxonomyGraph} and a date. It proposes and explains; a person decides (docs/rules.md).
 *
 * **Hard requirements** exclude, each with a Swedish reason: a required driving-licence class missing (each missing
 * class counts as one requirement), not available by the start date, below the minimum Swedish level, no consent to
 * share the profile with employers, a work limitation in conflict (physically demanding vs NO_HEAVY_LIFTING, night
 * work vs NO_NIGHT_WORK), an estimated commute by the person's travel mode beyond the opening's limit or the person's
 * own ("för lång resväg (ca N min ...)", requirements/commute.requirement.ts), a language the opening needs not
 * spoken at the level needed (each language counts as one, requirements/language.requirement.ts). Candidates failing
 * exactly one requirement are also returned as near misses, best first.
 *
 * **Soft factors** have fixed weights summing to 100, each result listing every factor's points. Each factor is one
 * file in factors/ (skills, experienceOccupation, experienceYears, swedish, wantedOccupation, sector, kind, hours,
 * commute): its weight, its value 0..1, its bound for the visiting and its explanation; the list and their order in
 * factors/index.ts. Reciprocity: the factors are split into what the employer needs and what the person wants, 50
 * points each, so a person who wants exactly this work but brings nothing asked for scores the same as one who brings
 * everything but wants none of it (rank.spec.ts shows it).
 *
 * Why these: chosen by measurement (`npm run bench:calibrate`) on the calibration half of the recruiter's benchmark
 * (bench/README.md), where a person is relevant when they can take the job and their real occupation is close to the
 * opening's, and reported by `npm run bench:ranking` on the other half. The occupation a person has worked in and the
 * one they want tell most about that, so they carry most of each half, and the exact occupation counts far more than
 * a neighbouring one (taxonomy-graph.ts's PROXIMITY, chosen on the same half); the listed skills add less (in JobTech
 * skills belong to occupation groups, not to occupations) and the chosen sector less still: a sector worth 12 points
 * put people who chose the opening's sector above people with the right occupation who chose another. The factors
 * the benchmark cannot judge keep their points by judgement: Swedish (scored only against the stated need and never
 * above it: more Swedish than needed would act as a proxy for origin), the internship wish, hours and commute, which
 * decide whether the person can and will take the work. Each side keeps its 50 points, and no factor has fewer than
 * 4, so that nothing a recruiter reads in the explanation is silently worth nothing.
 *
 * **Ties**: scores are compared in tenths of a point (differences below 0.05 are noise); equal scores are ordered by
 * a hash of (opening id, candidate id): deterministic, yet different per opening, so no one is always first.
 *
 * **Speed**: per ranking the opening is compiled against the pool (proximity level per distinct occupation from a
 * per-graph topology, commute per municipality, skill coverage from the inverted index). Who fails a hard requirement
 * is found with bitsets (a few word operations per 32 candidates), and only candidates whose score can still reach
 * the top `limit` or the near misses are scored: candidates are visited from the occupation and skill postings in
 * order of the best score they could have, and visiting stops once no one left can enter ({@link Visitor} explains
 * the bound and why the results are exactly those of scoring everyone). The excluded are not materialised:
 * `excludedCount` is a popcount and `listExcluded(limit)` builds a page on demand from the result's own bitset; a
 * `reasons` array is shared by everyone excluded alike (do not mutate it). Measured with `npm run bench:ranking` on the
 * 2-core dev machine (real taxonomy, ~23 % excluded, limit 50, explainTop 50): p50 about 0.7 ms (p95 1.3 ms) at 100k
 * candidates and 2.6 ms (p95 4.0 ms) at 1M (docs/benchmarks.md). Pass a {@link CandidatePool} to rank
 * many openings against the same candidates (preparing 100k takes ~1 s); an array is prepared on each call.
 *
 * **Where things are:** each factor in factors/<name>.factor.ts; the weights as a list and the engine's version in
 * weights.ts; an opening compiled against a pool, and a candidate's score (the one place it is summed), in
 * compiled.ts; the hard requirements and their reasons in requirements/ (hard-requirements.ts, with the commute and
 * language needs beside it); the bounded visiting in visitor.ts; the top-k heap in top-k.ts; the explanations put
 * together in explain.ts; this file drives them.
 */
import { CandidatePool, prepareCandidates, tieKey } from './candidate-pool.js';
import { compile, evaluate, release } from './compiled.js';
import { explain, round, type Explained } from './explain.js';
import { failures, ReasonCache, requirementBits } from './requirements/hard-requirements.js';
import type { Factor, RankableCandidate, RankableOpening, Ranked, RankingResult, RankOptions } from './ranking.types.js';
import type { TaxonomyGraph } from './taxonomy-graph.js';
import { tenths, TopK } from './top-k.js';
import { Visitor } from './visitor.js';
import { WEIGHTS } from './weights.js';

export { commuteValue } from './factors/commute.factor.js';
export { ENGINE_VERSION, WEIGHTS, type FactorSpec } from './weights.js';

/**
 * Ranks candidates for one opening. Returns the best `limit` eligible candidates (explained for the first
 * `explainTop`), how many are excluded with a lazy list of them and their Swedish reasons, and the best near misses.
 * Only candidates whose score can reach the top are scored ({@link Visitor}); the results are those of scoring
 * everyone.
 */
export function rankCandidates(
  opening: RankableOpening,
  candidates: readonly RankableCandidate[] | CandidatePool,
  graph: TaxonomyGraph,
  options: RankOptions,
): RankingResult {
  const pool = candidates instanceof CandidatePool ? candidates : prepareCandidates(candidates);
  const c = compile(opening, pool, graph, options);
  try {
    const { excluded, twice, listed, count } = requirementBits(c, pool);
    const tie = (i: number) => tieKey(c.openingHash, pool.idHash[i]);
    const top = new TopK(options.limit, tie);
    const near = new TopK(options.nearMissLimit ?? options.limit, tie);
    new Visitor(c, pool, excluded, twice, top, near).run();
    const score = pool.scratchScore;
    const reasons = new ReasonCache(c, pool, options.label);
    const out = new Float64Array(WEIGHTS.length);
    const ranked = top.sorted().map((i, position) => {
      evaluate(c, i, out);
      return toRanked(pool.ids[i], score[i], out, c.w, position < options.explainTop ? explain(c, pool, i, options) : null);
    });
    const nearMisses = near.sorted().map((i) => ({ id: pool.ids[i], reasons: reasons.of(i), score: round(score[i], 1) }));
    return { ranked, excludedCount: count, listExcluded: excludedList(pool, listed, reasons), nearMisses };
  } finally {
    release(c, pool);
  }
}

/**
 * RankingResult.listExcluded for a ranking: walks the result's own bitset of the excluded in input order and builds the
 * entries asked for, so a page of 25 costs 25 entries whatever the pool's size. Reads only the pool's immutable
 * arrays, so it stays right after later rankings on the same pool.
 */
function excludedList(pool: CandidatePool, excluded: Int32Array, reasons: ReasonCache): RankingResult['listExcluded'] {
  return (limit = Infinity) => {
    const list: Array<{ id: string; reasons: string[] }> = [];
    for (let k = 0; k < excluded.length && list.length < limit; k++) {
      let w = excluded[k];
      while (w !== 0 && list.length < limit) {
        const low = w & -w;
        w ^= low;
        const i = (k << 5) + 31 - Math.clz32(low);
        list.push({ id: pool.ids[i], reasons: reasons.of(i) });
      }
    }
    return list;
  };
}

/**
 * Ranks openings for one candidate (the person's view: "where do I fit?"). Same factors, reasons and tie-break
 * (hash of opening id and candidate id) as {@link rankCandidates}; ids in the result are opening ids.
 */
export function rankOpenings(candidate: RankableCandidate, openings: readonly RankableOpening[], graph: TaxonomyGraph, options: RankOptions): RankingResult {
  const pool = prepareCandidates([candidate]);
  const compiled = openings.map((opening) => {
    const c = compile(opening, pool, graph, options);
    try {
      const out = new Float64Array(WEIGHTS.length);
      const score = evaluate(c, 0, out);
      const failed = failures(c, pool, 0);
      const reasons = failed.mask === 0 ? [] : new ReasonCache(c, pool, options.label).of(0);
      return { c, score, out, fails: failed.count, reasons };
    } finally {
      release(c, pool);
    }
  });
  const tie = (j: number) => tieKey(compiled[j].c.openingHash, pool.idHash[0]);
  const top = new TopK(options.limit, tie);
  const near = new TopK(options.nearMissLimit ?? options.limit, tie);
  const excluded: Array<{ id: string; reasons: string[] }> = [];
  compiled.forEach((entry, j) => {
    if (entry.fails === 0) top.offer(j, tenths(entry.score));
    else {
      excluded.push({ id: entry.c.opening.id, reasons: entry.reasons });
      if (entry.fails === 1) near.offer(j, tenths(entry.score));
    }
  });
  const ranked = top.sorted().map((j, position) => {
    const entry = compiled[j];
    const explanation = position < options.explainTop ? explain(entry.c, pool, 0, options) : null;
    return toRanked(entry.c.opening.id, entry.score, entry.out, entry.c.w, explanation);
  });
  const nearMisses = near.sorted().map((j) => ({ id: compiled[j].c.opening.id, reasons: compiled[j].reasons, score: round(compiled[j].score, 1) }));
  return {
    ranked,
    excludedCount: excluded.length,
    listExcluded: (limit = Infinity) => excluded.slice(0, Math.max(0, limit)).map((e) => ({ ...e })),
    nearMisses,
  };
}

function toRanked(id: string, score: number, values: Float64Array, w: Float64Array, explained: Explained | null): Ranked {
  const factors: Factor[] = WEIGHTS.map((spec, k) => ({
    factor: spec.name,
    side: spec.side,
    weight: w[k],
    contribution: round(w[k] * values[k], 2),
    detail: explained?.details[k] ?? '',
  }));
  return { id, score: round(score, 1), factors, explanation: explained?.sentence ?? '' };
}
