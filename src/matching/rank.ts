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
 * **Soft factors** have fixed weights, {@link WEIGHTS}, summing to 100; each result lists every factor's points.
 * Reciprocity: the factors are split into what the employer needs and what the person wants, 50 points each, so a
 * person who wants exactly this work but brings nothing asked for scores the same as one who brings everything but
 * wants none of it (rank.spec.ts shows it). The split:
 *
 * | factor | side | points | value 0..1 |
 * |---|---|---|---|
 * | skills | employer | 6 | IDF × employer weight covered; required skills count double; none listed: 0.5 |
 * | experienceOccupation | employer | 34 | best occupation proximity over the person's experience |
 * | experienceYears | employer | 4 | Σ years × proximity, capped at 5 years |
 * | swedish | employer | 6 | 1 when the need is met (or there is none); 1/3 less per step short |
 * | wantedOccupation | person | 28 | best occupation proximity over the occupations the person wants |
 * | sector | person | 4 | the person's chosen sector is the opening's: 1, not: 0; opening without sector: 0.5 |
 * | kind | person | 6 | internship or workplace learning and the person wants one: 1, does not: 0; a job: 1 |
 * | hours | person | 6 | worktime wanted (or no wish, or the opening has none): 1, other worktime: 0 |
 * | commute | person | 6 | estimated minutes by the person's travel mode (commute.ts): ≤20 → 1, ≥90 → 0, linear between; unknown 0 |
 *
 * Why these: chosen by measurement (`npm run bench:calibrate`) on the calibration half of the recruiter's benchmark
 * (bench/README.md), where a person is relevant when they can take the job and their real occupation is close to the
 * opening's, and reported by `npm run bench:ranking` on the other half. The occupation a person has worked in and the
 * one they want tell most about that, so they carry most of each half; the listed skills add little beyond them (in
 * JobTech skills belong to occupation groups, not to occupations) and the chosen sector less still: a sector worth 12
 * points put people who chose the opening's sector above people with the right occupation who chose another. The
 * factors the benchmark cannot judge keep their points by judgement: Swedish (scored only against the stated need and
 * never above it: more Swedish than needed would act as a proxy for origin), the internship wish, hours and commute,
 * which decide whether the person can and will take the work. Each side keeps its 50 points, and no factor has fewer
 * than 4, so that nothing a recruiter reads in the explanation is silently worth nothing.
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
 * 2-core dev machine (real taxonomy, ~21 % excluded, limit 50, explainTop 50): p50 about 1.2-1.9 ms at 100k
 * candidates and 3.4-4.4 ms at 1M, of which the 50 explanations are roughly a third at 100k. Pass a {@link CandidatePool} to rank
 * many openings against the same candidates (preparing 100k takes ~1 s); an array is prepared on each call.
 */
import { LICENCE } from '../candidates/driving-licences.js';
import { CandidatePool, dayNumber, fnv1a, LIMIT_BIT, prepareCandidates, SWEDISH_ORDINAL, tieKey } from './candidate-pool.js';
import { commuteBetween, commuteText, commuteTooLongReason, homeOf, workplaceOf } from './commute.js';
import { commuteTooLong, commuteTooLongBits, compileCommute, modeOf, type CompiledCommute } from './requirements/commute.requirement.js';
import { compileLanguageNeeds, languageReason, type CompiledLanguageNeed } from './requirements/language.requirement.js';
import type {
  Factor,
  FactorName,
  LabelLookup,
  RankableCandidate,
  RankableOpening,
  Ranked,
  RankingResult,
  RankOptions,
  SwedishLevelValue,
} from './ranking.types.js';
import { PROXIMITY, PROXIMITY_LABEL_SV, type ProximityLevel, type TaxonomyGraph } from './taxonomy-graph.js';

export interface FactorSpec {
  readonly name: FactorName;
  readonly side: 'employer' | 'person';
  readonly weight: number;
}

/** The fixed weights, in score points; see the module comment for why. Order is the order of Ranked.factors. */
export const WEIGHTS: readonly FactorSpec[] = Object.freeze([
  { name: 'skills', side: 'employer', weight: 6 },
  { name: 'experienceOccupation', side: 'employer', weight: 34 },
  { name: 'experienceYears', side: 'employer', weight: 4 },
  { name: 'swedish', side: 'employer', weight: 6 },
  { name: 'wantedOccupation', side: 'person', weight: 28 },
  { name: 'sector', side: 'person', weight: 4 },
  { name: 'kind', side: 'person', weight: 6 },
  { name: 'hours', side: 'person', weight: 6 },
  { name: 'commute', side: 'person', weight: 6 },
] as const);

/**
 * The engine's version, kept with every ranking shown (ranking-records.service.ts) together with the weights: change it
 * whenever what rank.ts computes changes, so that a kept ranking says which rules made it.
 */
export const ENGINE_VERSION = '2026-12-04 (commute limits, language needs, calibrated weights)';

/** Required skills weigh this many times a preferred skill of the same IDF and employer weight. */
export const REQUIRED_SKILL_MULTIPLIER = 2;
/** Years (proximity-weighted) at which the experience-years factor is full. */
export const EXPERIENCE_YEARS_CAP = 5;
/** Commute minutes at or below which the factor is full, and at or above which it is zero. */
export const COMMUTE_FULL_MINUTES = 20;
export const COMMUTE_ZERO_MINUTES = 90;
/** Factor value for a neutral sector or skill case. */
export const NEUTRAL = 0.5;

/** Indices of the factors in WEIGHTS and in a ranking's weight array. */
const [W_SKILLS, W_EXP_OCC, W_EXP_YEARS, W_SWEDISH, W_WANTED, W_SECTOR, W_KIND, W_HOURS, W_COMMUTE] = WEIGHTS.map((_, k) => k);
const DEFAULT_WEIGHTS = Float64Array.from(WEIGHTS, (spec) => spec.weight);

/** The weights a ranking uses: WEIGHTS, or for a calibration run the ones given (RankOptions.weights). */
function weightsOf(options: RankOptions): Float64Array {
  const given = options.weights;
  if (!given) return DEFAULT_WEIGHTS;
  return Float64Array.from(WEIGHTS, (spec) => given[spec.name] ?? spec.weight);
}

/** Hard-requirement bits. */
const FAIL = { CONSENT: 1, START: 2, SWEDISH: 4, LIFTING: 8, NIGHT: 16, LICENCE: 32, COMMUTE: 64, LANGUAGE: 128 } as const;
/** The failures whose reasons depend on more than ReasonCache's key (minutes, limits, languages): built each time. */
const UNCACHED = FAIL.COMMUTE | FAIL.LANGUAGE;

const SWEDISH_LABEL_SV: Readonly<Record<SwedishLevelValue, string>> = {
  NONE: 'ingen svenska',
  SFI_A: 'SFI A',
  SFI_B: 'SFI B',
  SFI_C: 'SFI C',
  SFI_D: 'SFI D',
  SFI_COMPLETED: 'SFI avslutad',
  NATIVE_OR_FLUENT: 'flytande svenska',
};
const SWEDISH_BY_ORDINAL = Object.keys(SWEDISH_ORDINAL) as SwedishLevelValue[];

const LICENCE_CLASS = new Map<string, string>(Object.entries(LICENCE).map(([cls, id]) => [id, cls]));

/** The proximity levels in the order occupationProximity checks them (OccupationTopology's level indices). */
const LEVEL_ORDER: readonly ProximityLevel[] = ['same-occupation', 'same-ssyk4', 'substitutable-75', 'substitutable-25', 'same-field', 'none'];
const LEVEL_VALUE = Float64Array.from(LEVEL_ORDER, (level) => PROXIMITY[level].value);
/** Level index of 'none'. */
const NO_LEVEL = LEVEL_ORDER.length - 1;

/** An opening compiled against a pool: everything the per-candidate code needs, as typed arrays. */
interface Compiled {
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

function compile(opening: RankableOpening, pool: CandidatePool, graph: TaxonomyGraph, options: RankOptions): Compiled {
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
    conflicts:
      (opening.physicallyDemanding ? LIMIT_BIT.NO_HEAVY_LIFTING : 0) | (opening.nightWork ? LIMIT_BIT.NO_NIGHT_WORK : 0),
    internshipKind: opening.kind === 'INTERNSHIP' || opening.kind === 'SFI_WORKPLACE_LEARNING',
    explainSkills: explainSkills(opening),
  };
}

/** Zeroes the coverage entries and covered bits compile() wrote, so the pool's scratch is all zero again. */
function release(c: Compiled, pool: CandidatePool): void {
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
export function skillWeights(
  opening: RankableOpening,
  graph: TaxonomyGraph,
): Map<string, { skillId: string; weight: number; required: boolean }> {
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

/** The commute factor; an unknown commute counts as none, so that it never scores above a known one. */
export function commuteValue(minutes: number | null): number {
  if (minutes === null) return 0;
  if (minutes <= COMMUTE_FULL_MINUTES) return 1;
  if (minutes >= COMMUTE_ZERO_MINUTES) return 0;
  return (COMMUTE_ZERO_MINUTES - minutes) / (COMMUTE_ZERO_MINUTES - COMMUTE_FULL_MINUTES);
}

/** Failed hard requirements of one (opening, candidate). */
interface Failures {
  /** FAIL bits. */
  mask: number;
  /** Bit r set when the candidate lacks the opening's r-th required licence (first 12 only). */
  missing: number;
  /** Number of failed requirements (each missing licence counts as one). */
  count: number;
}

/**
 * Candidate i's failed hard requirements, from the pool's immutable arrays only (so it may run after later rankings
 * reused the scratch). The ranking itself finds the excluded through bitsets ({@link requirementBits}); this gives
 * the details for the few whose reasons are shown.
 */
function failures(c: Compiled, pool: CandidatePool, i: number): Failures {
  let mask = 0;
  let count = 0;
  let missing = 0;
  if (pool.consent[i] === 0) {
    mask |= FAIL.CONSENT;
    count++;
  }
  const start = pool.startDay[i];
  if (start !== 0 && start > c.startDay) {
    mask |= FAIL.START;
    count++;
  }
  if (c.minSwedish >= 0 && pool.swedish[i] < c.minSwedish) {
    mask |= FAIL.SWEDISH;
    count++;
  }
  const conflict = pool.limits[i] & c.conflicts;
  if (conflict & LIMIT_BIT.NO_HEAVY_LIFTING) {
    mask |= FAIL.LIFTING;
    count++;
  }
  if (conflict & LIMIT_BIT.NO_NIGHT_WORK) {
    mask |= FAIL.NIGHT;
    count++;
  }
  const req = c.requiredLicences;
  const ls = pool.licences.start[i];
  const le = pool.licences.start[i + 1];
  const lv = pool.licences.values;
  for (let r = 0; r < req.length; r++) {
    let held = false;
    for (let j = ls; j < le; j++) {
      if (lv[j] === req[r]) {
        held = true;
        break;
      }
    }
    if (!held) {
      mask |= FAIL.LICENCE;
      count++;
      if (r < 12) missing |= 1 << r;
    }
  }
  if (commuteTooLong(c.commute, pool.travel, i)) {
    mask |= FAIL.COMMUTE;
    count++;
  }
  for (const need of c.languageNeeds) {
    if (!pool.languages.speaks(need.language, need.min, i)) {
      mask |= FAIL.LANGUAGE;
      count++;
    }
  }
  return { mask, missing, count };
}

/**
 * Writes candidate i's nine factor values (0..1, order of WEIGHTS) into `out` and returns the score 0..100: the
 * per-result factor breakdown. Allocates nothing. Visitor.scoreOf computes the same score without the breakdown.
 */
function evaluate(c: Compiled, pool: CandidatePool, i: number, out: Float64Array): number {
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

/** Number of set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The bits of the last word of a pool's bitsets that stand for candidates (all 32 when the size divides by 32). */
function tailBits(size: number): number {
  return (size & 31) === 0 ? -1 : (1 << (size & 31)) - 1;
}

/** Merges one requirement's set (`null`: everyone) into excluded / twice, a word at a time. */
function mergeRequirement(excluded: Int32Array, twice: Int32Array, set: Int32Array | null, complement: boolean, tail: number): void {
  const words = excluded.length;
  for (let k = 0; k < words; k++) {
    let bits = set === null ? -1 : set[k];
    if (complement) bits = ~bits;
    if (k === words - 1) bits &= tail;
    twice[k] |= excluded[k] & bits;
    excluded[k] |= bits;
  }
}

/**
 * Who fails the opening's hard requirements, as bitsets over the pool: `excluded` (fresh, owned by the result) has
 * the candidates failing at least one, `twice` (the pool's scratch) those failing at least two, so a near miss is in
 * `excluded` and not in `twice`. Each requirement is a set from the pool (consent, Swedish below the minimum, a work
 * limitation, not holding a licence: precomputed bitsets; a late start: the pool's start-day order), merged a word at
 * a time: twice |= excluded & set; excluded |= set.
 */
function requirementBits(c: Compiled, pool: CandidatePool): { excluded: Int32Array; twice: Int32Array; listed: Int32Array; count: number } {
  // every property is read up front: a read first reached in a rare branch would deoptimise the compiled code
  const { words, size, noConsentBits, swedishBelowBits, heavyLiftingBits, nightWorkBits, licenceHeldBits } = pool;
  const { lateStarters: late, lateStarterDays: lateDays, scratchTwice: twice } = pool;
  const { startDay, minSwedish, conflicts, requiredLicences, commute, languageNeeds } = c;
  const excluded = new Int32Array(words);
  twice.fill(0);
  const tail = tailBits(size);
  mergeRequirement(excluded, twice, noConsentBits, false, tail);
  for (let j = 0; j < late.length && lateDays[j] > startDay; j++) {
    const i = late[j];
    const bit = 1 << (i & 31);
    twice[i >>> 5] |= excluded[i >>> 5] & bit;
    excluded[i >>> 5] |= bit;
  }
  if (minSwedish > 0) mergeRequirement(excluded, twice, swedishBelowBits[minSwedish], false, tail);
  if (conflicts & LIMIT_BIT.NO_HEAVY_LIFTING) mergeRequirement(excluded, twice, heavyLiftingBits, false, tail);
  if (conflicts & LIMIT_BIT.NO_NIGHT_WORK) mergeRequirement(excluded, twice, nightWorkBits, false, tail);
  for (let r = 0; r < requiredLicences.length; r++) {
    const licence = requiredLicences[r];
    // a licence no candidate holds is missed by everyone
    mergeRequirement(excluded, twice, licence < 0 ? null : licenceHeldBits[licence], licence >= 0, tail);
  }
  if (commute.limit > 0 || pool.travel.anyLimit) mergeRequirement(excluded, twice, commuteTooLongBits(commute, pool.travel, size, words), false, tail);
  for (const need of languageNeeds) {
    // a language no one speaks at the level is missed by everyone
    const meeting = pool.languages.meetingBits(need.language, need.min, words);
    mergeRequirement(excluded, twice, meeting, meeting !== null, tail);
  }
  let count = 0;
  if (pool.retiredCount === 0) {
    for (let k = 0; k < words; k++) count += popcount(excluded[k]);
    return { excluded, twice, listed: excluded, count };
  }
  // retired candidates are visited by no one (in both sets, so not even a near miss) and listed or counted nowhere
  const retired = pool.retiredBits;
  const listed = new Int32Array(words);
  for (let k = 0; k < words; k++) {
    listed[k] = excluded[k] & ~retired[k];
    count += popcount(listed[k]);
    excluded[k] |= retired[k];
    twice[k] |= retired[k];
  }
  return { excluded, twice, listed, count };
}

/** Where a Visitor step takes its candidates from. */
const LEVEL_WITH_SKILLS = 0;
const LEVEL_WITHOUT_SKILLS = 1;
const SKILLS = 2;
const ALL = 3;

/** Indices of Visitor.num. */
const SKILL_SCALE = 0;
const SKILL_NEUTRAL = 1;
const COMMUTE_MAX = 2;
const OTHERS = 3;

/**
 * Visits candidates best-bound first and offers each to the heap it belongs to (eligible: `top`; failing exactly one
 * requirement: `near`), stopping as soon as no candidate left can enter either heap.
 *
 * Every candidate belongs to one step: its best proximity level over the occupations it holds in experience or
 * wishes (0 same occupation ... 4 same field, from the occupation postings) and whether it holds one of the opening's
 * skills (from the skill postings); candidates with no related occupation form a "skills only" step and a last
 * "everyone else" step. A step's bound is the best score its members could have: both occupation factors at the
 * level's value, full experience years (none at proximity 0, where years x proximity is 0), all 24 skill points (or
 * exactly the neutral points without a skill, coverage being 0), and the other factors' maxima for this opening.
 * Steps run in decreasing bound, so an unvisited candidate's own step has not run and its score is at most the next
 * step's bound. A heap whose worst kept entry is above that bound (in tenths, the unit ranking compares) cannot change:
 * the heap keeps the best entries in a total order whatever order they are offered in, so the results are exactly
 * those of scoring everyone. Entries equal to the bound are still visited (they could win the tie-break). Within a
 * step, a candidate's own skill and commute points plus the other factors' maxima bound it again (three loads), which
 * skips most of a large step without scoring it. The bounds need 0 <= coverage <= total skill weight, i.e. positive
 * skill weights (the input allows 1-5); otherwise everyone is scored.
 *
 * The class only hoists every array the loop reads into fields once per ranking, so that the compiled loop sees one
 * shape and never meets a property first read in a rare branch.
 */
class Visitor {
  private readonly words: number;
  private readonly size: number;
  private readonly visited: Int32Array;
  private readonly tier: Int32Array;
  private readonly score: Float64Array;
  private readonly coverage: Float64Array;
  private readonly prox: Float64Array;
  private readonly commute: Float64Array;
  private readonly home: Int32Array;
  private readonly swedish: Uint8Array;
  private readonly internship: Uint8Array;
  private readonly es: Uint32Array;
  private readonly ev: Int32Array;
  private readonly years: Float64Array;
  private readonly wos: Uint32Array;
  private readonly wov: Int32Array;
  private readonly ss: Uint32Array;
  private readonly sv: Int32Array;
  private readonly wts: Uint32Array;
  private readonly wtv: Int32Array;
  private readonly minSwedish: number;
  private readonly sector: number;
  private readonly worktime: number;
  private readonly internshipKind: boolean;
  /**
   * The fractional per-ranking numbers, [skill scale, skill neutral points, best commute factor, maximum points of
   * swedish + sector + kind + hours], kept in a typed array: as fields they would be small integers for one opening
   * and doubles for the next, and each such change of a field's representation deoptimises the compiled loop.
   */
  private readonly num = new Float64Array(4);
  /** The factors' weights (Compiled.w). */
  private readonly w: Float64Array;

  constructor(
    private readonly c: Compiled,
    private readonly pool: CandidatePool,
    private readonly excluded: Int32Array,
    private readonly twice: Int32Array,
    private readonly top: TopK,
    private readonly near: TopK,
  ) {
    this.words = pool.words;
    this.size = pool.size;
    this.visited = pool.scratchVisited;
    this.tier = pool.scratchTier;
    this.score = pool.scratchScore;
    this.coverage = c.coverage;
    this.prox = c.occupationProximity;
    this.commute = c.commute.factor;
    this.home = pool.travel.homeMode;
    this.swedish = pool.swedish;
    this.internship = pool.internship;
    this.es = pool.experience.start;
    this.ev = pool.experience.values;
    this.years = pool.experienceYears;
    this.wos = pool.wantedOccupations.start;
    this.wov = pool.wantedOccupations.values;
    this.ss = pool.sectors.start;
    this.sv = pool.sectors.values;
    this.wts = pool.worktimes.start;
    this.wtv = pool.worktimes.values;
    this.minSwedish = c.minSwedish;
    this.sector = c.sector;
    this.worktime = c.worktime;
    this.internshipKind = c.internshipKind;
    const total = c.totalSkillWeight;
    const num = this.num;
    const w = c.w;
    this.w = w;
    num[SKILL_SCALE] = total > 0 ? w[W_SKILLS] / total : 0;
    num[SKILL_NEUTRAL] = total > 0 ? 0 : w[W_SKILLS] * NEUTRAL;
    for (let k = 0; k < c.commute.factor.length; k++) num[COMMUTE_MAX] = Math.max(num[COMMUTE_MAX], c.commute.factor[k]);
    num[OTHERS] = w[W_SWEDISH] + (c.sector === -2 ? w[W_SECTOR] * NEUTRAL : c.sector === -1 ? 0 : w[W_SECTOR]) + w[W_KIND] + w[W_HOURS];
  }

  run(): void {
    const { c, pool, tier, num } = this;
    const { levelOccupations, totalSkillWeight, boundable } = c;
    const postings = pool.occupationPostings;
    this.visited.fill(0);
    if (!boundable) {
      // skill weights that are not all positive break 0 <= coverage <= total: score everyone, no bound, no skipping
      this.visit(ALL, Infinity, NOTHING_ENTERS);
      return;
    }
    // the steps, by bound: each proximity level with and without one of the opening's skills (without: the skill
    // points are exactly the neutral value), then skills without a related occupation, then everyone else
    const skills = totalSkillWeight > 0;
    const steps: Array<{ level: number; source: number; bound: number }> = [];
    for (let level = 0; level < NO_LEVEL; level++) {
      if (levelOccupations[level].length === 0) continue;
      if (skills) steps.push({ level, source: LEVEL_WITH_SKILLS, bound: this.bound(LEVEL_VALUE[level], this.w[W_SKILLS]) });
      steps.push({ level, source: LEVEL_WITHOUT_SKILLS, bound: this.bound(LEVEL_VALUE[level], num[SKILL_NEUTRAL]) });
    }
    if (skills) steps.push({ level: NO_LEVEL, source: SKILLS, bound: this.bound(0, this.w[W_SKILLS]) });
    steps.sort((x, y) => y.bound - x.bound);
    // everyone else: no related occupation, no skill; the lowest bound of all, so last
    steps.push({ level: NO_LEVEL, source: ALL, bound: this.bound(0, num[SKILL_NEUTRAL]) });
    for (const { level, source, bound } of steps) {
      if (this.done(bound)) return;
      if (source === LEVEL_WITH_SKILLS || source === LEVEL_WITHOUT_SKILLS) {
        const occupations = levelOccupations[level];
        for (let o = 0; o < occupations.length; o++) {
          const posting = postings[occupations[o]];
          for (let j = 0; j < posting.length; j++) tier[posting[j] >>> 5] |= 1 << (posting[j] & 31);
        }
      }
      this.visit(source, LEVEL_VALUE[level], bound);
    }
  }

  /** The most the factors other than skills and commute give a candidate whose best proximity is `proximity`. */
  private maxOthers(proximity: number): number {
    const w = this.w;
    return (w[W_EXP_OCC] + w[W_WANTED]) * proximity + (proximity > 0 ? w[W_EXP_YEARS] : 0) + this.num[OTHERS];
  }

  /** Best score, in tenths rounded up past floating-point slack, of a candidate whose best proximity is at most
   * `proximity`, with `skills` skill points at most. */
  private bound(proximity: number, skills: number): number {
    return Math.ceil((skills + this.maxOthers(proximity) + this.w[W_COMMUTE] * this.num[COMMUTE_MAX]) * 10 + 1e-6);
  }

  private done(bound: number): boolean {
    return this.top.threshold() > bound && this.near.threshold() > bound;
  }

  /**
   * Scores and offers the candidates set in `tier` (everyone when `all`) and not yet visited; clears `tier`. Each
   * has a best proximity of at most `proximity`, so its score is at most its own skill and commute points plus the
   * other factors' maxima, checked before scoring.
   */
  private visit(source: number, proximity: number, bound: number): void {
    const { words, visited, tier, excluded, twice, top, near, score, coverage, commute, home, num } = this;
    const covered = this.c.covered;
    const skillScale = num[SKILL_SCALE];
    const wCommute = this.w[W_COMMUTE];
    const topOpen = !(top.threshold() > bound);
    const nearOpen = !(near.threshold() > bound);
    const tail = tailBits(this.size);
    // in tenths, with slack for the floating-point order of the sum: a candidate is skipped when its bound is at
    // most a heap's threshold - 1, i.e. below the threshold once rounded up
    const rest = (num[SKILL_NEUTRAL] + this.maxOthers(proximity)) * 10 + 1e-6;
    for (let k = 0; k < words; k++) {
      let w: number;
      if (source === LEVEL_WITH_SKILLS) {
        w = tier[k] & covered[k];
        tier[k] = 0;
      } else if (source === LEVEL_WITHOUT_SKILLS) {
        w = tier[k] & ~covered[k];
        tier[k] = 0;
      } else if (source === SKILLS) w = covered[k];
      else w = k === words - 1 ? tail : -1;
      w &= ~visited[k];
      if (w === 0) continue;
      visited[k] |= w;
      const ex = excluded[k];
      const tw = twice[k];
      const base = k << 5;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const i = base + 31 - Math.clz32(low);
        if ((ex & low) === 0) {
          if (!topOpen) continue;
          if ((skillScale * coverage[i] + wCommute * commute[home[i]]) * 10 + rest <= top.threshold() - 1) continue;
          this.scoreOf(i);
          top.offer(i, tenths(score[i]));
        } else if (nearOpen && (tw & low) === 0) {
          if ((skillScale * coverage[i] + wCommute * commute[home[i]]) * 10 + rest <= near.threshold() - 1) continue;
          this.scoreOf(i);
          near.offer(i, tenths(score[i]));
        }
      }
    }
  }

  /**
   * Writes candidate i's score, 0..100, into the pool's score scratch: the same arithmetic in the same order as
   * {@link evaluate} (the specs check both agree), with the factor values kept in registers.
   */
  private scoreOf(i: number): void {
    const { prox, es, ev, years: experienceYears, wos, wov, ss, sv, wts, wtv, minSwedish, sector, worktime, num, w } = this;
    const level = this.swedish[i];
    let swedishValue = 1;
    if (minSwedish >= 0 && level < minSwedish) swedishValue = Math.max(0, 1 - (minSwedish - level) / 3);
    let best = 0;
    let years = 0;
    for (let j = es[i], e = es[i + 1]; j < e; j++) {
      const p = prox[ev[j]];
      if (p > best) best = p;
      years += experienceYears[j] * p;
    }
    let wantedBest = 0;
    for (let j = wos[i], e = wos[i + 1]; j < e; j++) {
      const p = prox[wov[j]];
      if (p > wantedBest) wantedBest = p;
    }
    let sectorValue = NEUTRAL;
    if (sector !== -2) {
      sectorValue = 0;
      for (let j = ss[i], e = ss[i + 1]; j < e; j++) {
        if (sv[j] === sector) {
          sectorValue = 1;
          break;
        }
      }
    }
    let hoursValue = 1;
    const wa = wts[i];
    const wb = wts[i + 1];
    if (worktime !== -2 && wa !== wb) {
      hoursValue = 0;
      for (let j = wa; j < wb; j++) {
        if (wtv[j] === worktime) {
          hoursValue = 1;
          break;
        }
      }
    }
    this.score[i] =
      num[SKILL_NEUTRAL] +
      num[SKILL_SCALE] * this.coverage[i] +
      w[W_EXP_OCC] * best +
      w[W_EXP_YEARS] * (years >= EXPERIENCE_YEARS_CAP ? 1 : years / EXPERIENCE_YEARS_CAP) +
      w[W_SWEDISH] * swedishValue +
      w[W_WANTED] * wantedBest +
      w[W_SECTOR] * sectorValue +
      w[W_KIND] * (this.internshipKind ? this.internship[i] : 1) +
      w[W_HOURS] * hoursValue +
      w[W_COMMUTE] * this.commute[this.home[i]];
  }
}

/** TopK.threshold() sentinels, beyond any key (tenths of a 0..100 score) yet small integers. */
const ANYTHING_ENTERS = -(2 ** 29);
const NOTHING_ENTERS = 2 ** 29;

/** Score in tenths of a point, the unit ties are decided in. */
function tenths(score: number): number {
  return Math.round(score * 10);
}

/**
 * Keeps the best `k` of a stream of entries (higher key first, then higher tie key, then lower index) in a binary
 * min-heap whose root is the worst kept entry. Keys are passed in; tie keys are computed only when keys are equal,
 * and an entry worse than the root is rejected with one comparison.
 */
class TopK {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];
  constructor(
    private readonly k: number,
    private readonly tie: (i: number) => number,
  ) {}
  /** True when entry (ka, a) is ranked after (kb, b). */
  private worse(ka: number, a: number, kb: number, b: number): boolean {
    if (ka !== kb) return ka < kb;
    const ta = this.tie(a);
    const tb = this.tie(b);
    if (ta !== tb) return ta < tb;
    return a > b;
  }
  private swap(x: number, y: number): void {
    const h = this.items;
    const ks = this.keys;
    const hi = h[x];
    h[x] = h[y];
    h[y] = hi;
    const kk = ks[x];
    ks[x] = ks[y];
    ks[y] = kk;
  }
  offer(i: number, key: number): void {
    const h = this.items;
    const ks = this.keys;
    if (h.length < this.k) {
      h.push(i);
      ks.push(key);
      let at = h.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(ks[at], h[at], ks[parent], h[parent])) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    if (this.k <= 0 || key < ks[0] || !this.worse(ks[0], h[0], key, i)) return;
    h[0] = i;
    ks[0] = key;
    let at = 0;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < h.length && this.worse(ks[l], h[l], ks[worst], h[worst])) worst = l;
      if (r < h.length && this.worse(ks[r], h[r], ks[worst], h[worst])) worst = r;
      if (worst === at) break;
      this.swap(at, worst);
      at = worst;
    }
  }
  /**
   * The key an entry needs to exceed to be sure of entering: the worst kept key when full (an equal key may still
   * enter by the tie-break), below any key while not full, above any when nothing is kept (k <= 0).
   */
  threshold(): number {
    // small-integer sentinels (keys are tenths of 0..100), so the compiled callers only ever see small integers
    if (this.k <= 0) return NOTHING_ENTERS;
    return this.items.length < this.k ? ANYTHING_ENTERS : this.keys[0];
  }
  /** Kept entries, best first. */
  sorted(): number[] {
    const order = this.items.map((_, p) => p);
    order.sort((x, y) => {
      const [a, b, ka, kb] = [this.items[x], this.items[y], this.keys[x], this.keys[y]];
      return this.worse(ka, a, kb, b) ? 1 : this.worse(kb, b, ka, a) ? -1 : 0;
    });
    return order.map((p) => this.items[p]);
  }
}

/** Rounds to a given number of decimals. */
function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

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
      evaluate(c, pool, i, out);
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
export function rankOpenings(
  candidate: RankableCandidate,
  openings: readonly RankableOpening[],
  graph: TaxonomyGraph,
  options: RankOptions,
): RankingResult {
  const pool = prepareCandidates([candidate]);
  const compiled = openings.map((opening) => {
    const c = compile(opening, pool, graph, options);
    try {
      const out = new Float64Array(WEIGHTS.length);
      const score = evaluate(c, pool, 0, out);
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
  const nearMisses = near
    .sorted()
    .map((j) => ({ id: compiled[j].c.opening.id, reasons: compiled[j].reasons, score: round(compiled[j].score, 1) }));
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

/**
 * Swedish reasons for a candidate's failed requirements. Reasons depend only on the failed requirements, which
 * licences are missing, the person's Swedish level and start date, so one array is shared by everyone alike.
 */
class ReasonCache {
  private readonly cache = new Map<number, string[]>();
  private readonly label: (id: string) => string;
  constructor(
    private readonly c: Compiled,
    private readonly pool: CandidatePool,
    label: LabelLookup | undefined,
  ) {
    this.label = (id) => label?.(id) ?? id;
  }

  of(i: number): string[] {
    const pool = this.pool;
    const { mask, missing } = failures(this.c, pool, i);
    // mask < 2^6, missing < 2^12, Swedish ordinal < 2^3, start day < 2^25: the key stays below 2^46 apart from
    // openings with more than 12 required licences, whose reasons are built per candidate
    if (this.c.requiredLicences.length > 12 || (mask & UNCACHED) !== 0) return this.build(i, mask);
    const swedish = mask & FAIL.SWEDISH ? pool.swedish[i] : 0;
    const start = mask & FAIL.START ? pool.startDay[i] : 0;
    const key = ((start * 8 + swedish) * 2 ** 12 + missing) * 64 + mask;
    let reasons = this.cache.get(key);
    if (!reasons) {
      reasons = this.build(i, mask);
      this.cache.set(key, reasons);
    }
    return reasons;
  }

  private build(i: number, mask: number): string[] {
    const { opening } = this.c;
    const reasons: string[] = [];
    if (mask & FAIL.LICENCE) {
      const held = new Set(this.pool.candidates[i].licenceIds);
      for (const id of new Set(opening.requiredLicenceIds)) {
        if (!held.has(id)) reasons.push(`Saknar körkortsbehörighet ${licenceName(id, this.label)}, som krävs`);
      }
    }
    if (mask & FAIL.START) {
      const start = opening.startOn ?? null;
      const from = this.pool.candidates[i].earliestStartOn;
      reasons.push(
        start === null
          ? `Kan börja tidigast ${from}; tjänsten ska tillsättas nu`
          : `Kan börja tidigast ${from}; tjänsten börjar ${start}`,
      );
    }
    if (mask & FAIL.SWEDISH) {
      const level = SWEDISH_BY_ORDINAL[this.pool.swedish[i]];
      reasons.push(`Svenska: ${SWEDISH_LABEL_SV[level]}, men ${SWEDISH_LABEL_SV[opening.minSwedishLevel!]} krävs`);
    }
    if (mask & FAIL.CONSENT) reasons.push('Har inte samtyckt till att profilen delas med arbetsgivare');
    if (mask & FAIL.LIFTING) reasons.push('Arbetet innebär tunga lyft, vilket krockar med en arbetsbegränsning');
    if (mask & FAIL.NIGHT) reasons.push('Arbetet innebär nattarbete, vilket krockar med en arbetsbegränsning');
    if (mask & FAIL.COMMUTE) {
      const homeMode = this.pool.travel.homeMode[i];
      const own = this.pool.travel.maxCommute[i];
      reasons.push(commuteTooLongReason(this.c.commute.minutes[homeMode], modeOf(homeMode), opening.maxCommuteMinutes, own > 0 ? own : null));
    }
    if (mask & FAIL.LANGUAGE) {
      for (const need of this.c.languageNeeds) {
        if (!this.pool.languages.speaks(need.language, need.min, i)) reasons.push(languageReason(need, this.label));
      }
    }
    return reasons;
  }
}

function licenceName(id: string, label: (id: string) => string): string {
  const cls = LICENCE_CLASS.get(id);
  return cls === undefined ? label(id) : cls;
}

interface Explained {
  details: string[];
  sentence: string;
}

const MAX_LISTED = 5;

function list(names: string[]): string {
  return names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} m.fl.`;
}

function formatYears(years: number): string {
  return `${round(years, 1)} år`.replace('.', ',');
}

/** The opening's distinct required skills, and its distinct preferred skills that are not required, in order. */
function explainSkills(opening: RankableOpening): { required: string[]; preferred: string[] } {
  const required = [...new Set(opening.requiredSkills.map((s) => s.skillId))];
  const preferred = [...new Set(opening.preferredSkills.map((s) => s.skillId))].filter((id) => !required.includes(id));
  return { required, preferred };
}

/** Factor details and the recruiter's sentence for one (opening, candidate): only for the explained top. */
function explain(c: Compiled, pool: CandidatePool, i: number, options: RankOptions): Explained {
  const label = (id: string) => options.label?.(id) ?? id;
  const candidate = pool.candidates[i];
  const { opening } = c;
  // a candidate lists a few skills and an opening a few: a linear search beats building a Set per explanation
  const has = { has: (id: string) => candidate.skillIds.includes(id) };
  // graph.occupationProximity(opening.occupationId, id), as compiled for the pool (the candidate's ids are interned)
  const proximity = (id: string) => PROXIMITY[LEVEL_ORDER[c.occupationLevel[pool.occupationIds.get(id)]]];
  const parts: string[] = [];

  const { required, preferred } = c.explainSkills;
  const reqHave = required.filter((id) => has.has(id));
  const reqMissing = required.filter((id) => !has.has(id));
  const prefHave = preferred.filter((id) => has.has(id));
  let skills: string;
  if (required.length === 0 && preferred.length === 0) skills = 'inga kompetenser angivna';
  else {
    const bits: string[] = [];
    if (required.length > 0) {
      bits.push(`${reqHave.length} av ${required.length} nyckelkompetenser${reqHave.length ? `: ${list(reqHave.map(label))}` : ''}`);
      if (reqMissing.length) bits.push(`saknas: ${list(reqMissing.map(label))}`);
    }
    if (preferred.length > 0) {
      bits.push(`${prefHave.length} av ${preferred.length} meriterande${prefHave.length ? `: ${list(prefHave.map(label))}` : ''}`);
    }
    skills = bits.join('; ');
  }
  parts.push(skills);

  let bestExp: { id: string; years: number; level: ProximityLevel; value: number } | null = null;
  let weightedYears = 0;
  for (const { occupationId, years } of candidate.experience) {
    const p = proximity(occupationId);
    weightedYears += years * p.value;
    if (p.value > 0 && (!bestExp || p.value > bestExp.value)) bestExp = { id: occupationId, years, level: p.level, value: p.value };
  }
  const expOcc = bestExp
    ? `${formatYears(bestExp.years)} som ${label(bestExp.id)} (${PROXIMITY_LABEL_SV[bestExp.level]})`
    : 'ingen erfarenhet av yrket eller närliggande yrken';
  if (bestExp) parts.push(expOcc);
  const expYears = `${formatYears(weightedYears)} relevant erfarenhet (full poäng vid ${EXPERIENCE_YEARS_CAP} år)`;

  const level = candidate.swedishLevel;
  const swedish =
    opening.minSwedishLevel === null
      ? `svenska ${SWEDISH_LABEL_SV[level]} (inget krav)`
      : `svenska ${SWEDISH_LABEL_SV[level]} (${SWEDISH_LABEL_SV[opening.minSwedishLevel]} krävs) ${
          SWEDISH_ORDINAL[level] >= SWEDISH_ORDINAL[opening.minSwedishLevel] ? '✓' : '✗'
        }`;
  parts.push(swedish);

  let bestWanted: { id: string; level: ProximityLevel; value: number } | null = null;
  for (const id of candidate.wantedOccupationIds) {
    const p = proximity(id);
    if (p.value > 0 && (!bestWanted || p.value > bestWanted.value)) bestWanted = { id, level: p.level, value: p.value };
  }
  const wanted = bestWanted
    ? bestWanted.level === 'same-occupation'
      ? `vill arbeta som ${label(bestWanted.id)} ✓`
      : `vill arbeta som ${label(bestWanted.id)} (${PROXIMITY_LABEL_SV[bestWanted.level]})`
    : 'önskar inget närliggande yrke';
  parts.push(wanted);

  const sector =
    opening.sectorId === null
      ? 'tjänsten hör inte till någon bransch'
      : candidate.wantedSectorIds.includes(opening.sectorId)
        ? `vald bransch ${label(opening.sectorId)} ✓`
        : `har inte valt branschen ${label(opening.sectorId)}`;
  if (opening.sectorId !== null) parts.push(sector);

  const internshipKind = c.internshipKind;
  const kind = !internshipKind
    ? 'anställning'
    : candidate.wantsInternship
      ? `vill ha ${opening.kind === 'INTERNSHIP' ? 'praktik' : 'arbetsplatsförlagt lärande'} ✓`
      : 'har inte sagt sig vilja ha praktik';
  if (internshipKind) parts.push(kind);

  const hours =
    opening.worktimeId === null
      ? 'arbetstid ej angiven'
      : candidate.wantedWorktimeIds.length === 0
        ? `${label(opening.worktimeId)} (inget önskemål)`
        : candidate.wantedWorktimeIds.includes(opening.worktimeId)
          ? `${label(opening.worktimeId)} ✓`
          : `${label(opening.worktimeId)}, men önskar ${list(candidate.wantedWorktimeIds.map(label))}`;
  if (opening.worktimeId !== null) parts.push(hours);

  const commute = commuteText(commuteBetween(homeOf(candidate), workplaceOf(opening), candidate.travelMode), candidate.travelMode);
  parts.push(commute);

  return {
    details: [skills, expOcc, expYears, swedish, wanted, sector, kind, hours, commute],
    sentence: parts.join('; '),
  };
}
