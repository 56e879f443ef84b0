/**
 * bench:ranking, part 1: the ranking's quality as a recruiter means it (bench/recruiter-dataset.ts), for the engine and
 * the simple baselines, with the commute limits and without, on two halves of the openings: a calibration half
 * (where weights are to be chosen) and a report half (where they are judged).
 */
import { prepareCandidates, type CandidatePool } from '../src/matching/candidate-pool.js';
import { rankCandidates } from '../src/matching/rank.js';
import type { RankableCandidate, RankableOpening, RankOptions } from '../src/matching/ranking.types.js';
import { relevanceTable, type Taxonomy } from './dataset.js';
import { evaluate, type Quality } from './metrics.js';
import { canTake, generateJobs, generatePeople, loadBridge, NOISE, region, withoutLimits, type Job, type Person } from './recruiter-dataset.js';

const PEOPLE = 10_000;
const OPENINGS = 400;
const LIMIT = 50;
export const QUALITY_TARGET = 0.85;

const f3 = (v: number) => v.toFixed(3);

/** The half an opening belongs to: openings 0, 1, 4, 5, ... calibrate, 2, 3, 6, 7, ... report (each half has both skill sources). */
export const inCalibrationHalf = (k: number) => ((k >> 1) & 1) === 0;

/** Ranks by the summed IDF (over the people) of the opening's skills each person holds, among `eligible` or everyone. */
class IdfOverlap {
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly score: Float64Array;
  constructor(people: readonly RankableCandidate[]) {
    people.forEach((c, i) => {
      for (const s of new Set(c.skillIds)) (this.postings.get(s) ?? this.postings.set(s, []).get(s)!).push(i);
    });
    for (const [s, list] of this.postings) this.idf.set(s, Math.log(people.length / (1 + list.length)));
    this.score = new Float64Array(people.length);
  }
  rank(opening: RankableOpening, eligible: ((i: number) => boolean) | null, useIdf: boolean): number[] {
    this.score.fill(0);
    const touched = new Set<number>();
    const skills = new Set([...opening.requiredSkills, ...opening.preferredSkills].map((s) => s.skillId));
    for (const s of skills) {
      for (const i of this.postings.get(s) ?? []) {
        if (eligible && !eligible(i)) continue;
        this.score[i] += useIdf ? (this.idf.get(s) ?? 0) : 1;
        touched.add(i);
      }
    }
    return [...touched].sort((a, b) => this.score[b] - this.score[a] || a - b).slice(0, LIMIT);
  }
}

/** An opening's relevance for everyone, computed once (what the engine ranks does not change it). */
export interface Judged {
  job: Job;
  relevance: Uint8Array;
  gradeCounts: number[];
  eligible: Uint8Array;
}

export function judge(tax: Taxonomy, people: Person[], jobs: Job[], today: string): Judged[] {
  return jobs.map((job) => {
    const grade = relevanceTable(tax, job.occupation);
    const eligible = Uint8Array.from(people, (p) => (canTake(p.candidate, job.opening, today) ? 1 : 0));
    const relevance = Uint8Array.from(people, (p, i) => (eligible[i] ? grade[p.truth] : 0));
    const gradeCounts = [0, 0, 0, 0];
    for (const r of relevance) gradeCounts[r]++;
    return { job, relevance, gradeCounts, eligible };
  });
}

/** The engine's quality over `judged` with the given weights (RankOptions.weights). */
export function engineQuality(tax: Taxonomy, pool: CandidatePool, judged: Judged[], today: string, weights?: RankOptions['weights']): Quality {
  return evaluate(
    judged.map(({ job, relevance, gradeCounts }) => ({
      ranked: rankCandidates(job.opening, pool, tax.graph, { limit: LIMIT, explainTop: 0, today, weights }).ranked.map((r) => Number(r.id.slice(1))),
      relevance: (i: number) => relevance[i],
      gradeCounts,
    })),
  );
}

interface Row {
  method: string;
  calibration: Quality;
  report: Quality;
}

function measure(tax: Taxonomy, people: Person[], jobs: Job[], today: string): Row[] {
  const candidates = people.map((p) => p.candidate);
  const pool = prepareCandidates(candidates);
  const overlap = new IdfOverlap(candidates);
  const judged = judge(tax, people, jobs, today);
  const halves = { calibration: judged.filter((_, k) => inCalibrationHalf(k)), report: judged.filter((_, k) => !inCalibrationHalf(k)) };
  const baseline = (half: Judged[], filtered: boolean, idf: boolean) =>
    evaluate(
      half.map(({ job, relevance, gradeCounts, eligible }) => ({
        ranked: overlap.rank(job.opening, filtered ? (i) => eligible[i] === 1 : null, idf),
        relevance: (i: number) => relevance[i],
        gradeCounts,
      })),
    );
  const both = (q: (half: Judged[]) => Quality) => ({ calibration: q(halves.calibration), report: q(halves.report) });
  return [
    { method: 'rankCandidates (rank.ts)', ...both((half) => engineQuality(tax, pool, half, today)) },
    { method: 'IDF skill overlap, same hard filters', ...both((half) => baseline(half, true, true)) },
    { method: 'skill count overlap, same hard filters', ...both((half) => baseline(half, true, false)) },
    { method: 'IDF skill overlap, no filters', ...both((half) => baseline(half, false, true)) },
  ];
}

/** The benchmark's two modes: with the commute limits, and without any (every commute acceptable). */
export function recruiterModes(tax: Taxonomy, seed: number): Array<{ mode: string; people: Person[]; jobs: Job[] }> {
  const where = region();
  const bridge = loadBridge();
  const people = generatePeople(tax, where, seed + 11, PEOPLE);
  return [
    {
      mode: 'with commute limits (kind default 60/45 min, 25 % of people their own)',
      people,
      jobs: generateJobs(tax, bridge, where, seed + 12, OPENINGS, true),
    },
    { mode: 'without commute limits', people: withoutLimits(people), jobs: generateJobs(tax, bridge, where, seed + 12, OPENINGS, false) },
  ];
}

/** Runs both modes and prints the table; returns the engine's and the best baseline's report-half NDCG@10 per mode. */
export function recruiterQuality(tax: Taxonomy, seed: number, today: string): Array<{ mode: string; engine: number; bestBaseline: number }> {
  const where = region();
  console.log(`1. The recruiter's benchmark: ${PEOPLE} people x ${OPENINGS} openings, seed ${seed + 11} (people) / ${seed + 12} (openings)`);
  console.log(`   region: ${where.workplaces.length} municipalities within 80 km of Trelleborg (homes: Trelleborg 40 %, Svedala 20 %, the rest 40 %)`);
  console.log(
    `   noise: wish right ${NOISE.wishRight * 100} % (neighbour ${NOISE.wishNeighbour * 100} %), experience for ${NOISE.hasExperience * 100} % ` +
      `(${NOISE.experienceNeighbour * 100} % in a neighbouring occupation), each related skill listed ${NOISE.skillListed * 100} %, ` +
      `another sector chosen ${NOISE.otherSector * 100} %`,
  );
  console.log('   openings: even ones list JobTech skills of their SSYK-4 group, odd ones skills reached through ESCO/ISCO (bench/esco/ssyk4-isco4.csv)');
  console.log('   relevance: 0 when the person cannot take the job (licence, Swedish, consent, start, limitation, language, commute beyond a limit),');
  console.log('   else 3 same occupation, 2 same SSYK-4, 1 substitutable / same field, 0 other (from the hidden occupation)');
  console.log(
    '   split: openings 0,1,4,5,... calibration half; 2,3,6,7,... report half. weights (src/matching/factors/) chosen on the calibration half by npm run bench:calibrate',
  );
  const out: Array<{ mode: string; engine: number; bestBaseline: number }> = [];
  for (const { mode, people, jobs } of recruiterModes(tax, seed)) {
    const rows = measure(tax, people, jobs, today);
    console.log('');
    console.log(`   ${mode}`);
    console.log(`   ${'method'.padEnd(42)} calibration half: NDCG@10  MRR    recall@50 | report half: NDCG@10  MRR    recall@50  judged`);
    for (const { method, calibration: c, report: r } of rows) {
      console.log(
        `   ${method.padEnd(42)}                   ${f3(c.ndcg10)}    ${f3(c.mrr)}  ${f3(c.recall50)}     |              ${f3(r.ndcg10)}    ${f3(r.mrr)}  ${f3(r.recall50)}      ${r.judged}/${r.queries}`,
      );
    }
    const engine = rows[0].report.ndcg10;
    const bestBaseline = Math.max(rows[1].report.ndcg10, rows[2].report.ndcg10);
    console.log(
      `   report half: engine ${f3(engine)} vs best baseline with filters ${f3(bestBaseline)} (target: >= ${QUALITY_TARGET} and above it: ` +
        `${engine >= QUALITY_TARGET && engine > bestBaseline ? 'met' : 'NOT met'})`,
    );
    out.push({ mode, engine, bestBaseline });
  }
  return out;
}
