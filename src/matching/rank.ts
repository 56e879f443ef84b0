/**
 * The ranking engine: pure functions over {@link RankableCandidate} and {@link RankableOpening} (ranking.types.ts),
 * a {@link TaxonomyGraph} and a date. It proposes and explains; a person decides (DOMAIN.md).
 *
 * **Hard requirements** exclude, each with a Swedish reason: a required driving-licence class missing (each missing
 * class counts as one requirement), not available by the start date, below the minimum Swedish level, no consent to
 * share the profile with employers, a work limitation in conflict (physically demanding vs NO_HEAVY_LIFTING, night
 * work vs NO_NIGHT_WORK). Candidates failing exactly one requirement are also returned as near misses, best first.
 *
 * **Soft factors** have fixed weights, {@link WEIGHTS}, summing to 100; each result lists every factor's points.
 * Reciprocity: the factors are split into what the employer needs and what the person wants, 50 points each, so a
 * person who wants exactly this work but brings nothing asked for scores the same as one who brings everything but
 * wants none of it (rank.spec.ts shows it). The split:
 *
 * | factor | side | points | value 0..1 |
 * |---|---|---|---|
 * | skills | employer | 24 | IDF × employer weight covered; required skills count double; none listed: 0.5 |
 * | experienceOccupation | employer | 14 | best occupation proximity over the person's experience |
 * | experienceYears | employer | 6 | Σ years × proximity, capped at 5 years |
 * | swedish | employer | 6 | 1 when the need is met (or there is none); 1/3 less per step short |
 * | wantedOccupation | person | 20 | best occupation proximity over the occupations the person wants |
 * | sector | person | 12 | the person's chosen sector is the opening's: 1, not: 0; opening without sector: 0.5 |
 * | kind | person | 6 | internship or workplace learning and the person wants one: 1, does not: 0; a job: 1 |
 * | hours | person | 6 | worktime wanted (or no wish, or the opening has none): 1, other worktime: 0 |
 * | commute | person | 6 | bus minutes: ≤20 → 1, ≥90 → 0, linear between; unknown 0.5 |
 *
 * Why these: skills and the occupation are what an employer asks about first, so they carry most of the employer's
 * half, with years capped so that long careers do not drown out fit. Swedish is scored only against the stated need
 * and never above it (more Swedish than needed would act as a proxy for origin). On the person's side the wanted
 * occupation and the chosen sector (the Trelleborg model's bransch, chosen in the first week) dominate; practical
 * fit (internship wish, hours, travel) weighs less. Commute and hours are the person's side because they decide
 * whether the person can and will take the work.
 *
 * **Ties**: scores are compared in tenths of a point (differences below 0.05 are noise); equal scores are ordered by
 * a hash of (opening id, candidate id): deterministic, yet different per opening, so no one is always first.
 *
 * **Speed**: per ranking the opening is compiled against the pool (proximity per distinct occupation, commute per
 * municipality, skill coverage from the inverted index); the per-candidate loop reads typed arrays only, allocates
 * nothing, and the top `limit` is kept in a heap (O(n log limit)). The only allocation per candidate is the
 * `excluded` entry of an excluded one; its `reasons` array is shared by everyone excluded alike (do not mutate it).
 * Measured on the 2-core dev machine, 100k candidates × 50 skills, real taxonomy: ~6-7 ms per ranking when ~5 % are
 * excluded, ~11-12 ms when half are (building the excluded list). Pass a {@link CandidatePool} to rank many openings
 * against the same candidates (preparing 100k takes ~1 s); an array is prepared on each call.
 */
import { LICENCE } from '../candidates/driving-licences.js';
import { CandidatePool, dayNumber, fnv1a, LIMIT_BIT, prepareCandidates, SWEDISH_ORDINAL, tieKey } from './candidate-pool.js';
import { commuteMinutes } from './commute.js';
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
import { PROXIMITY_LABEL_SV, type ProximityLevel, type TaxonomyGraph } from './taxonomy-graph.js';

export interface FactorSpec {
  readonly name: FactorName;
  readonly side: 'employer' | 'person';
  readonly weight: number;
}

/** The fixed weights, in score points; see the module comment for why. Order is the order of Ranked.factors. */
export const WEIGHTS: readonly FactorSpec[] = Object.freeze([
  { name: 'skills', side: 'employer', weight: 24 },
  { name: 'experienceOccupation', side: 'employer', weight: 14 },
  { name: 'experienceYears', side: 'employer', weight: 6 },
  { name: 'swedish', side: 'employer', weight: 6 },
  { name: 'wantedOccupation', side: 'person', weight: 20 },
  { name: 'sector', side: 'person', weight: 12 },
  { name: 'kind', side: 'person', weight: 6 },
  { name: 'hours', side: 'person', weight: 6 },
  { name: 'commute', side: 'person', weight: 6 },
] as const);

/** Required skills weigh this many times a preferred skill of the same IDF and employer weight. */
export const REQUIRED_SKILL_MULTIPLIER = 2;
/** Years (proximity-weighted) at which the experience-years factor is full. */
export const EXPERIENCE_YEARS_CAP = 5;
/** Commute minutes at or below which the factor is full, and at or above which it is zero. */
export const COMMUTE_FULL_MINUTES = 20;
export const COMMUTE_ZERO_MINUTES = 90;
/** Factor value for an unknown commute or a neutral sector/skill case. */
export const NEUTRAL = 0.5;

const [W_SKILLS, W_EXP_OCC, W_EXP_YEARS, W_SWEDISH, W_WANTED, W_SECTOR, W_KIND, W_HOURS, W_COMMUTE] = WEIGHTS.map(
  (spec) => spec.weight,
);

/** Hard-requirement bits. */
const FAIL = { CONSENT: 1, START: 2, SWEDISH: 4, LIFTING: 8, NIGHT: 16, LICENCE: 32 } as const;

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

/** An opening compiled against a pool: everything the per-candidate loop needs, as typed arrays. */
interface Compiled {
  opening: RankableOpening;
  openingHash: number;
  occupationProximity: Float64Array;
  occupationLevel: ProximityLevel[];
  commuteFactor: Float64Array;
  coverage: Float64Array;
  totalSkillWeight: number;
  sector: number; // -2: opening has none (neutral); -1: no candidate has it; else interned id
  worktime: number; // -2: opening has none; -1: no candidate wants it; else interned id
  requiredLicences: Int32Array;
  minSwedish: number; // -1: none
  startDay: number;
  conflicts: number;
  internshipKind: boolean;
}

function compile(opening: RankableOpening, pool: CandidatePool, graph: TaxonomyGraph, today: string): Compiled {
  const occupationIds = pool.occupationIds.ids;
  const occupationProximity = new Float64Array(occupationIds.length);
  const occupationLevel: ProximityLevel[] = new Array(occupationIds.length);
  for (let k = 0; k < occupationIds.length; k++) {
    const proximity = graph.occupationProximity(opening.occupationId, occupationIds[k]);
    occupationProximity[k] = proximity.value;
    occupationLevel[k] = proximity.level;
  }
  const municipalities = pool.municipalityIds.ids;
  const commuteFactor = new Float64Array(municipalities.length);
  for (let k = 0; k < municipalities.length; k++) {
    commuteFactor[k] = commuteValue(commuteMinutes(municipalities[k], opening.municipalityId));
  }
  // skill coverage through the inverted index: a skill both required and preferred counts as required
  const coverage = pool.scratchCoverage;
  coverage.fill(0);
  let totalSkillWeight = 0;
  for (const { skillId, weight } of skillWeights(opening, graph).values()) {
    totalSkillWeight += weight;
    const s = pool.skillIds.get(skillId);
    if (s < 0) continue;
    const posting = pool.skillPostings[s];
    for (let j = 0; j < posting.length; j++) coverage[posting[j]] += weight;
  }
  const licences = opening.requiredLicenceIds.filter((id, i, all) => all.indexOf(id) === i);
  return {
    opening,
    openingHash: fnv1a(opening.id),
    occupationProximity,
    occupationLevel,
    commuteFactor,
    coverage,
    totalSkillWeight,
    sector: opening.sectorId === null ? -2 : pool.sectorIds.get(opening.sectorId),
    worktime: opening.worktimeId === null ? -2 : pool.worktimeIds.get(opening.worktimeId),
    requiredLicences: Int32Array.from(licences.map((id) => pool.licenceIds.get(id))),
    minSwedish: opening.minSwedishLevel === null ? -1 : SWEDISH_ORDINAL[opening.minSwedishLevel],
    startDay: dayNumber(opening.startOn ?? today),
    conflicts:
      (opening.physicallyDemanding ? LIMIT_BIT.NO_HEAVY_LIFTING : 0) | (opening.nightWork ? LIMIT_BIT.NO_NIGHT_WORK : 0),
    internshipKind: opening.kind === 'INTERNSHIP' || opening.kind === 'SFI_WORKPLACE_LEARNING',
  };
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

export function commuteValue(minutes: number | null): number {
  if (minutes === null) return NEUTRAL;
  if (minutes <= COMMUTE_FULL_MINUTES) return 1;
  if (minutes >= COMMUTE_ZERO_MINUTES) return 0;
  return (COMMUTE_ZERO_MINUTES - minutes) / (COMMUTE_ZERO_MINUTES - COMMUTE_FULL_MINUTES);
}

/**
 * Writes candidate i's nine factor values (0..1, order of WEIGHTS) into `out`, its failed-requirement bits into
 * pool.scratchMask[i] and the number of failed requirements into pool.scratchFails[i]; returns the score 0..100.
 * Allocates nothing.
 */
function evaluate(c: Compiled, pool: CandidatePool, i: number, out: Float64Array): number {
  // hard requirements
  let mask = 0;
  let fails = 0;
  let missing = 0;
  if (pool.consent[i] === 0) {
    mask |= FAIL.CONSENT;
    fails++;
  }
  const start = pool.startDay[i];
  if (start !== 0 && start > c.startDay) {
    mask |= FAIL.START;
    fails++;
  }
  const swedish = pool.swedish[i];
  if (c.minSwedish >= 0 && swedish < c.minSwedish) {
    mask |= FAIL.SWEDISH;
    fails++;
  }
  const conflict = pool.limits[i] & c.conflicts;
  if (conflict & LIMIT_BIT.NO_HEAVY_LIFTING) {
    mask |= FAIL.LIFTING;
    fails++;
  }
  if (conflict & LIMIT_BIT.NO_NIGHT_WORK) {
    mask |= FAIL.NIGHT;
    fails++;
  }
  const req = c.requiredLicences;
  if (req.length > 0) {
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
        fails++;
        if (r < 12) missing |= 1 << r;
      }
    }
  }
  pool.scratchMissing[i] = missing;
  pool.scratchMask[i] = mask;
  pool.scratchFails[i] = fails > 255 ? 255 : fails;

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
  out[8] = c.commuteFactor[pool.home[i]];
  return (
    W_SKILLS * out[0] +
    W_EXP_OCC * out[1] +
    W_EXP_YEARS * out[2] +
    W_SWEDISH * out[3] +
    W_WANTED * out[4] +
    W_SECTOR * out[5] +
    W_KIND * out[6] +
    W_HOURS * out[7] +
    W_COMMUTE * out[8]
  );
}

/**
 * Scores every candidate of the pool into pool.scratchScore / scratchMask / scratchFails / scratchMissing: the hot
 * loop. It is {@link evaluate} with every array hoisted into a local and the factor values kept in registers; the
 * specs check both give the same scores.
 */
function scoreAll(c: Compiled, pool: CandidatePool): void {
  const n = pool.size;
  const { consent, startDay, swedish, limits, home, internship, experienceYears } = pool;
  const { scratchScore: score, scratchMask: maskOut, scratchFails: failsOut, scratchMissing: missingOut } = pool;
  const ls = pool.licences.start;
  const lv = pool.licences.values;
  const es = pool.experience.start;
  const ev = pool.experience.values;
  const wos = pool.wantedOccupations.start;
  const wov = pool.wantedOccupations.values;
  const ss = pool.sectors.start;
  const sv = pool.sectors.values;
  const wts = pool.worktimes.start;
  const wtv = pool.worktimes.values;
  const { coverage, occupationProximity: prox, commuteFactor, requiredLicences: req, conflicts } = c;
  const minSwedish = c.minSwedish;
  const openingStart = c.startDay;
  const sector = c.sector;
  const worktime = c.worktime;
  const skillScale = c.totalSkillWeight > 0 ? W_SKILLS / c.totalSkillWeight : 0;
  const skillNeutral = c.totalSkillWeight > 0 ? 0 : W_SKILLS * NEUTRAL;
  const internshipKind = c.internshipKind;
  const reqCount = req.length;
  for (let i = 0; i < n; i++) {
    let mask = 0;
    let fails = 0;
    let missing = 0;
    if (consent[i] === 0) {
      mask |= FAIL.CONSENT;
      fails++;
    }
    const start = startDay[i];
    if (start !== 0 && start > openingStart) {
      mask |= FAIL.START;
      fails++;
    }
    const level = swedish[i];
    let swedishValue = 1;
    if (minSwedish >= 0 && level < minSwedish) {
      mask |= FAIL.SWEDISH;
      fails++;
      swedishValue = Math.max(0, 1 - (minSwedish - level) / 3);
    }
    const conflict = limits[i] & conflicts;
    if (conflict !== 0) {
      if (conflict & LIMIT_BIT.NO_HEAVY_LIFTING) {
        mask |= FAIL.LIFTING;
        fails++;
      }
      if (conflict & LIMIT_BIT.NO_NIGHT_WORK) {
        mask |= FAIL.NIGHT;
        fails++;
      }
    }
    if (reqCount > 0) {
      const a = ls[i];
      const b = ls[i + 1];
      for (let r = 0; r < reqCount; r++) {
        const wanted = req[r];
        let held = false;
        for (let j = a; j < b; j++) {
          if (lv[j] === wanted) {
            held = true;
            break;
          }
        }
        if (!held) {
          mask |= FAIL.LICENCE;
          fails++;
          if (r < 12) missing |= 1 << r;
        }
      }
    }
    maskOut[i] = mask;
    failsOut[i] = fails > 255 ? 255 : fails;
    missingOut[i] = missing;

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
    score[i] =
      skillNeutral +
      skillScale * coverage[i] +
      W_EXP_OCC * best +
      W_EXP_YEARS * (years >= EXPERIENCE_YEARS_CAP ? 1 : years / EXPERIENCE_YEARS_CAP) +
      W_SWEDISH * swedishValue +
      W_WANTED * wantedBest +
      W_SECTOR * sectorValue +
      W_KIND * (internshipKind ? internship[i] : 1) +
      W_HOURS * hoursValue +
      W_COMMUTE * commuteFactor[home[i]];
  }
}

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
 * `explainTop`), every excluded candidate with Swedish reasons, and the best near misses.
 */
export function rankCandidates(
  opening: RankableOpening,
  candidates: readonly RankableCandidate[] | CandidatePool,
  graph: TaxonomyGraph,
  options: RankOptions,
): RankingResult {
  const pool = candidates instanceof CandidatePool ? candidates : prepareCandidates(candidates);
  const c = compile(opening, pool, graph, options.today);
  scoreAll(c, pool);
  const score = pool.scratchScore;
  const mask = pool.scratchMask;
  const fails = pool.scratchFails;
  const tie = (i: number) => tieKey(c.openingHash, pool.idHash[i]);
  const top = new TopK(options.limit, tie);
  const near = new TopK(options.nearMissLimit ?? options.limit, tie);
  const excluded: RankingResult['excluded'] = [];
  const reasons = new ReasonCache(c, pool, options.label);
  const ids = pool.ids;
  for (let i = 0; i < pool.size; i++) {
    if (mask[i] === 0) top.offer(i, tenths(score[i]));
    else {
      excluded.push({ id: ids[i], reasons: reasons.of(i) });
      if (fails[i] === 1) near.offer(i, tenths(score[i]));
    }
  }
  const out = new Float64Array(WEIGHTS.length);
  const ranked = top.sorted().map((i, position) => {
    evaluate(c, pool, i, out);
    return toRanked(pool.candidates[i].id, score[i], out, position < options.explainTop ? explain(c, pool, i, graph, options) : null);
  });
  const nearMisses = near.sorted().map((i) => ({ id: pool.candidates[i].id, reasons: reasons.of(i), score: round(score[i], 1) }));
  return { ranked, excluded, nearMisses };
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
    const c = compile(opening, pool, graph, options.today);
    const out = new Float64Array(WEIGHTS.length);
    const score = evaluate(c, pool, 0, out);
    const { scratchMask, scratchFails, scratchMissing } = pool;
    return { c, score, out, mask: scratchMask[0], fails: scratchFails[0], missing: scratchMissing[0], reasons: [] as string[] };
  });
  for (const entry of compiled) {
    if (entry.mask !== 0) {
      // reasons read the pool's scratch of candidate 0, so set it back for this opening
      pool.scratchMask[0] = entry.mask;
      pool.scratchMissing[0] = entry.missing;
      entry.reasons = new ReasonCache(entry.c, pool, options.label).of(0);
    }
  }
  const tie = (j: number) => tieKey(compiled[j].c.openingHash, pool.idHash[0]);
  const top = new TopK(options.limit, tie);
  const near = new TopK(options.nearMissLimit ?? options.limit, tie);
  const excluded: RankingResult['excluded'] = [];
  compiled.forEach((entry, j) => {
    if (entry.mask === 0) top.offer(j, tenths(entry.score));
    else {
      excluded.push({ id: entry.c.opening.id, reasons: entry.reasons });
      if (entry.fails === 1) near.offer(j, tenths(entry.score));
    }
  });
  const ranked = top.sorted().map((j, position) => {
    const entry = compiled[j];
    const explanation = position < options.explainTop ? explain(entry.c, pool, 0, graph, options) : null;
    return toRanked(entry.c.opening.id, entry.score, entry.out, explanation);
  });
  const nearMisses = near
    .sorted()
    .map((j) => ({ id: compiled[j].c.opening.id, reasons: compiled[j].reasons, score: round(compiled[j].score, 1) }));
  return { ranked, excluded, nearMisses };
}

function toRanked(id: string, score: number, values: Float64Array, explained: Explained | null): Ranked {
  const factors: Factor[] = WEIGHTS.map((spec, k) => ({
    factor: spec.name,
    side: spec.side,
    weight: spec.weight,
    contribution: round(spec.weight * values[k], 2),
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
    const mask = pool.scratchMask[i];
    // mask < 2^6, missing < 2^12, Swedish ordinal < 2^3, start day < 2^25: the key stays below 2^46 apart from
    // openings with more than 12 required licences, whose reasons are built per candidate
    if (this.c.requiredLicences.length > 12) return this.build(i, mask);
    const swedish = mask & FAIL.SWEDISH ? pool.swedish[i] : 0;
    const start = mask & FAIL.START ? pool.startDay[i] : 0;
    const key = ((start * 8 + swedish) * 2 ** 12 + pool.scratchMissing[i]) * 64 + mask;
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

/** Factor details and the recruiter's sentence for one (opening, candidate): only for the explained top. */
function explain(c: Compiled, pool: CandidatePool, i: number, graph: TaxonomyGraph, options: RankOptions): Explained {
  const label = (id: string) => options.label?.(id) ?? id;
  const candidate = pool.candidates[i];
  const { opening } = c;
  const has = new Set(candidate.skillIds);
  const parts: string[] = [];

  const required = [...new Set(opening.requiredSkills.map((s) => s.skillId))];
  const preferred = [...new Set(opening.preferredSkills.map((s) => s.skillId))].filter((id) => !required.includes(id));
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
    const p = graph.occupationProximity(opening.occupationId, occupationId);
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
    const p = graph.occupationProximity(opening.occupationId, id);
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

  const minutes = commuteMinutes(candidate.homeMunicipalityId, opening.municipalityId);
  const commute = minutes === null ? 'restid okänd' : `cirka ${minutes} min med buss`;
  parts.push(commute);

  return {
    details: [skills, expOcc, expYears, swedish, wanted, sector, kind, hours, commute],
    sentence: parts.join('; '),
  };
}
