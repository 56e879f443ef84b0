import { describe, expect, it } from '@jest/globals';
import { LICENCE } from '../candidates/driving-licences.js';
import { MUNICIPALITY } from './commute.js';
import { exposureReport } from './fairness.js';
import { LANGUAGE_LEVEL_ORDER } from '../candidates/language-levels.js';
import { graph, label, LANGUAGE, opening, prng, T, TODAY } from './matching.fixtures.js';
import { rankCandidates } from './rank.js';
import { SWEDISH_LEVEL_ORDER, type RankableCandidate, type RankableOpening } from './ranking.types.js';

/**
 * A richer record, like the one the CRM holds (and then some): it carries everything the Discrimination Act
 * protects and its usual proxies. The ranking can only ever see what {@link toRankable} passes on.
 */
interface PersonRecord {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'X';
  countryOfBirth: string;
  citizenship: string;
  languageOfOrigin: string;
  photoUrl: string | null;
  religion: string | null;
  profile: Omit<RankableCandidate, 'id'>;
}

/** The only way from a record to the ranking: an explicit list of the fields that bear on the work. */
function toRankable(record: PersonRecord): RankableCandidate {
  const p = record.profile;
  return {
    id: record.id,
    experience: p.experience,
    skillIds: p.skillIds,
    wantedOccupationIds: p.wantedOccupationIds,
    wantedSectorIds: p.wantedSectorIds,
    wantsInternship: p.wantsInternship,
    wantedWorktimeIds: p.wantedWorktimeIds,
    swedishLevel: p.swedishLevel,
    licenceIds: p.licenceIds,
    homeMunicipalityId: p.homeMunicipalityId,
    homeArea: p.homeArea,
    earliestStartOn: p.earliestStartOn,
    workLimitations: p.workLimitations,
    sharesProfileWithEmployers: p.sharesProfileWithEmployers,
    travelMode: p.travelMode,
    maxCommuteMinutes: p.maxCommuteMinutes,
    languages: p.languages,
  };
}

const FIRST = ['Anna', 'Mohammed', 'Ali', 'Eva', 'Zeynep', 'Erik', 'Fatima', 'Jonas', 'Amira', 'Lars'];
const LAST = ['Andersson', 'Hassan', 'Nilsson', 'Yilmaz', 'Persson', 'Ahmadi', 'Larsson', 'Haddad'];
const COUNTRIES = ['SE', 'SY', 'IQ', 'AF', 'SO', 'PL', 'ER', 'DK'];
const OCCUPATIONS = [T.USK, T.USK_HEMTJ, T.VARDBITRADE, T.PERSONLIG_ASSISTENT, T.LAGERARBETARE, T.TRUCKFORARE];
const SKILLS = [T.COMMON, T.MID, T.RARE, T.TRUCK, 's-a', 's-b', 's-c', 's-d'];

function population(seed: number, size: number): PersonRecord[] {
  const random = prng(seed);
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: size }, (_, i) => ({
    id: `p-${seed}-${i}`,
    firstName: pick(FIRST),
    lastName: pick(LAST),
    birthDate: `19${60 + Math.floor(random() * 45)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    sex: pick(['F', 'M', 'X'] as const),
    countryOfBirth: pick(COUNTRIES),
    citizenship: pick(COUNTRIES),
    languageOfOrigin: pick(['sv', 'ar', 'so', 'fa', 'ti', 'pl']),
    photoUrl: random() < 0.5 ? `https://example.invalid/${i}.jpg` : null,
    religion: random() < 0.3 ? pick(['a', 'b', 'c']) : null,
    profile: {
      // coarse values so that ties are common and the tie-break is exercised too
      experience: random() < 0.6 ? [{ occupationId: pick(OCCUPATIONS), years: Math.floor(random() * 4) }] : [],
      skillIds: SKILLS.filter(() => random() < 0.4),
      wantedOccupationIds: random() < 0.7 ? [pick(OCCUPATIONS)] : [],
      wantedSectorIds: random() < 0.7 ? [pick(['sector-care', 'sector-logistics'])] : [],
      wantsInternship: random() < 0.5,
      wantedWorktimeIds: [],
      swedishLevel: pick(SWEDISH_LEVEL_ORDER),
      licenceIds: random() < 0.5 ? [LICENCE.B, LICENCE.AM] : [],
      homeMunicipalityId: pick([MUNICIPALITY.Trelleborg, MUNICIPALITY.Svedala, MUNICIPALITY.Skurup]),
      homeArea: pick([null, 'Anderslöv', 'Bara', 'Smygehamn']),
      earliestStartOn: null,
      workLimitations: random() < 0.1 ? ['NO_HEAVY_LIFTING'] : [],
      sharesProfileWithEmployers: random() < 0.9,
      travelMode: pick(['PUBLIC_TRANSPORT', 'PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'] as const),
      maxCommuteMinutes: random() < 0.3 ? pick([30, 45, 60]) : null,
      languages: spokenLanguages(random),
    },
  }));
}

const LANGUAGES = [LANGUAGE.ARABIC, LANGUAGE.SOMALI, LANGUAGE.ENGLISH];

/** Up to two languages other than Swedish at random levels. */
function spokenLanguages(random: () => number): RankableCandidate['languages'] {
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)];
  const spoken = LANGUAGES.filter(() => random() < 0.35);
  return spoken.map((languageId) => ({ languageId, levelId: pick(LANGUAGE_LEVEL_ORDER) }));
}

/** Alters every field the ranking must not use, keeping id and profile. */
function alterProtected(record: PersonRecord, random: () => number): PersonRecord {
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)];
  return {
    ...record,
    firstName: pick(FIRST),
    lastName: pick(LAST),
    birthDate: `${1950 + Math.floor(random() * 55)}-12-0${1 + Math.floor(random() * 9)}`,
    sex: pick(['F', 'M', 'X'] as const),
    countryOfBirth: pick(COUNTRIES),
    citizenship: pick(COUNTRIES),
    languageOfOrigin: pick(['sv', 'ar', 'so', 'fa', 'ti', 'pl']),
    photoUrl: random() < 0.5 ? `https://example.invalid/other-${record.id}.png` : null,
    religion: random() < 0.5 ? pick(['a', 'b', 'c', 'd']) : null,
  };
}

const OPENINGS: RankableOpening[] = [
  opening('usk', { requiredSkills: [{ skillId: T.RARE, weight: 2 }], minSwedishLevel: 'SFI_C', physicallyDemanding: true }),
  opening('lager', {
    kind: 'INTERNSHIP',
    occupationId: T.LAGERARBETARE,
    sectorId: 'sector-logistics',
    requiredSkills: [{ skillId: T.TRUCK, weight: 1 }],
    requiredLicenceIds: [LICENCE.B],
    municipalityId: MUNICIPALITY.Svedala,
  }),
  opening('sfi', { kind: 'SFI_WORKPLACE_LEARNING', occupationId: T.VARDBITRADE, preferredSkills: [{ skillId: T.MID, weight: 1 }] }),
  opening('near', { occupationId: T.USK, municipalityId: MUNICIPALITY.Skurup, maxCommuteMinutes: 30 }),
];

/** A care home whose residents speak Arabic: the one opening here with a language need. */
const ARABIC_NEEDED = opening('arabic', {
  occupationId: T.USK,
  requiredSkills: [{ skillId: T.MID, weight: 2 }],
  maxCommuteMinutes: 60,
  languageNeeds: [{ languageId: LANGUAGE.ARABIC, minLevelId: LANGUAGE_LEVEL_ORDER[1] }],
});

/** A ranking with its lazy excluded list built in full, for deep comparison. */
function materialised(result: ReturnType<typeof rankCandidates>) {
  return { ...result, listExcluded: result.listExcluded() };
}

describe('fairness: protected grounds cannot change a ranking', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: altering name, birth date, sex, origin, citizenship, language, photo changes nothing', (seed) => {
    const people = population(seed, 300);
    const random = prng(seed * 7919);
    for (let round = 0; round < 5; round++) {
      const altered = people.map((p) => alterProtected(p, random));
      // the altered records really differ...
      expect(altered.some((a, i) => a.sex !== people[i].sex || a.birthDate !== people[i].birthDate)).toBe(true);
      for (const o of [...OPENINGS, ARABIC_NEEDED]) {
        const options = { limit: 25, explainTop: 25, today: TODAY, label };
        const before = rankCandidates(o, people.map(toRankable), graph, options);
        const after = rankCandidates(o, altered.map(toRankable), graph, options);
        // ...yet ranking, scores, explanations, exclusions and near misses are identical
        expect(materialised(after)).toEqual(materialised(before));
      }
    }
  });

  it.each([1, 2, 3])('seed %i: the languages a person speaks change nothing for openings that state no language need', (seed) => {
    const people = population(seed, 300);
    const random = prng(seed * 104729);
    const options = { limit: 25, explainTop: 25, today: TODAY, label };
    const other = people.map((p) => ({ ...p, profile: { ...p.profile, languages: spokenLanguages(random) } }));
    expect(other.some((p, i) => JSON.stringify(p.profile.languages) !== JSON.stringify(people[i].profile.languages))).toBe(true);
    for (const o of OPENINGS) {
      expect(materialised(rankCandidates(o, other.map(toRankable), graph, options))).toEqual(
        materialised(rankCandidates(o, people.map(toRankable), graph, options)),
      );
    }
  });

  it.each([1, 2, 3])('seed %i: with a stated need, only the needed language at the needed level counts, and it is never scored', (seed) => {
    const people = population(seed, 300);
    const random = prng(seed * 15485863);
    const options = { limit: 25, explainTop: 25, today: TODAY, label };
    // other languages change, the needed one (and whether its level meets the need) does not
    const other = people.map((p) => {
      const arabic = p.profile.languages.filter((l) => l.languageId === LANGUAGE.ARABIC);
      const rest = spokenLanguages(random).filter((l) => l.languageId !== LANGUAGE.ARABIC);
      return { ...p, profile: { ...p.profile, languages: [...rest, ...arabic] } };
    });
    const before = rankCandidates(ARABIC_NEEDED, people.map(toRankable), graph, options);
    expect(materialised(rankCandidates(ARABIC_NEEDED, other.map(toRankable), graph, options))).toEqual(materialised(before));
    // speaking it better than needed is worth nothing: everyone ranked has the same language-free score as without the need
    const without = rankCandidates({ ...ARABIC_NEEDED, languageNeeds: [] }, people.map(toRankable), graph, { ...options, limit: 300 });
    const scoreWithout = new Map(without.ranked.map((r) => [r.id, r.score]));
    expect(before.ranked.length).toBeGreaterThan(0);
    for (const r of before.ranked) expect(r.score).toBe(scoreWithout.get(r.id));
  });

  it('the mapping passes on no protected field and no proxy', () => {
    const [record] = population(9, 1);
    const rankable = toRankable(record);
    const keys = Object.keys(rankable).sort();
    expect(keys).toEqual(
      [
        'id',
        'experience',
        'skillIds',
        'wantedOccupationIds',
        'wantedSectorIds',
        'wantsInternship',
        'wantedWorktimeIds',
        'swedishLevel',
        'licenceIds',
        'homeMunicipalityId',
        'homeArea',
        'earliestStartOn',
        'workLimitations',
        'sharesProfileWithEmployers',
        'travelMode',
        'maxCommuteMinutes',
        'languages',
      ].sort(),
    );
    const text = JSON.stringify(rankable);
    for (const value of [record.firstName, record.lastName, record.birthDate, record.countryOfBirth, record.photoUrl]) {
      if (value) expect(text).not.toContain(`"${value}"`);
    }
  });
});

describe('exposureReport', () => {
  type R = { id: string; group: string };
  const people: R[] = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, group: 'A' })),
    ...Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, group: 'B' })),
  ];
  const report = (lists: string[][], topN?: number) =>
    exposureReport(lists, people, (r) => r.id, (r) => r.group, topN);

  it('is 1 for every group when exposure follows population shares', () => {
    const r = report([['a0', 'a1', 'a2', 'b0', 'b1'], ['a3', 'a4', 'a5', 'b2', 'b3']]);
    expect(r.groups).toEqual([
      { group: 'A', population: 6, populationShare: 0.6, appearances: 6, exposureShare: 0.6, ratio: 1 },
      { group: 'B', population: 4, populationShare: 0.4, appearances: 4, exposureShare: 0.4, ratio: 1 },
    ]);
    expect(r.disparity).toBe(1);
    expect(r.lists).toBe(2);
    expect(r.appearances).toBe(10);
    expect(r.unmatched).toBe(0);
  });

  it.each<[string, string[][], number, number, number]>([
    // name, lists, ratio A, ratio B, disparity
    ['only A shown', [['a0', 'a1'], ['a2']], 1 / 0.6, 0, 0],
    ['only B shown', [['b0', 'b1']], 0, 1 / 0.4, 0],
    ['B over-exposed', [['a0', 'b0', 'b1', 'b2']], 0.25 / 0.6, 0.75 / 0.4, 0.25 / 0.6 / (0.75 / 0.4)],
  ])('%s', (_name, lists, ratioA, ratioB, disparity) => {
    const r = report(lists);
    expect(r.groups[0].ratio).toBeCloseTo(ratioA, 12);
    expect(r.groups[1].ratio).toBeCloseTo(ratioB, 12);
    expect(r.disparity).toBeCloseTo(disparity, 12);
  });

  it('counts only the first topN of each list and reports unknown ids', () => {
    const r = report([['a0', 'zz', 'b0', 'b1']], 3);
    expect(r.appearances).toBe(2);
    expect(r.unmatched).toBe(1);
    expect(r.groups.map((g) => g.appearances)).toEqual([1, 1]);
  });

  it('handles no lists', () => {
    const r = report([]);
    expect(r.groups.map((g) => g.ratio)).toEqual([0, 0]);
    expect(r.disparity).toBe(1);
  });

  it('measures real rankings by a ground the ranking never saw', () => {
    const records = population(42, 400);
    const rankings = OPENINGS.map(
      (o) => rankCandidates(o, records.map(toRankable), graph, { limit: 10, explainTop: 0, today: TODAY }).ranked.map((r) => r.id),
    );
    const r = exposureReport(rankings, records, (p) => p.id, (p) => p.sex);
    expect(r.groups.map((g) => g.group)).toEqual(['F', 'M', 'X']);
    expect(r.appearances).toBe(10 * OPENINGS.length);
    expect(r.groups.reduce((a, g) => a + g.appearances, 0)).toBe(10 * OPENINGS.length);
    expect(r.groups.reduce((a, g) => a + g.populationShare, 0)).toBeCloseTo(1, 12);
  });
});
