/** An opening compiled against a candidate pool, and a candidate's factor values and score under it. */
import { CandidatePool, dayNumber, fnv1a, LIMIT_BIT, SWEDISH_ORDINAL } from './candidate-pool.js';
import { explainSkills } from './explain.js';
import { compileCommute, type CompiledCommute } from './requirements/commute.requirement.js';
import { compileLanguageNeeds, type CompiledLanguageNeed } from './requirements/language.requirement.js';
import type { RankableOpening, RankOptions } from './ranking.types.js';
import type { TaxonomyGraph } from './taxonomy-graph.js';
import {
  commuteValue,
  EXPERIENCE_YEARS_CAP,
  LEVEL_ORDER,
  LEVEL_VALUE,
  NEUTRAL,
  NO_LEVEL,
  REQUIRED_SKILL_MULTIPLIER,
  W_COMMUTE,
  W_EXP_OCC,
  W_EXP_YEARS,
  W_HOURS,
  W_KIND,
  W_SECTOR,
  W_SKILLS,
  W_SWEDISH,
  W_WANTED,
  weightsOf,
} from './weights.js';

/** An opening compiled against a pool: everything the per-candidate code needs, as typed arrays. */
export interface Compiled {
  opening: RankableOpening;
  /** The factors' weights, indexed like WEIGHTS. */
  w: Float64Array;
  openingHash: number;
  occupationProximity: Float64Array;
  /** Level index (LEVEL_ORDER) per interned occupation. */
  occupationLevel: Uint8Array;
  /** The interned occupations at each level but 'none', by level index. */
  levelOccupations: Int32Array[];
  /** Minutes and factor value per (municipality, mode) of the pool, indexed by pool.travel.homeMode; the limit. */
  commute: CompiledCommute;
  languageNeeds: CompiledLanguageNeed[];
  /** pool.scratchCoverage, filled for this opening; zeroed again by {@link release}. */
  coverage: Float64Array;
  /** Interned skills whose postings were added into coverage, in order. */
  coveredSkills: Int32Array;
  /** pool.scratchCovered: the candidates holding one of those skills; cleared again by {@link release}. */
  covered: Int32Array;
  totalSkillWeight: number;
  /** Every skill weight is positive and finite, so 0 <= coverage <= totalSkillWeight (what the Visitor's bounds use). */
  boundable: boolean;
  sector: number; // -2: opening has none (neutral); -1: no candidate has it; else interned id
  worktime: number; // -2: opening has none; -1: no candidate wants it; else interned id
  requiredLicences: Int32Array;
  minSwedish: number; // -1: none
  startDay: number;
  conflicts: number;
  internshipKind: boolean;
  /** The opening's skill lists for explanations. */
  explainSkills: { required: string[]; preferred: string[] };
}

export function compile(opening: RankableOpening, pool: CandidatePool, graph: TaxonomyGraph, options: RankOptions): Compiled {
  const today = options.today;
  // every pool property is read up front, not in a branch (a first read in a rare branch deoptimises)
  const { sectorIds, worktimeIds, licenceIds, skillIds, skillPostings, scratchCovered: coveredBits } = pool;
  const occupationLevel = pool.occupationTopology(graph).proximityLevels(opening.occupationId);
  const occupationProximity = new Float64Array(occupationLevel.length);
  const perLevel: number[][] = LEVEL_ORDER.slice(0, NO_LEVEL).map(() => []);
  for (let k = 0; k < occupationLevel.length; k++) {
    const level = occupationLevel[k];
    occupationProximity[k] = LEVEL_VALUE[level];
    if (level < NO_LEVEL) perLevel[level].push(k);
  }
  // skill coverage through the inverted index: a skill both required and preferred counts as required. The scratch
  // is all zero between rankings (release() zeroes what this wrote), so only the postings are touched.
  const coverage = pool.scratchCoverage;
  const covered: number[] = [];
  let totalSkillWeight = 0;
  let boundable = true;
  for (const { skillId, weight } of skillWeights(opening, graph).values()) {
    totalSkillWeight += weight;
    if (!(weight > 0 && weight < Infinity)) boundable = false;
    const s = skillIds.get(skillId);
    if (s < 0) continue;
    covered.push(s);
    const posting = skillPostings[s];
    for (let j = 0; j < posting.length; j++) {
      const i = posting[j];
      coverage[i] += weight;
      coveredBits[i >>> 5] |= 1 << (i & 31);
    }
  }
  const licences = opening.requiredLicenceIds.filter((id, i, all) => all.indexOf(id) === i);
  return {
    opening,
    w: weightsOf(options),
    openingHash: fnv1a(opening.id),
    occupationProximity,
    occupationLevel,
    levelOccupations: perLevel.map((ks) => Int32Array.from(ks)),
    commute: compileCommute(opening, pool.travel, commuteValue),
    languageNeeds: compileLanguageNeeds(opening, pool.languages),
    coverage,
    coveredSkills: Int32Array.from(covered),
    covered: coveredBits,
    totalSkillWeight,
    boundable,
    sector: opening.sectorId === null ? -2 : sectorIds.get(opening.sectorId),
    worktime: opening.worktimeId === null ? -2 : worktimeIds.get(opening.worktimeId),
    requiredLicences: Int32Array.from(licences.map((id) => licenceIds.get(id))),
    minSwedish: opening.minSwedishLevel === null ? -1 : SWEDISH_ORDINAL[opening.minSwedishLevel],
    startDay: dayNumber(opening.startOn ?? today),
    conflicts: (opening.physicallyDemanding ? LIMIT_BIT.NO_HEAVY_LIFTING : 0) | (opening.nightWork ? LIMIT_BIT.NO_NIGHT_WORK : 0),
    internshipKind: opening.kind === 'INTERNSHIP' || opening.kind === 'SFI_WORKPLACE_LEARNING',
    explainSkills: explainSkills(opening),
  };
}

/** Zeroes the coverage entries and covered bits compile() wrote, so the pool's scratch is all zero again. */
export function release(c: Compiled, pool: CandidatePool): void {
  const { coverage, covered } = c;
  for (let k = 0; k < c.coveredSkills.length; k++) {
    const posting = pool.skillPostings[c.coveredSkills[k]];
    for (let j = 0; j < posting.length; j++) {
      coverage[posting[j]] = 0;
      covered[posting[j] >>> 5] = 0;
    }
  }
}

/** Each opening skill's weight in the coverage: IDF × employer weight × (2 if required). */
export function skillWeights(opening: RankableOpening, graph: TaxonomyGraph): Map<string, { skillId: string; weight: number; required: boolean }> {
  const weights = new Map<string, { skillId: string; weight: number; required: boolean }>();
  for (const { skillId, weight } of opening.requiredSkills) {
    const w = graph.skillIdf(skillId) * weight * REQUIRED_SKILL_MULTIPLIER;
    const seen = weights.get(skillId);
    if (!seen || seen.weight < w) weights.set(skillId, { skillId, weight: w, required: true });
  }
  for (const { skillId, weight } of opening.preferredSkills) {
    if (!weights.has(skillId)) weights.set(skillId, { skillId, weight: graph.skillIdf(skillId) * weight, required: false });
  }
  return weights;
}

/**
 * Writes candidate i's nine factor values (0..1, order of WEIGHTS) into `out` and returns the score 0..100: the
 * per-result factor breakdown. Allocates nothing. Visitor.scoreOf computes the same score without the breakdown.
 */
export function evaluate(c: Compiled, pool: CandidatePool, i: number, out: Float64Array): number {
  const w = c.w;
  const swedish = pool.swedish[i];
  // soft factors
  out[0] = c.totalSkillWeight > 0 ? c.coverage[i] / c.totalSkillWeight : NEUTRAL;
  const prox = c.occupationProximity;
  let best = 0;
  let years = 0;
  const es = pool.experience.start[i];
  const ee = pool.experience.start[i + 1];
  const ev = pool.experience.values;
  for (let j = es; j < ee; j++) {
    const p = prox[ev[j]];
    if (p > best) best = p;
    years += pool.experienceYears[j] * p;
  }
  out[1] = best;
  out[2] = years >= EXPERIENCE_YEARS_CAP ? 1 : years / EXPERIENCE_YEARS_CAP;
  out[3] = c.minSwedish < 0 || swedish >= c.minSwedish ? 1 : Math.max(0, 1 - (c.minSwedish - swedish) / 3);
  best = 0;
  const wv = pool.wantedOccupations.values;
  for (let j = pool.wantedOccupations.start[i], e = pool.wantedOccupations.start[i + 1]; j < e; j++) {
    const p = prox[wv[j]];
    if (p > best) best = p;
  }
  out[4] = best;
  if (c.sector === -2) out[5] = NEUTRAL;
  else {
    let hit = 0;
    const sv = pool.sectors.values;
    for (let j = pool.sectors.start[i], e = pool.sectors.start[i + 1]; j < e; j++) {
      if (sv[j] === c.sector) {
        hit = 1;
        break;
      }
    }
    out[5] = hit;
  }
  out[6] = c.internshipKind ? pool.internship[i] : 1;
  const ws = pool.worktimes.start[i];
  const we = pool.worktimes.start[i + 1];
  if (c.worktime === -2 || ws === we) out[7] = 1;
  else {
    let hit = 0;
    const wt = pool.worktimes.values;
    for (let j = ws; j < we; j++) {
      if (wt[j] === c.worktime) {
        hit = 1;
        break;
      }
    }
    out[7] = hit;
  }
  out[8] = c.commute.factor[pool.travel.homeMode[i]];
  return (
    w[W_SKILLS] * out[0] +
    w[W_EXP_OCC] * out[1] +
    w[W_EXP_YEARS] * out[2] +
    w[W_SWEDISH] * out[3] +
    w[W_WANTED] * out[4] +
    w[W_SECTOR] * out[5] +
    w[W_KIND] * out[6] +
    w[W_HOURS] * out[7] +
    w[W_COMMUTE] * out[8]
  );
}
