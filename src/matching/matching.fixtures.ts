/** Test fixtures for the matching specs: a tiny taxonomy and builders. Not a spec itself. */
import { LICENCE } from '../candidates/driving-licences.js';
import { LANGUAGE_LEVEL_ORDER } from '../candidates/language-levels.js';
import { MUNICIPALITY } from './commute.js';
import { SKILLS_FULL_SHARE } from './factors/skills.factor.js';
import { SWEDISH_LEVEL_ORDER, type RankableCandidate, type RankableOpening, type RankingResult, type RankOptions } from './ranking.types.js';
import { TaxonomyGraph, type TaxonomyGraphInput } from './taxonomy-graph.js';
import { WEIGHTS } from './weights.js';

/**
 * Fields: CARE (groups NURSE_AIDES, CARE_ASSISTANTS), TRANSPORT (DRIVERS, WAREHOUSE).
 * Occupations: USK and USK_HEMTJ under NURSE_AIDES; VARDBITRADE, PERSONLIG_ASSISTENT, BOENDESTODJARE under
 * CARE_ASSISTANTS; LASTBILSFORARE under DRIVERS; LAGERARBETARE, TRUCKFORARE under WAREHOUSE.
 * VARDBITRADE can substitute USK at 75 %, PERSONLIG_ASSISTENT at 25 %.
 * Skills: COMMON in every group, MID in both care groups, RARE in NURSE_AIDES only, TRUCK in WAREHOUSE only.
 */
export const T = {
  CARE: 'field-care',
  TRANSPORT: 'field-transport',
  NURSE_AIDES: 'g-nurse-aides',
  CARE_ASSISTANTS: 'g-care-assistants',
  DRIVERS: 'g-drivers',
  WAREHOUSE: 'g-warehouse',
  USK: 'o-usk',
  USK_HEMTJ: 'o-usk-hemtjanst',
  VARDBITRADE: 'o-vardbitrade',
  PERSONLIG_ASSISTENT: 'o-personlig-assistent',
  BOENDESTODJARE: 'o-boendestodjare',
  LASTBILSFORARE: 'o-lastbilsforare',
  LAGERARBETARE: 'o-lagerarbetare',
  TRUCKFORARE: 'o-truckforare',
  COMMON: 's-common',
  MID: 's-mid',
  RARE: 's-rare',
  TRUCK: 's-truckkort',
  HELTID: '6YE1_gAC_R2G',
  DELTID: '947z_JGS_Uk2',
} as const;

export const SNAPSHOT: TaxonomyGraphInput = {
  concepts: [
    { id: T.CARE, type: 'occupation-field', parentId: null },
    { id: T.TRANSPORT, type: 'occupation-field', parentId: null },
    { id: T.NURSE_AIDES, type: 'ssyk-level-4', parentId: 'g3' },
    { id: T.CARE_ASSISTANTS, type: 'ssyk-level-4', parentId: 'g3' },
    { id: T.DRIVERS, type: 'ssyk-level-4', parentId: 'g3b' },
    { id: T.WAREHOUSE, type: 'ssyk-level-4', parentId: 'g3c' },
    { id: T.USK, type: 'occupation-name', parentId: T.NURSE_AIDES },
    { id: T.USK_HEMTJ, type: 'occupation-name', parentId: T.NURSE_AIDES },
    { id: T.VARDBITRADE, type: 'occupation-name', parentId: T.CARE_ASSISTANTS },
    { id: T.PERSONLIG_ASSISTENT, type: 'occupation-name', parentId: T.CARE_ASSISTANTS },
    { id: T.BOENDESTODJARE, type: 'occupation-name', parentId: T.CARE_ASSISTANTS },
    { id: T.LASTBILSFORARE, type: 'occupation-name', parentId: T.DRIVERS },
    { id: T.LAGERARBETARE, type: 'occupation-name', parentId: T.WAREHOUSE },
    { id: T.TRUCKFORARE, type: 'occupation-name', parentId: T.WAREHOUSE },
    ...[T.COMMON, T.MID, T.RARE, T.TRUCK].map((id) => ({ id, type: 'skill', parentId: null })),
  ],
  relations: [
    { kind: 'field-ssyk4', fromId: T.CARE, toId: T.NURSE_AIDES },
    { kind: 'field-ssyk4', fromId: T.CARE, toId: T.CARE_ASSISTANTS },
    { kind: 'field-ssyk4', fromId: T.TRANSPORT, toId: T.DRIVERS },
    { kind: 'field-ssyk4', fromId: T.TRANSPORT, toId: T.WAREHOUSE },
    { kind: 'substitutes-75', fromId: T.USK, toId: T.VARDBITRADE },
    { kind: 'substitutes-25', fromId: T.USK, toId: T.PERSONLIG_ASSISTENT },
    ...[T.NURSE_AIDES, T.CARE_ASSISTANTS, T.DRIVERS, T.WAREHOUSE].map((g) => ({
      kind: 'ssyk4-skill',
      fromId: g,
      toId: T.COMMON,
    })),
    { kind: 'ssyk4-skill', fromId: T.NURSE_AIDES, toId: T.MID },
    { kind: 'ssyk4-skill', fromId: T.CARE_ASSISTANTS, toId: T.MID },
    { kind: 'ssyk4-skill', fromId: T.NURSE_AIDES, toId: T.RARE },
    { kind: 'ssyk4-skill', fromId: T.WAREHOUSE, toId: T.TRUCK },
  ],
};

export const graph = new TaxonomyGraph(SNAPSHOT);

export const LABELS: Record<string, string> = {
  [T.USK]: 'undersköterska',
  [T.VARDBITRADE]: 'vårdbiträde',
  [T.LAGERARBETARE]: 'lagerarbetare',
  [T.TRUCKFORARE]: 'truckförare',
  [T.TRUCK]: 'truckkort',
  [T.COMMON]: 'noggrannhet',
  [T.MID]: 'omvårdnad',
  [T.RARE]: 'delegering',
  [T.HELTID]: 'heltid',
  [T.DELTID]: 'deltid',
  'sector-care': 'Vård och omsorg',
  'sector-logistics': 'Logistik',
  '3iEY_RGP_qXq': 'Arabiska',
  F6dn_vX1_Qnm: 'Somaliska',
};
export const label = (id: string): string | undefined => LABELS[id];

export const TODAY = '2026-03-02';

/** JobTech language concept ids (languages.json). */
export const LANGUAGE = { ARABIC: '3iEY_RGP_qXq', SOMALI: 'F6dn_vX1_Qnm', ENGLISH: 'NVxJ_hLg_TYS' } as const;

export function candidate(id: string, overrides: Partial<RankableCandidate> = {}): RankableCandidate {
  return {
    id,
    experience: [],
    skillIds: [],
    wantedOccupationIds: [],
    wantedSectorIds: [],
    wantsInternship: false,
    wantedWorktimeIds: [],
    swedishLevel: 'SFI_D',
    licenceIds: [],
    homeMunicipalityId: MUNICIPALITY.Trelleborg,
    homeArea: null,
    earliestStartOn: null,
    workLimitations: [],
    sharesProfileWithEmployers: true,
    travelMode: 'PUBLIC_TRANSPORT',
    maxCommuteMinutes: null,
    languages: [],
    ...overrides,
  };
}

export function opening(id: string, overrides: Partial<RankableOpening> = {}): RankableOpening {
  return {
    id,
    kind: 'JOB_UNSUBSIDISED',
    occupationId: T.USK,
    sectorId: 'sector-care',
    requiredSkills: [],
    preferredSkills: [],
    minSwedishLevel: null,
    requiredLicenceIds: [],
    municipalityId: MUNICIPALITY.Trelleborg,
    postalCode: null,
    worktimeId: null,
    startOn: null,
    maxCommuteMinutes: null,
    languageNeeds: [],
    ...overrides,
  };
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded random population and openings over the fixture taxonomy, with every hard requirement and soft factor in
 * play (a tenth with a work limitation, a tenth without consent, late starters, unknown occupations), for specs that
 * compare one way of ranking with another. The generator is returned too, for specs that draw more of the same.
 */
export function randomWorld(seed: number, candidates: number, openings: number) {
  const occupations = [T.USK, T.USK_HEMTJ, T.VARDBITRADE, T.PERSONLIG_ASSISTENT, T.BOENDESTODJARE, T.LASTBILSFORARE, T.LAGERARBETARE, T.TRUCKFORARE, T.NURSE_AIDES, 'o-unknown'];
  const skills = [T.COMMON, T.MID, T.RARE, T.TRUCK, ...Array.from({ length: 30 }, (_, i) => `s-gen-${i}`)];
  const municipalities = Object.values(MUNICIPALITY);
  const random = prng(seed);
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)];
  const person = (id: string): RankableCandidate =>
    candidate(id, {
      experience: Array.from({ length: Math.floor(random() * 3) }, () => ({ occupationId: pick(occupations), years: Math.floor(random() * 12) })),
      skillIds: Array.from({ length: Math.floor(random() * 6) }, () => pick(skills)),
      wantedOccupationIds: Array.from({ length: Math.floor(random() * 2) }, () => pick(occupations)),
      wantedSectorIds: random() < 0.7 ? [pick(['sector-care', 'sector-logistics'])] : [],
      wantsInternship: random() < 0.3,
      wantedWorktimeIds: random() < 0.5 ? [pick([T.HELTID, T.DELTID])] : [],
      swedishLevel: pick(SWEDISH_LEVEL_ORDER),
      licenceIds: random() < 0.5 ? [LICENCE.B, LICENCE.AM] : [],
      homeMunicipalityId: pick(municipalities),
      earliestStartOn: random() < 0.2 ? pick(['2026-04-01', '2026-06-01']) : null,
      workLimitations: random() < 0.1 ? [pick(['NO_HEAVY_LIFTING', 'NO_NIGHT_WORK'] as const)] : [],
      sharesProfileWithEmployers: random() < 0.9,
      travelMode: pick(['PUBLIC_TRANSPORT', 'PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'] as const),
      maxCommuteMinutes: random() < 0.3 ? pick([30, 45, 60]) : null,
      languages: random() < 0.4 ? [{ languageId: pick([LANGUAGE.ARABIC, LANGUAGE.SOMALI]), levelId: pick(LANGUAGE_LEVEL_ORDER) }] : [],
      // a locality counts only in its own municipality (Anderslöv and Smygehamn are Trelleborg's); elsewhere the seat
      homeArea: pick([null, null, 'Anderslöv', 'Smygehamn', 'Skanör med Falsterbo']),
    });
  const people = Array.from({ length: candidates }, (_, i) => person(`p-${i}`));
  const weighted = (n: number) => Array.from({ length: n }, () => ({ skillId: pick(skills), weight: 1 + Math.floor(random() * 3) }));
  const openingList: RankableOpening[] = Array.from({ length: openings }, (_, k) =>
    opening(`o-${k}`, {
      kind: pick(['JOB_UNSUBSIDISED', 'INTERNSHIP', 'SFI_WORKPLACE_LEARNING'] as const),
      occupationId: pick(occupations),
      sectorId: pick(['sector-care', 'sector-logistics', 'sector-none', null]),
      requiredSkills: k % 7 === 0 ? [] : weighted(1 + Math.floor(random() * 3)),
      preferredSkills: k % 7 === 0 ? [] : weighted(Math.floor(random() * 4)),
      minSwedishLevel: pick([null, 'SFI_C', 'NATIVE_OR_FLUENT'] as const),
      requiredLicenceIds: pick([[], [LICENCE.B], [LICENCE.C, LICENCE.B]]),
      municipalityId: pick(municipalities),
      worktimeId: pick([null, T.HELTID, T.DELTID]),
      startOn: pick([null, '2026-05-01']),
      physicallyDemanding: random() < 0.3,
      nightWork: random() < 0.2,
      maxCommuteMinutes: pick([null, 45, 60]),
      postalCode: pick([null, '231 42', '233 21', '274 01']),
      languageNeeds: random() < 0.15 ? [{ languageId: pick([LANGUAGE.ARABIC, LANGUAGE.SOMALI]), minLevelId: pick(LANGUAGE_LEVEL_ORDER) }] : [],
    }),
  );
  return { people, openings: openingList, person, random, pick, skills };
}

/** The options the specs rank with: ten ranked and explained, the fixtures' day and labels. */
export const options: RankOptions = { limit: 10, explainTop: 10, today: TODAY, label };
/** Each factor's points (WEIGHTS), by name. */
export const W = Object.fromEntries(WEIGHTS.map((w) => [w.name, w.weight])) as Record<string, number>;
/** A factor's points for a value, rounded as a result's contribution is. */
export const points = (factorName: string, value: number) => Math.round(W[factorName] * value * 100) / 100;
/** The skills factor's points for a covered share of the opening's skill weight (full from SKILLS_FULL_SHARE). */
export const skillPoints = (share: number) => W.skills * Math.min(1, share / SKILLS_FULL_SHARE);

/** A ranked person's score; throws when they were not ranked. */
export function scoreOf(result: RankingResult, id: string): number {
  const found = result.ranked.find((r) => r.id === id);
  if (!found) throw new Error(`${id} not ranked`);
  return found.score;
}

/** A ranked person's points from one factor. */
export function factor(result: RankingResult, id: string, name: string): number {
  return result.ranked.find((r) => r.id === id)!.factors.find((f) => f.factor === name)!.contribution;
}
