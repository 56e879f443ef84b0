/**
 * Where the demo employers are (municipalities, localities and their postal codes, place words for names), what their
 * contacts say, and the shares of statuses and follow-ups (demo-employers.ts draws from them).
 */
import type { DemoContactKind, DemoEmployerStatus, DemoMunicipality, DemoStaffKey } from './demo-employer-types.js';

export interface Locality {
  city: string;
  /** Relative weight of employers located here. */
  weight: number;
  /** Place words in genitive for `{P}`. */
  places: readonly string[];
  /** The locality's postal codes. */
  postalCodes: readonly string[];
}

export interface MunicipalityProfile {
  municipality: DemoMunicipality;
  /** Municipality name in genitive for `{K}`. */
  genitive: string;
  employerCount: number;
  localities: readonly Locality[];
  /** Relative weights of who is responsible for employers here. */
  responsibleWeights: readonly (readonly [DemoStaffKey, number])[];
}

export const MUNICIPALITIES: readonly MunicipalityProfile[] = [
  {
    municipality: 'Trelleborg',
    genitive: 'Trelleborgs',
    employerCount: 26,
    localities: [
      {
        city: 'Trelleborg',
        weight: 7,
        places: ['Trelleborgs', 'Söderslätts', 'Skåre', 'Gislövs', 'Maglarps', 'Dalköpinge', 'Kyrkoköpinge'],
        postalCodes: ['231 42', '231 43', '231 44', '231 41', '231 61', '231 62', '231 66'],
      },
      {
        city: 'Anderslöv',
        weight: 2,
        places: ['Anderslövs', 'Grönby', 'Skegrie', 'Alstads'],
        postalCodes: ['231 70', '231 71'],
      },
      {
        city: 'Smygehamn',
        weight: 1,
        places: ['Smyge', 'Östra Torps', 'Beddinge', 'Klagstorps'],
        postalCodes: ['231 78'],
      },
    ],
    responsibleWeights: [
      ['bd.trelleborg.1', 35],
      ['bd.trelleborg.2', 30],
      ['recruiter.1', 20],
      ['recruiter.2', 15],
    ],
  },
  {
    municipality: 'Svedala',
    genitive: 'Svedala',
    employerCount: 14,
    localities: [
      {
        city: 'Svedala',
        weight: 6,
        places: ['Svedala', 'Holmeja', 'Börringe', 'Sturups', 'Skabersjö'],
        postalCodes: ['233 31', '233 32', '233 35', '233 38'],
      },
      {
        city: 'Bara',
        weight: 3,
        places: ['Bara', 'Torups', 'Barabygdens'],
        postalCodes: ['233 62', '233 63'],
      },
      {
        city: 'Klågerup',
        weight: 1,
        places: ['Klågerups', 'Bara'],
        postalCodes: ['233 75'],
      },
    ],
    responsibleWeights: [
      ['bd.svedala', 80],
      ['recruiter.1', 10],
      ['recruiter.2', 10],
    ],
  },
];

export const FAMILY_GENITIVES = [
  'Nilssons', 'Mårtenssons', 'Hanssons', 'Jönssons', 'Pålssons', 'Bengtssons',
  'Lindbergs', 'Ekströms', 'Håkanssons', 'Nowaks', 'Demirs', 'Haddads',
] as const;

export const NATURE_WORDS = [
  'Vallmon', 'Linden', 'Kastanjen', 'Solrosen', 'Måsen', 'Tärnan', 'Ängen',
  'Bokskogen', 'Ekorren', 'Snäckan', 'Fyren', 'Ljungen', 'Hjorten', 'Pilen',
] as const;

/** Roles any employer may have besides the industry-specific ones. */
export const GENERIC_ROLES = ['HR-ansvarig', 'rekryteringsansvarig'] as const;


export interface PhraseBank {
  withNeed: readonly string[];
  without: readonly string[];
}

/**
 * Ongoing-contact summaries. Placeholders: `{need}`, `{when}`, `{peak}`, `{person}`, `{role}` (of that person),
 * `{town}`.
 */
export const SUMMARIES: Record<DemoContactKind, PhraseBank> = {
  VISIT: {
    withNeed: [
      'Besök på arbetsplatsen; behov av {need} inför {peak}.',
      'Arbetsplatsbesök hos {person} ({role}). De söker {need} {when}.',
      'Rundvandring i verksamheten tillsammans med {person} ({role}). Konkret behov av {need}, gärna med start {when}.',
    ],
    without: [
      'Uppföljningsbesök hos praktikanten; både handledare och praktikant är nöjda.',
      'Besök på arbetsplatsen för att se över introduktionen av nyanställda.',
      'Träffade {person} på plats och gick igenom hur arbetsträningen fungerar.',
    ],
  },
  PHONE: {
    withNeed: [
      'Telefonsamtal med {person}; de behöver {need} {when}.',
      '{person} ringde och efterfrågade {need} inför {peak}.',
      'Avstämning per telefon. Behovet kvarstår: {need} {when}.',
    ],
    without: [
      'Ringde och stämde av läget. Inget nytt rekryteringsbehov just nu.',
      'Kort samtal med {person} om hur den senast anställda har kommit in i arbetet.',
      'Sökte {person} per telefon; återkommer efter semestern.',
    ],
  },
  EMAIL: {
    withNeed: [
      'Mejl från {person} med en förfrågan om {need}.',
      'Skickade information om anställningsstöd; {person} svarade att de vill rekrytera {need} {when}.',
    ],
    without: [
      'Skickade information om lönebidrag och nystartsjobb till {person}.',
      'Mejlväxling med {person} om datum för nästa avstämning.',
    ],
  },
  MEETING: {
    withNeed: [
      'Möte om kompetensförsörjning med {person}, {role}; de planerar att anställa {need} inför {peak}.',
      'Uppstartsmöte för rekryteringsuppdrag: {need} {when}. Kravprofilen gicks igenom.',
      'Möte med {person} och ledningsgruppen. De vill rekrytera {need} och är öppna för kandidater med kortare erfarenhet.',
    ],
    without: [
      'Avstämningsmöte om pågående matchning; två kandidater presenterades och en går vidare till intervju.',
      'Möte med {person} ({role}) om att ta emot praktikanter från yrkes-sfi.',
      'Uppföljningsmöte kring handledarutbildning för {person}.',
    ],
  },
  EVENT: {
    withNeed: [
      'Träffade {person} på rekryteringsmässan i {town}; intresserade av {need}.',
      'Samtal under näringslivsfrukosten; företaget behöver {need} inför {peak}.',
    ],
    without: [
      'Deltog i företagsträffen i {town}; kort samtal om sommarjobb för ungdomar.',
      '{person} var med på branschträffen och visade intresse för arbetsmarknadsutbildningarna.',
    ],
  },
};

/** Summaries for the oldest contact of an employer; a need, if any, is appended. */
export const FIRST_CONTACTS: readonly (readonly [DemoContactKind, string])[] = [
  ['PHONE', 'Första kontakt per telefon; {person} berättade om verksamheten och rekryteringsläget.'],
  ['EVENT', 'Första kontakt på näringslivsträffen i {town}. Utbytte kontaktuppgifter med {person}.'],
  ['EMAIL', 'Första kontakt via mejl efter tips från näringslivsenheten; presenterade våra tjänster.'],
  ['VISIT', 'Introduktionsbesök; presenterade matchningsstöd och praktik för {person} ({role}).'],
];

/** Summaries for the newest contact of an inactive employer. */
export const CLOSING_CONTACTS: readonly (readonly [DemoContactKind, string])[] = [
  ['PHONE', 'Samtal med {person}: verksamheten har dragit ned och inga rekryteringar planeras i år.'],
  ['EMAIL', '{person} meddelade att de pausar samarbetet tills vidare på grund av omorganisation.'],
  ['MEETING', 'Avslutande möte med {person} ({role}); personalstyrkan är fulltalig och inget behov finns på längre sikt.'],
  ['VISIT', 'Besök på arbetsplatsen; verksamheten ska säljas och ny rekrytering är pausad.'],
];

export const ONGOING_KIND_WEIGHTS: readonly (readonly [DemoContactKind, number])[] = [
  ['PHONE', 30],
  ['VISIT', 25],
  ['EMAIL', 20],
  ['MEETING', 15],
  ['EVENT', 10],
];

/** Chance that an ongoing contact of this kind voices a skill need. */
export const NEED_CHANCE: Record<DemoContactKind, number> = { VISIT: 0.7, MEETING: 0.7, PHONE: 0.5, EMAIL: 0.5, EVENT: 0.4 };

export const STATUS_SHARES: readonly (readonly [DemoEmployerStatus, number])[] = [
  ['ACTIVE', 70],
  ['PROSPECT', 20],
  ['INACTIVE', 10],
];

/** Where the follow-up of the newest contact falls relative to today. */
export type FollowUpCategory = 'overdue' | 'soon' | 'later' | 'none';

/** Dealt round-robin per responsible staff member, so each of them gets a mix (the first three all differ). */
export const FOLLOW_UP_CYCLE: readonly FollowUpCategory[] = ['overdue', 'soon', 'later', 'none', 'later'];

/** Range of `daysAgo` of the newest contact, per follow-up category (overdue needs room before today). */
export const NEWEST_DAYS_AGO: Record<FollowUpCategory, readonly [number, number]> = {
  overdue: [8, 60],
  soon: [0, 25],
  later: [0, 40],
  none: [3, 120],
};

/** Inactive employers were last contacted long ago. */
export const INACTIVE_NEWEST_DAYS_AGO = [150, 300] as const;

export const HISTORY_DAYS = 365;
