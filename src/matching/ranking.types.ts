/**
 * Inputs to the ranking engine (src/matching). Pure data: no Nest, no database, no decorators.
 *
 * **What cannot be an input, by construction.** The Discrimination Act (diskrimineringslagen 1 kap. 4 §) names
 * seven grounds: sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual
 * orientation and age. docs/rules.md ("Rules that protect people") says ranking must never use them. The types below
 * therefore have no field for any ground nor for the usual proxies of one: no name (ethnicity, sex), no personnummer
 * or birth date (age, sex), no sex, no country of birth, citizenship or language of origin (ethnicity), no photo
 * (all of them), no diagnosis (disability; {@link RankableCandidate.workLimitations} states only the work a person
 * cannot do, never why), no religion or orientation. A caller maps its richer record to these types and the engine
 * cannot see what was dropped; the fairness spec (fairness.spec.ts) shows that altering any dropped field leaves a
 * ranking unchanged, and {@link exposureReport} (fairness.ts) measures how groups fare in practice.
 *
 * Swedish level is an input because openings may legitimately require it; the engine scores it only *relative to the
 * opening's stated need* and never rewards Swedish beyond that need (rewarding it would act as a proxy for origin).
 * Other languages the person speaks are an input for the same reason and under a stricter rule: they are read only
 * when an opening states a need for that language with a reason, as a requirement, and are never scored, so that
 * speaking Arabic or Somali cannot help or hurt anyone for work that does not need it.
 */
import type { SwedishLevel, TravelMode, WorkLimitation } from '../candidates/candidate.enums.js';

/**
 * The string values of the candidate module's `SwedishLevel` enum ('NONE', 'SFI_A' ... 'NATIVE_OR_FLUENT'). Enum
 * members are assignable to it, and the engine never loads the enum module (which pulls in @nestjs/graphql).
 */
export type SwedishLevelValue = `${SwedishLevel}`;

/** The string values of `WorkLimitation` ('NO_HEAVY_LIFTING', 'NO_NIGHT_WORK', ...). */
export type WorkLimitationValue = `${WorkLimitation}`;

/** The string values of `TravelMode` ('PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'). */
export type TravelModeValue = `${TravelMode}`;

/** Swedish levels in order; an opening's minimum is met by any level at or after it. */
export const SWEDISH_LEVEL_ORDER: readonly SwedishLevelValue[] = [
  'NONE',
  'SFI_A',
  'SFI_B',
  'SFI_C',
  'SFI_D',
  'SFI_COMPLETED',
  'NATIVE_OR_FLUENT',
];

/**
 * A job seeker as the ranking sees them: only what bears on the work. See the module comment for what is left out on
 * purpose; there is deliberately no place here for a name, birth date or age, sex, country of birth, citizenship,
 * language of origin or photo.
 */
export interface RankableCandidate {
  /** Opaque id (the candidate's uuid); used for output and the tie-break hash only. */
  id: string;
  /** JobTech occupation-name (or SSYK-4) ids with years worked in each. */
  experience: Array<{ occupationId: string; years: number }>;
  /** JobTech skill concept ids. */
  skillIds: string[];
  /** Occupations the person wants (JobTech ids). */
  wantedOccupationIds: string[];
  /** Sectors the person chose (the Trelleborg model's bransch), Brygga sector ids. */
  wantedSectorIds: string[];
  /** Open to an internship (praktik) or workplace learning. */
  wantsInternship: boolean;
  /** JobTech worktime-extent ids wanted (Heltid, Deltid); empty means open to either. */
  wantedWorktimeIds: string[];
  swedishLevel: SwedishLevelValue;
  /** JobTech driving-licence ids, already closed under implication (see impliedDrivingLicences). */
  licenceIds: string[];
  /** JobTech municipality id of the home. */
  homeMunicipalityId: string;
  /**
   * The locality (tätort) of the home within the municipality, as recorded (Candidate.addressArea), for the commute
   * only; null or an unknown name counts as the municipality. Never a street or a district.
   */
  homeArea: string | null;
  /** ISO date (YYYY-MM-DD) the person can start at the earliest; null means now. */
  earliestStartOn: string | null;
  /** Work the person cannot do, without any reason or diagnosis. */
  workLimitations: WorkLimitationValue[];
  /** Has a current consent (samtycke) to share the profile with employers. */
  sharesProfileWithEmployers: boolean;
  /** How the person travels to work; the commute is estimated for this mode. */
  travelMode: TravelModeValue;
  /** The longest commute, minutes one way, the person accepts; null when they have not said. */
  maxCommuteMinutes: number | null;
  /**
   * Languages other than Swedish with JobTech language-level ids. Read only against an opening's stated language
   * need, as a requirement, and never scored: without a need they change nothing (fairness.spec.ts shows it).
   */
  languages: Array<{ languageId: string; levelId: string }>;
}

export type OpeningKind = 'JOB_UNSUBSIDISED' | 'JOB_SUBSIDISED' | 'INTERNSHIP' | 'SFI_WORKPLACE_LEARNING';

export interface WeightedSkill {
  skillId: string;
  /** Employer's importance, > 0 (typically 1-3). */
  weight: number;
}

/** A job, internship or workplace-learning place as the ranking sees it. */
export interface RankableOpening {
  id: string;
  kind: OpeningKind;
  /** JobTech occupation-name id. */
  occupationId: string;
  /** Brygga sector id, or null when the opening is not tied to a sector. */
  sectorId: string | null;
  requiredSkills: WeightedSkill[];
  preferredSkills: WeightedSkill[];
  minSwedishLevel: SwedishLevelValue | null;
  /** JobTech driving-licence ids that are required (each is a hard requirement). */
  requiredLicenceIds: string[];
  /** JobTech municipality id of the workplace. */
  municipalityId: string;
  /** The workplace's postal code, for the commute: its post town's position when it lies in the municipality. */
  postalCode: string | null;
  /** JobTech worktime-extent id, or null when either is fine. */
  worktimeId: string | null;
  /** ISO date the work starts; null means as soon as possible (options.today). */
  startOn: string | null;
  /**
   * The longest commute, minutes one way, the opening accepts (its own limit or its kind's default, commute.ts);
   * null for none. Beyond it, or beyond the person's own limit, a person is excluded with the reason.
   */
  maxCommuteMinutes: number | null;
  /**
   * Languages other than Swedish the work needs (a care home with Arabic-speaking residents), each with a JobTech
   * minimum level; the opening records the reason. Each need not met is one failed requirement.
   */
  languageNeeds: Array<{ languageId: string; minLevelId: string }>;
  /** Involves heavy lifting: conflicts with NO_HEAVY_LIFTING. */
  physicallyDemanding?: boolean;
  /** Involves night work: conflicts with NO_NIGHT_WORK. */
  nightWork?: boolean;
}

/** Turns a concept id into a Swedish label for explanations; undefined falls back to the id. */
export type LabelLookup = (id: string) => string | undefined;

export interface RankOptions {
  /** How many ranked results to return (best first); also the near-miss limit unless nearMissLimit is given. */
  limit: number;
  /** How many of the ranked results get a spoken explanation and factor details (the rest get ''). */
  explainTop: number;
  /** ISO date of today, the start date of an opening whose startOn is null. */
  today: string;
  label?: LabelLookup;
  nearMissLimit?: number;
  /**
   * Other weights for some factors (points out of the 100), for measuring weights on a benchmark only (bench/): the
   * product always ranks with rank.ts's WEIGHTS.
   */
  weights?: Readonly<Partial<Record<FactorName, number>>>;
}

export type FactorName =
  | 'skills'
  | 'experienceOccupation'
  | 'experienceYears'
  | 'swedish'
  | 'wantedOccupation'
  | 'sector'
  | 'kind'
  | 'hours'
  | 'commute';

export interface Factor {
  factor: FactorName;
  /** Whose interest the factor measures: the employer's need or the person's own wish (see WEIGHTS in rank.ts). */
  side: 'employer' | 'person';
  /** The factor's fixed maximum, in score points. */
  weight: number;
  /** Points this factor gave, 0..weight, rounded to 0.01. */
  contribution: number;
  /** Swedish detail, only for the explained top results, else ''. */
  detail: string;
}

export interface Ranked {
  /** Candidate id (rankCandidates) or opening id (rankOpenings). */
  id: string;
  /** 0-100, rounded to one decimal. */
  score: number;
  factors: Factor[];
  /** A sentence the recruiter can say (Swedish); '' outside the explained top. */
  explanation: string;
}

export interface RankingResult {
  ranked: Ranked[];
  /** How many fail at least one hard requirement. */
  excludedCount: number;
  /**
   * The first `limit` (default: all excludedCount) of those failing at least one hard requirement, in input order,
   * with Swedish reasons. Built on each call, so asking for a page costs the page, not the pool: a ranking of a
   * million candidates with a fifth excluded would otherwise build 200,000 entries no one reads. Each call returns
   * new entries; a `reasons` array may be shared by several entries (do not mutate it). It stays valid after later
   * rankings on the same pool. (Named unlike the former `excluded` array so that old code reading
   * `excluded.length` fails to compile instead of reading a function's arity.)
   */
  listExcluded(limit?: number): Array<{ id: string; reasons: string[] }>;
  /** Excluded by exactly one requirement, best soft score first (at most nearMissLimit ?? limit). */
  nearMisses: Array<{ id: string; reasons: string[]; score: number }>;
}
