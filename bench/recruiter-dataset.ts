/**
 * The recruiter's benchmark (bench:ranking, part 1): people with a hidden true occupation and an observed profile that
 * depends on it only through realistic noise, openings whose skills come from two sources, and a relevance a
 * recruiter would give: zero for anyone who cannot take the job, otherwise graded by how close the hidden occupation
 * is to the opening's.
 *
 * Independent of the engine: nothing here calls rank.ts, and who can take the job is decided by {@link canTake}, written
 * from the rules (docs/rules.md), not from the engine's code. The hard facts (licences, Swedish, consent, start date,
 * home, travel mode, languages, limitations) are observed exactly, as a secretary records them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LICENCE } from '../src/candidates/driving-licences.js';
import { LANGUAGE_LEVEL_ORDER, languageLevelOrdinal } from '../src/candidates/language-levels.js';
import { commuteLimitOf, commuteMinutes, MUNICIPALITY } from '../src/matching/commute.js';
import { greatCircleKm, municipalityIds, municipalityPoint } from '../src/matching/geo/places.js';
import { SWEDISH_LEVEL_ORDER, type OpeningKind, type RankableCandidate, type RankableOpening, type SwedishLevelValue } from '../src/matching/ranking.types.js';
import type { Taxonomy } from './dataset.js';
import { chance, int, mulberry32, pick, sample, type Rng } from './prng.js';

const ARABIC = '3iEY_RGP_qXq';
const SOMALI = 'F6dn_vX1_Qnm';
const HELTID = '6YE1_gAC_R2G';
const DELTID = '947z_JGS_Uk2';
const LEVEL_WEIGHTS: Array<[SwedishLevelValue, number]> = [
  ['NONE', 4],
  ['SFI_A', 6],
  ['SFI_B', 10],
  ['SFI_C', 12],
  ['SFI_D', 13],
  ['SFI_COMPLETED', 15],
  ['NATIVE_OR_FLUENT', 40],
];

/** The noise between the hidden occupation and what is observed; each share is stated in the report. */
export const NOISE = {
  /** A wish is the true occupation this often, a neighbouring one (same SSYK-4 or substitutable) 0.3, else random. */
  wishRight: 0.5,
  wishNeighbour: 0.3,
  /** Has experience at all; of it, this share is in a neighbouring occupation rather than the true one. */
  hasExperience: 0.7,
  experienceNeighbour: 0.35,
  /** Each of the true group's related skills is listed with this chance (skills partly missing), plus 0-2 random. */
  skillListed: 0.3,
  /** Chose another sector than the true occupation's. */
  otherSector: 0.3,
} as const;

export interface Person {
  candidate: RankableCandidate;
  /** Index in tax.occupations of the hidden true occupation. */
  truth: number;
}

export interface Job {
  opening: RankableOpening;
  /** Index in tax.occupations. */
  occupation: number;
  /** Where the opening's skill list comes from. */
  source: 'JobTech' | 'ESCO via ISCO';
}

/** The region people live and work in: the municipalities within 80 km of Trelleborg, weighted toward the two principals. */
export interface Region {
  homes: Array<[string, number]>;
  workplaces: string[];
}

export function region(): Region {
  const centre = municipalityPoint(MUNICIPALITY.Trelleborg)!;
  const near = municipalityIds().filter((id) => greatCircleKm(centre, municipalityPoint(id)!) <= 80);
  const homes: Array<[string, number]> = near.map((id) => [
    id,
    id === MUNICIPALITY.Trelleborg ? 40 : id === MUNICIPALITY.Svedala ? 20 : 40 / (near.length - 2),
  ]);
  return { homes, workplaces: near };
}

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

function neighbourOr(rng: Rng, tax: Taxonomy, occupation: string): string {
  const near = tax.neighbours.get(occupation)!;
  return near.length ? pick(rng, near) : occupation;
}

export function generatePeople(tax: Taxonomy, where: Region, seed: number, n: number): Person[] {
  const rng = mulberry32(seed);
  const sectors = [...new Set(tax.sectorOf.values())].sort();
  return Array.from({ length: n }, (_, k) => {
    const truth = Math.floor(rng() * tax.occupations.length);
    const occ = tax.occupations[truth];
    const w = rng();
    const wish = w < NOISE.wishRight ? occ : w < NOISE.wishRight + NOISE.wishNeighbour ? neighbourOr(rng, tax, occ) : pick(rng, tax.occupations);
    const experience: RankableCandidate['experience'] = [];
    if (chance(rng, NOISE.hasExperience)) {
      experience.push({ occupationId: chance(rng, NOISE.experienceNeighbour) ? neighbourOr(rng, tax, occ) : occ, years: int(rng, 1, 8) });
    }
    const skills = tax.skillsOfGroup.get(tax.groupOf.get(occ)!)!.filter(() => chance(rng, NOISE.skillListed));
    for (let e = int(rng, 0, 2); e > 0; e--) skills.push(pick(rng, tax.allSkills));
    const trueSector = tax.sectorOf.get(occ)!;
    const sector = chance(rng, NOISE.otherSector)
      ? pick(
          rng,
          sectors.filter((s) => s !== trueSector),
        )
      : trueSector;
    const licences = chance(rng, 0.45) ? [LICENCE.AM, LICENCE.B] : [];
    const travelMode = licences.length && chance(rng, 0.4) ? 'CAR' : chance(rng, 0.12) ? 'BICYCLE' : 'PUBLIC_TRANSPORT';
    const languages: RankableCandidate['languages'] = [];
    if (chance(rng, 0.25)) languages.push({ languageId: ARABIC, levelId: pick(rng, LANGUAGE_LEVEL_ORDER) });
    if (chance(rng, 0.08)) languages.push({ languageId: SOMALI, levelId: pick(rng, LANGUAGE_LEVEL_ORDER) });
    const candidate: RankableCandidate = {
      id: `c${k}`,
      experience,
      skillIds: [...new Set(skills)],
      wantedOccupationIds: [wish],
      wantedSectorIds: [sector],
      wantsInternship: chance(rng, 0.4),
      wantedWorktimeIds: chance(rng, 0.5) ? [] : [chance(rng, 0.7) ? HELTID : DELTID],
      swedishLevel: weighted(rng, LEVEL_WEIGHTS),
      licenceIds: licences,
      homeMunicipalityId: weighted(rng, where.homes),
      homeArea: null,
      earliestStartOn: chance(rng, 0.9) ? null : '2026-03-01',
      workLimitations: chance(rng, 0.05) ? ['NO_HEAVY_LIFTING'] : [],
      sharesProfileWithEmployers: chance(rng, 0.92),
      travelMode,
      maxCommuteMinutes: chance(rng, 0.25) ? pick(rng, [30, 45, 60]) : null,
      languages,
    };
    return { candidate, truth };
  });
}

/**
 * JobTech's bridge from SSYK-4 groups to ISCO-08 groups (bench/esco/ssyk4-isco4.csv, derived from the JobTech
 * taxonomy's related ISCO groups and ESCO v1.2.0's occupations; see bench/README.md): per SSYK-4 group, the groups
 * that share an ISCO group with it, and the median number of essential skills ESCO lists for that ISCO group.
 */
export interface IscoBridge {
  siblings: Map<string, string[]>;
  escoSkillCount: Map<string, number>;
}

export function loadBridge(file = join(process.cwd(), 'bench/esco/ssyk4-isco4.csv')): IscoBridge {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const byIsco = new Map<string, string[]>();
  const escoSkillCount = new Map<string, number>();
  for (const [ssyk, , isco, , median] of rows) {
    (byIsco.get(isco) ?? byIsco.set(isco, []).get(isco)!).push(ssyk);
    if (median) escoSkillCount.set(ssyk, Math.max(escoSkillCount.get(ssyk) ?? 0, Number(median)));
  }
  const siblings = new Map<string, string[]>();
  for (const groups of byIsco.values()) {
    for (const g of groups) siblings.set(g, [...new Set([...(siblings.get(g) ?? [g]), ...groups])]);
  }
  return { siblings, escoSkillCount };
}

/**
 * Openings: half list skills the way JobTech relates them to the occupation's SSYK-4 group (the people's source), half
 * through ESCO: the skills of every SSYK-4 group that shares an ISCO-08 group with the occupation's, as many as ESCO's
 * median of essential skills for that group (clamped to 4-10), so that an opening may ask for skills the people's
 * own group does not relate to. Requirements as a municipality's openings have them; the commute limit is the
 * kind's default when `limits`, else none.
 */
export function generateJobs(tax: Taxonomy, bridge: IscoBridge, where: Region, seed: number, n: number, limits: boolean): Job[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, k) => {
    const occupation = Math.floor(rng() * tax.occupations.length);
    const occ = tax.occupations[occupation];
    const group = tax.groupOf.get(occ)!;
    const esco = k % 2 === 1;
    const skillPool = esco
      ? [...new Set((bridge.siblings.get(group) ?? [group]).flatMap((g) => tax.skillsOfGroup.get(g) ?? []))]
      : tax.skillsOfGroup.get(group)!;
    const count = esco ? Math.min(10, Math.max(4, bridge.escoSkillCount.get(group) ?? 6)) : int(rng, 5, 8);
    const chosen = sample(rng, skillPool, count);
    const nRequired = Math.min(int(rng, 2, 4), chosen.length - 1);
    const kind: OpeningKind = pick(rng, ['JOB_UNSUBSIDISED', 'JOB_UNSUBSIDISED', 'JOB_SUBSIDISED', 'INTERNSHIP'] as const);
    const opening: RankableOpening = {
      id: `o${k}`,
      kind,
      occupationId: occ,
      sectorId: chance(rng, 0.8) ? tax.sectorOf.get(occ)! : null,
      requiredSkills: chosen.slice(0, nRequired).map((skillId) => ({ skillId, weight: int(rng, 1, 3) })),
      preferredSkills: chosen.slice(nRequired).map((skillId) => ({ skillId, weight: int(rng, 1, 3) })),
      minSwedishLevel: chance(rng, 0.3) ? 'SFI_C' : null,
      requiredLicenceIds: chance(rng, 0.1) ? [LICENCE.B] : [],
      municipalityId: pick(rng, where.workplaces),
      postalCode: null,
      worktimeId: chance(rng, 0.5) ? null : chance(rng, 0.7) ? HELTID : DELTID,
      startOn: null,
      physicallyDemanding: chance(rng, 0.1),
      nightWork: false,
      maxCommuteMinutes: null,
      languageNeeds: chance(rng, 0.05) ? [{ languageId: ARABIC, minLevelId: LANGUAGE_LEVEL_ORDER[1] }] : [],
    };
    if (limits) opening.maxCommuteMinutes = commuteLimitOf({ kind, maxCommuteMinutes: null });
    return { opening, occupation, source: esco ? 'ESCO via ISCO' : 'JobTech' };
  });
}

/** A person's profile without any commute limit of their own (the benchmark's "without limits" half). */
export function withoutLimits(people: Person[]): Person[] {
  return people.map((p) => ({ ...p, candidate: { ...p.candidate, maxCommuteMinutes: null } }));
}

const SWEDISH = new Map(SWEDISH_LEVEL_ORDER.map((level, i) => [level, i]));

/**
 * Whether a person can take the job, as a recruiter judges it from the rules: every required licence, the Swedish
 * level, consent to share the profile, available by the start, no conflicting limitation, every needed language at
 * its level, and (when the opening or the person states a limit) an estimated commute by their own mode within it.
 */
export function canTake(c: RankableCandidate, o: RankableOpening, today: string): boolean {
  if (o.requiredLicenceIds.some((l) => !c.licenceIds.includes(l))) return false;
  if (o.minSwedishLevel !== null && SWEDISH.get(c.swedishLevel)! < SWEDISH.get(o.minSwedishLevel)!) return false;
  if (!c.sharesProfileWithEmployers) return false;
  if (c.earliestStartOn !== null && c.earliestStartOn > (o.startOn ?? today)) return false;
  if (o.physicallyDemanding && c.workLimitations.includes('NO_HEAVY_LIFTING')) return false;
  if (o.nightWork && c.workLimitations.includes('NO_NIGHT_WORK')) return false;
  for (const need of o.languageNeeds) {
    const spoken = c.languages.find((l) => l.languageId === need.languageId);
    if (!spoken || languageLevelOrdinal(spoken.levelId) < languageLevelOrdinal(need.minLevelId)) return false;
  }
  const minutes = commuteMinutes(c.homeMunicipalityId, o.municipalityId, c.travelMode);
  if (minutes !== null && o.maxCommuteMinutes !== null && minutes > o.maxCommuteMinutes) return false;
  if (minutes !== null && c.maxCommuteMinutes !== null && minutes > c.maxCommuteMinutes) return false;
  return true;
}
