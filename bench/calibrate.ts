/**
 * Chooses the ranking's weights by measurement (npm run bench:calibrate): coordinate search on the calibration half of
 * the recruiter's benchmark (bench/recruiter-quality.ts), maximising the mean NDCG@10 of its two modes (with the
 * commute limits and without). Each side keeps 50 points, so that what the work needs and what the person wants stay
 * equal (rank.ts, "Reciprocity"); within a side the points move between factors in whole points. Prints each step and
 * the weights to put in each factor's file (src/matching/factors/<name>.factor.ts); bench:ranking then reports them
 * on the other half.
 *
 * Only the factors the benchmark can see move: its relevance is the occupation a person can really take, so it cannot
 * tell whether the hours, the kind of placement, the commute within the limit or Swedish above the need were right.
 * Those keep their points by judgement ({@link FIXED}); a measured factor keeps at least {@link FLOOR} points, so that
 * none of what a recruiter reads in the explanation is silently dropped.
 */
import { prepareCandidates } from '../src/matching/candidate-pool.js';
import { WEIGHTS } from '../src/matching/rank.js';
import type { FactorName } from '../src/matching/ranking.types.js';
import { loadTaxonomy } from './dataset.js';
import { engineQuality, inCalibrationHalf, judge, recruiterModes } from './recruiter-quality.js';

const SEED = 0x6b72_7967; // bench/ranking.ts's
const TODAY = '2026-01-15';
const STEPS = [8, 4, 2, 1];
const FIXED = new Set<FactorName>(['swedish', 'kind', 'hours', 'commute']);
const FLOOR = 4;

type Weights = Record<FactorName, number>;

function main(): void {
  const tax = loadTaxonomy();
  const modes = recruiterModes(tax, SEED).map(({ mode, people, jobs }) => ({
    mode,
    pool: prepareCandidates(people.map((p) => p.candidate)),
    judged: judge(tax, people, jobs, TODAY).filter((_, k) => inCalibrationHalf(k)),
  }));
  const score = (w: Weights) => modes.reduce((a, m) => a + engineQuality(tax, m.pool, m.judged, TODAY, w).ndcg10, 0) / modes.length;
  let best = Object.fromEntries(WEIGHTS.map((s) => [s.name, s.weight])) as Weights;
  let bestScore = score(best);
  console.log(`start ${JSON.stringify(best)}: mean NDCG@10 ${bestScore.toFixed(4)} on the calibration half`);
  for (const step of STEPS) {
    for (let improved = true; improved;) {
      improved = false;
      // move `step` points from one factor to another on the same side
      for (const from of WEIGHTS) {
        for (const to of WEIGHTS) {
          if (from === to || from.side !== to.side || FIXED.has(from.name) || FIXED.has(to.name) || best[from.name] - step < FLOOR) continue;
          const trial = { ...best, [from.name]: best[from.name] - step, [to.name]: best[to.name] + step };
          const s = score(trial);
          if (s > bestScore + 1e-4) {
            best = trial;
            bestScore = s;
            improved = true;
            console.log(`  ${step} points ${from.name} -> ${to.name}: ${bestScore.toFixed(4)}`);
          }
        }
      }
    }
  }
  console.log(`chosen ${JSON.stringify(best)}: mean NDCG@10 ${bestScore.toFixed(4)} on the calibration half`);
  for (const m of modes) console.log(`  ${m.mode}: ${engineQuality(tax, m.pool, m.judged, TODAY, best).ndcg10.toFixed(4)}`);
}

main();
