/**
 * Data banks for the demo job seekers ({@link ./demo-candidates.ts}): small JobTech vocabularies, backgrounds
 * (languages, Swedish level, education) and the two municipalities' localities and path shares; the sectors'
 * occupations are in demo-candidate-sectors.ts.
 *
 * Every JobTech concept id here was taken from the files in taxonomy/jobtech/ (languages, levels, licences and
 * working hours from their files); demo-candidates.spec.ts checks each one against the files. Nothing is read at run time.
 */
// ---------------------------------------------------------------------------------------------------------------------
// Small JobTech vocabularies
// ---------------------------------------------------------------------------------------------------------------------

/** JobTech language concept ids (languages.json). */
export const LANGUAGE = {
  swedish: 'zSLA_vw2_FXN',
  english: 'NVxJ_hLg_TYS',
  arabic: '3iEY_RGP_qXq',
  somali: 'F6dn_vX1_Qnm',
  tigrinya: 'nPzh_1oc_EKz',
  amharic: 'EMhG_wnR_hYP',
  dari: 'Lozg_qhA_r3y',
  pashto: 'g6Up_z8D_oAY',
  persian: 'sNoC_CTL_8Ph',
  ukrainian: 'zkfD_Qwv_kTk',
  russian: 'mHSV_SUD_wXF',
  polish: 'Gp9q_gTW_XAw',
  turkish: 'UaRX_FvG_rKF',
  bosnian: 'AGKq_3n1_4sm',
  kurmanji: 'nTYu_SG6_CNa',
  sorani: '49Hh_qTx_aj5',
  german: 'S368_jFS_2hP',
} as const;

/** JobTech language-level concept ids (language-levels.json): Lite, Bra, Mycket bra, Flytande. */
export const LANGUAGE_LEVEL = {
  basic: 'HDaX_cNJ_ez2',
  good: 'qJUb_5Qz_ibL',
  veryGood: 'uAwX_sU9_yuf',
  fluent: 'jy9z_V9P_fQQ',
} as const;

/** JobTech driving-licence concept ids (driving-licences.json). */
export const LICENCE = { B: 'VTK8_WRx_GcM', BE: 'bcFd_Vkt_KXL', C: 'BKCx_hST_Pcm', CE: 'zZu8_iZ9_wMH' } as const;

/** `[value, relative weight]` pairs, for weighted picks and apportioning. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** JobTech worktime-extent concept ids (concepts-describing-working-hours.json). */
export const WORKTIME = { fullTime: '6YE1_gAC_R2G', partTime: '947z_JGS_Uk2' } as const;

// ---------------------------------------------------------------------------------------------------------------------
// Backgrounds: languages, Swedish, education
// ---------------------------------------------------------------------------------------------------------------------

/** Levels a Swedish level may take, mirroring the candidate model's SwedishLevel enum. */
export type DemoSwedishLevel = 'NONE' | 'SFI_A' | 'SFI_B' | 'SFI_C' | 'SFI_D' | 'SFI_COMPLETED' | 'NATIVE_OR_FLUENT';

/** Highest completed education, mirroring the candidate model's EducationLevel enum. */
export type DemoEducationLevel = 'NONE' | 'PRIMARY' | 'UPPER_SECONDARY' | 'POST_SECONDARY_VOCATIONAL' | 'UNIVERSITY';

/** Birth-year brackets `[from, to]` by weight; "today" is around 2025, so 1990–2005 is 20–35. */
const BIRTH_YEARS = {
  young: [[[2001, 2006], 20], [[1993, 2000], 40], [[1985, 1992], 23], [[1975, 1984], 11], [[1960, 1974], 6]],
  mixed: [[[2001, 2006], 14], [[1993, 2000], 30], [[1985, 1992], 23], [[1975, 1984], 18], [[1960, 1974], 15]],
  older: [[[2001, 2006], 6], [[1993, 2000], 18], [[1985, 1992], 24], [[1975, 1984], 27], [[1960, 1974], 25]],
} as const satisfies Record<string, Weighted<readonly [number, number]>>;

/** A language besides the first: chance of having it, and the levels it is spoken at, by weight. */
type ExtraLanguage = readonly [languageId: string, chance: number, levels: Weighted<string>];

const { basic, good, veryGood, fluent } = LANGUAGE_LEVEL;
const SOME: Weighted<string> = [[basic, 3], [good, 2]];
const WELL: Weighted<string> = [[good, 2], [veryGood, 2], [fluent, 1]];
const NATIVE_LIKE: Weighted<string> = [[veryGood, 1], [fluent, 1]];

/** Where a job seeker comes from, as far as languages, Swedish and education go. */
export interface DemoBackground {
  key: string;
  /** Share of the population (the weights sum to 100). */
  weight: number;
  newlyArrived: boolean;
  /**
   * Share of men's first names among those born 1990 or later (0.5 for older people): the model stores no sex, but the
   * demo's name mix mirrors the seeds' observation that young single men are the largest group on aid.
   */
  youngMenShare: number;
  birthYears: Weighted<readonly [number, number]>;
  /** First languages by weight, spoken fluently. */
  firstLanguages: Weighted<string>;
  extraLanguages: readonly ExtraLanguage[];
  swedish: Weighted<DemoSwedishLevel>;
  /** `null` = not yet assessed (e.g. foreign education awaiting validation). */
  education: Weighted<DemoEducationLevel | null>;
  /** Chance that the person has a samordningsnummer rather than a personnummer. */
  coordinationNumberShare: number;
  /** Chance of a B licence regardless of work experience. */
  licenceB: number;
  /** Chance of some work experience (lower for people under 23). */
  experience: number;
}

const NEW_SWEDISH: Weighted<DemoSwedishLevel> = [['NONE', 12], ['SFI_A', 22], ['SFI_B', 28], ['SFI_C', 24], ['SFI_D', 14]];
const SETTLED_SWEDISH: Weighted<DemoSwedishLevel> = [['SFI_D', 10], ['SFI_COMPLETED', 45], ['NATIVE_OR_FLUENT', 45]];
const NEW_EDUCATION: Weighted<DemoEducationLevel | null> = [
  ['NONE', 14], ['PRIMARY', 30], ['UPPER_SECONDARY', 28], ['POST_SECONDARY_VOCATIONAL', 5], ['UNIVERSITY', 11], [null, 12],
];
const SETTLED_EDUCATION: Weighted<DemoEducationLevel | null> = [
  ['NONE', 4], ['PRIMARY', 32], ['UPPER_SECONDARY', 44], ['POST_SECONDARY_VOCATIONAL', 8], ['UNIVERSITY', 8], [null, 4],
];
const EN = LANGUAGE.english;

/**
 * Backgrounds, 55 % settled in Sweden and 45 % newly arrived (in SFI or its queue). Weights are per cent of the
 * population; the newly arrived mirror the largest refugee groups in Skåne's municipalities in recent years.
 */
export const DEMO_BACKGROUNDS: readonly DemoBackground[] = [
  { key: 'swedish', weight: 33, newlyArrived: false, youngMenShare: 0.6, birthYears: BIRTH_YEARS.mixed,
    firstLanguages: [[LANGUAGE.swedish, 1]], extraLanguages: [[EN, 0.9, WELL], [LANGUAGE.german, 0.1, SOME]],
    swedish: [['NATIVE_OR_FLUENT', 1]],
    education: [['NONE', 2], ['PRIMARY', 34], ['UPPER_SECONDARY', 48], ['POST_SECONDARY_VOCATIONAL', 8], ['UNIVERSITY', 5], [null, 3]],
    coordinationNumberShare: 0, licenceB: 0.45, experience: 0.75 },
  { key: 'arabic-settled', weight: 8, newlyArrived: false, youngMenShare: 0.62, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.arabic, 1]], extraLanguages: [[EN, 0.5, SOME]], swedish: SETTLED_SWEDISH,
    education: SETTLED_EDUCATION, coordinationNumberShare: 0, licenceB: 0.35, experience: 0.75 },
  { key: 'bosnian-settled', weight: 4, newlyArrived: false, youngMenShare: 0.55, birthYears: BIRTH_YEARS.older,
    firstLanguages: [[LANGUAGE.bosnian, 1]], extraLanguages: [[EN, 0.4, SOME], [LANGUAGE.german, 0.25, SOME]],
    swedish: [['SFI_COMPLETED', 30], ['NATIVE_OR_FLUENT', 70]], education: SETTLED_EDUCATION,
    coordinationNumberShare: 0, licenceB: 0.5, experience: 0.85 },
  { key: 'somali-settled', weight: 3, newlyArrived: false, youngMenShare: 0.62, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.somali, 1]], extraLanguages: [[EN, 0.5, SOME], [LANGUAGE.arabic, 0.3, SOME]],
    swedish: SETTLED_SWEDISH, education: SETTLED_EDUCATION, coordinationNumberShare: 0, licenceB: 0.25, experience: 0.65 },
  { key: 'iranian-settled', weight: 2, newlyArrived: false, youngMenShare: 0.55, birthYears: BIRTH_YEARS.mixed,
    firstLanguages: [[LANGUAGE.persian, 1]], extraLanguages: [[EN, 0.7, WELL]], swedish: SETTLED_SWEDISH,
    education: SETTLED_EDUCATION, coordinationNumberShare: 0, licenceB: 0.45, experience: 0.8 },
  { key: 'turkish-settled', weight: 2, newlyArrived: false, youngMenShare: 0.6, birthYears: BIRTH_YEARS.mixed,
    firstLanguages: [[LANGUAGE.turkish, 4], [LANGUAGE.kurmanji, 1]], extraLanguages: [[EN, 0.4, SOME]],
    swedish: SETTLED_SWEDISH, education: SETTLED_EDUCATION, coordinationNumberShare: 0, licenceB: 0.4, experience: 0.8 },
  { key: 'polish-settled', weight: 3, newlyArrived: false, youngMenShare: 0.65, birthYears: BIRTH_YEARS.mixed,
    firstLanguages: [[LANGUAGE.polish, 1]], extraLanguages: [[EN, 0.6, SOME], [LANGUAGE.german, 0.2, SOME]],
    swedish: [['SFI_C', 10], ['SFI_D', 25], ['SFI_COMPLETED', 45], ['NATIVE_OR_FLUENT', 20]], education: SETTLED_EDUCATION,
    coordinationNumberShare: 0.3, licenceB: 0.6, experience: 0.9 },
  { key: 'arabic-new', weight: 13, newlyArrived: true, youngMenShare: 0.68, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.arabic, 1]], extraLanguages: [[EN, 0.4, SOME], [LANGUAGE.kurmanji, 0.08, NATIVE_LIKE]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.1, experience: 0.6 },
  { key: 'kurdish-new', weight: 3, newlyArrived: true, youngMenShare: 0.68, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.kurmanji, 1], [LANGUAGE.sorani, 1]], extraLanguages: [[LANGUAGE.arabic, 0.6, WELL], [EN, 0.3, SOME]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.1, experience: 0.6 },
  { key: 'afghan-new', weight: 9, newlyArrived: true, youngMenShare: 0.75, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.dari, 7], [LANGUAGE.pashto, 3]], extraLanguages: [[LANGUAGE.persian, 0.3, WELL], [EN, 0.3, SOME]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.05, experience: 0.5 },
  { key: 'somali-new', weight: 5, newlyArrived: true, youngMenShare: 0.62, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.somali, 1]], extraLanguages: [[LANGUAGE.arabic, 0.3, SOME], [EN, 0.3, SOME]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.03, experience: 0.45 },
  { key: 'eritrean-new', weight: 6, newlyArrived: true, youngMenShare: 0.66, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.tigrinya, 1]], extraLanguages: [[LANGUAGE.amharic, 0.25, WELL], [LANGUAGE.arabic, 0.2, SOME], [EN, 0.3, SOME]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.03, experience: 0.5 },
  { key: 'iranian-new', weight: 2, newlyArrived: true, youngMenShare: 0.6, birthYears: BIRTH_YEARS.mixed,
    firstLanguages: [[LANGUAGE.persian, 1]], extraLanguages: [[EN, 0.6, WELL]], swedish: NEW_SWEDISH,
    education: [['PRIMARY', 15], ['UPPER_SECONDARY', 35], ['POST_SECONDARY_VOCATIONAL', 10], ['UNIVERSITY', 30], [null, 10]],
    coordinationNumberShare: 0.14, licenceB: 0.2, experience: 0.75 },
  { key: 'ukrainian-new', weight: 5, newlyArrived: true, youngMenShare: 0.3, birthYears: BIRTH_YEARS.older,
    firstLanguages: [[LANGUAGE.ukrainian, 1]], extraLanguages: [[LANGUAGE.russian, 0.75, NATIVE_LIKE], [EN, 0.6, SOME], [LANGUAGE.polish, 0.1, SOME]],
    swedish: [['NONE', 10], ['SFI_A', 20], ['SFI_B', 30], ['SFI_C', 25], ['SFI_D', 15]],
    education: [['UPPER_SECONDARY', 30], ['POST_SECONDARY_VOCATIONAL', 25], ['UNIVERSITY', 35], [null, 10]],
    coordinationNumberShare: 0.9, licenceB: 0.4, experience: 0.85 },
  { key: 'turkish-new', weight: 2, newlyArrived: true, youngMenShare: 0.7, birthYears: BIRTH_YEARS.young,
    firstLanguages: [[LANGUAGE.turkish, 3], [LANGUAGE.kurmanji, 2]], extraLanguages: [[EN, 0.4, SOME]],
    swedish: NEW_SWEDISH, education: NEW_EDUCATION, coordinationNumberShare: 0.14, licenceB: 0.15, experience: 0.65 },
];

// ---------------------------------------------------------------------------------------------------------------------
// Municipalities and the shape of their caseloads
// ---------------------------------------------------------------------------------------------------------------------

/** Where a job seeker is on the path today; decides how the path is generated. */
export type DemoStage = 'EXITED' | 'NO_MEETING' | 'NO_PLAN' | 'NO_SECTOR' | 'ON_TRACK' | 'OVERDUE';

/** Why an enrolment ended, mirroring the candidate model's ExitReason enum. */
export type DemoExitReason =
  | 'WORK_UNSUBSIDISED'
  | 'WORK_SUBSIDISED'
  | 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT'
  | 'STUDIES_STUDENT_AID'
  | 'STUDIES_OTHER'
  | 'MOVED'
  | 'SICKNESS_BENEFIT'
  | 'OTHER_SUPPORT'
  | 'UNKNOWN';

/** Range `[min, max]` of days from first contact to an exit for that reason. */
export const EXIT_AFTER_DAYS: Record<DemoExitReason, readonly [number, number]> = {
  WORK_UNSUBSIDISED: [20, 330],
  WORK_SUBSIDISED: [45, 360],
  MUNICIPAL_LABOUR_MARKET_EMPLOYMENT: [60, 360],
  STUDIES_STUDENT_AID: [30, 300],
  STUDIES_OTHER: [20, 240],
  MOVED: [3, 250],
  SICKNESS_BENEFIT: [60, 360],
  OTHER_SUPPORT: [10, 300],
  UNKNOWN: [5, 200],
};

/** A municipality's job seekers: how many, where they live, and how their caseload is spread over the path. */
export interface DemoMunicipalityProfile {
  municipality: 'Trelleborg' | 'Svedala';
  count: number;
  localities: Weighted<string>;
  stages: Weighted<DemoStage>;
  exitReasons: Weighted<DemoExitReason>;
  /** Chance that a plan comes 2–4 days after first contact instead of the same or the next day. */
  latePlanChance: number;
}

/**
 * Trelleborg and Svedala. Svedala's shares echo the 2020 investigation (seeds/002): fewer exits to work or studies
 * (23 % of enrolled vs 34 %), more people without a current plan, and longer to a plan.
 */
export const DEMO_MUNICIPALITY_PROFILES: readonly DemoMunicipalityProfile[] = [
  {
    municipality: 'Trelleborg',
    count: 240,
    localities: [['Trelleborg', 70], ['Anderslöv', 9], ['Klagstorp', 6], ['Skegrie', 6], ['Smygehamn', 5]],
    stages: [['EXITED', 31], ['NO_MEETING', 2], ['NO_PLAN', 2], ['NO_SECTOR', 7], ['ON_TRACK', 49], ['OVERDUE', 9]],
    exitReasons: [
      ['WORK_UNSUBSIDISED', 34], ['WORK_SUBSIDISED', 18], ['MUNICIPAL_LABOUR_MARKET_EMPLOYMENT', 9],
      ['STUDIES_STUDENT_AID', 11], ['STUDIES_OTHER', 4], ['MOVED', 9], ['SICKNESS_BENEFIT', 5], ['OTHER_SUPPORT', 5],
      ['UNKNOWN', 5],
    ],
    latePlanChance: 0.05,
  },
  {
    municipality: 'Svedala',
    count: 60,
    localities: [['Svedala', 66], ['Bara', 22], ['Klågerup', 8], ['Holmeja', 4]],
    stages: [['EXITED', 27], ['NO_MEETING', 2], ['NO_PLAN', 5], ['NO_SECTOR', 8], ['ON_TRACK', 47], ['OVERDUE', 11]],
    exitReasons: [
      ['WORK_UNSUBSIDISED', 26], ['WORK_SUBSIDISED', 14], ['MUNICIPAL_LABOUR_MARKET_EMPLOYMENT', 12],
      ['STUDIES_STUDENT_AID', 9], ['STUDIES_OTHER', 4], ['MOVED', 12], ['SICKNESS_BENEFIT', 8], ['OTHER_SUPPORT', 8],
      ['UNKNOWN', 7],
    ],
    latePlanChance: 0.12,
  },
];

/** Limitations (stated without diagnoses) by weight, for the minority who have any. */
export const WORK_LIMITATION_WEIGHTS = [
  ['NO_HEAVY_LIFTING', 30], ['NO_PROLONGED_STANDING', 15], ['NO_NIGHT_WORK', 15], ['NO_SHIFT_WORK', 15],
  ['REDUCED_HOURS', 15], ['NO_DRIVING', 10],
] as const;

/** Invented mail domains at RFC 2606's `.example`, so demo mail never reaches anyone. */
export const MAIL_DOMAINS = ['mejl.example', 'post.example', 'brevlada.example', 'inkorg.example'] as const;
