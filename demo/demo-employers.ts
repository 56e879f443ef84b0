/**
 * Deterministic generator of plausible, fictional demo employers in Trelleborg and Svedala, with contact persons and
 * a year of contact history. Pure: no database, no framework, no clock — every date is relative ("days ago"), so the
 * caller anchors the data to its own "today".
 *
 * The data is driven by a small set of industry templates (name patterns, SNI 2007 codes, SSYK 2012 codes, sector,
 * typical contact roles) combined with place and phrase banks through a seeded {@link DemoRng}; the contact persons'
 * names and the streets are faker's Swedish ones for keys drawn from the same stream (demo-identities.ts).
 */
import { fictionalPhoneNumber, firstName, lastName, streetName } from './demo-identities.js';
import { DemoRng } from './demo-rng.js';

// ---------------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------------

/** Municipalities the demo covers. */
export type DemoMunicipality = 'Trelleborg' | 'Svedala';

/** Sector-team codes the demo employers are spread over. */
export type DemoSectorCode =
  | 'VARD_OMSORG'
  | 'HANDEL'
  | 'HOTELL_RESTAURANG'
  | 'TRANSPORT_LOGISTIK'
  | 'INDUSTRI'
  | 'BYGG'
  | 'LOKALVARD_FASTIGHET'
  | 'BARN_UTBILDNING'
  | 'GRONA_NARINGAR'
  | 'KONTOR_IT';

/** Keys of the demo staff (business developers and recruiters) that own employers and author contacts. */
export type DemoStaffKey = 'bd.trelleborg.1' | 'bd.trelleborg.2' | 'bd.svedala' | 'recruiter.1' | 'recruiter.2';

/** All demo staff keys, in a stable order. */
export const DEMO_STAFF_KEYS: readonly DemoStaffKey[] = [
  'bd.trelleborg.1',
  'bd.trelleborg.2',
  'bd.svedala',
  'recruiter.1',
  'recruiter.2',
];

/** Seed used by {@link demoEmployers} when none is given. */
export const DEFAULT_DEMO_SEED = 20_240_915;

/** A person at the employer that the administration talks to. */
export interface DemoContactPerson {
  /** First and last name. */
  name: string;
  /** Role at the employer, in Swedish (e.g. "enhetschef", "HR-ansvarig"). */
  role: string;
  /** From PTS's series for fiction (demo-identities.ts), so it reaches nobody. */
  phone: string;
  /** Address at an RFC 2606 `.example` domain, so demo mail never reaches anyone. */
  email: string;
}

/** A recruitment need voiced in a contact. */
export interface DemoSkillNeed {
  /** SSYK 2012 4-digit occupation group code. */
  ssyk4Code: string;
  /** Number of people wanted. */
  headcount: number;
  /** How many days after the contact the people are needed. */
  neededInDays: number;
}

/** How a contact took place. */
export type DemoContactKind = 'VISIT' | 'PHONE' | 'EMAIL' | 'MEETING' | 'EVENT';

/** One entry in an employer's contact history. */
export interface DemoContact {
  /** Days before "today" the contact took place (0 = today). */
  daysAgo: number;
  kind: DemoContactKind;
  /** One or two Swedish sentences. */
  summary: string;
  /** Needs voiced in this contact; may be empty. */
  skillNeeds: DemoSkillNeed[];
  /** Planned follow-up, in days after this contact's date; `null` when none was planned. */
  nextFollowUpInDays: number | null;
  /** Staff member who logged the contact. */
  authorKey: DemoStaffKey;
}

/** Relationship status of a demo employer. */
export type DemoEmployerStatus = 'PROSPECT' | 'ACTIVE' | 'INACTIVE';

/** A fictional employer with contact persons and contact history. */
export interface DemoEmployer {
  /** `NNNNNN-NNNN` with a valid Luhn check digit. */
  organisationNumber: string;
  name: string;
  municipality: DemoMunicipality;
  /** 5-digit SNI 2007 codes, primary first. */
  sniCodes: string[];
  street: string;
  /** `NNN NN`. */
  postalCode: string;
  /** Postal locality (e.g. "Anderslöv", "Bara"). */
  city: string;
  /** Sector-team codes, primary first. */
  sectorCodes: DemoSectorCode[];
  status: DemoEmployerStatus;
  /** Staff member responsible for the employer. */
  responsibleKey: DemoStaffKey;
  /** 1–3 persons. */
  contactPersons: DemoContactPerson[];
  /** 1–6 contacts within the last 365 days, oldest first; only the newest may have an open follow-up that is due. */
  contacts: DemoContact[];
}

// ---------------------------------------------------------------------------------------------------------------------
// Industry templates
// ---------------------------------------------------------------------------------------------------------------------

/** Legal form; decides the first digits of the organisation number. */
type LegalForm = 'AB' | 'PUBLIC' | 'ECONOMIC_ASSOCIATION' | 'NON_PROFIT' | 'PARTNERSHIP';

/** Organisation number prefixes (group number + start of the serial) per legal form; third digit is always >= 2. */
const ORG_PREFIXES: Record<LegalForm, readonly string[]> = {
  AB: ['5560', '5565', '5567', '5569', '5590', '5592'],
  PUBLIC: ['2120'],
  ECONOMIC_ASSOCIATION: ['7696', '7697'],
  NON_PROFIT: ['8024', '8025'],
  PARTNERSHIP: ['9696', '9697'],
};

interface IndustryTemplate {
  key: string;
  sectorCodes: readonly DemoSectorCode[];
  legalForm: LegalForm;
  /**
   * Name patterns: `{P}` place in genitive ("Söderslätts"), `{S}` family name in genitive ("Nilssons"),
   * `{N}` a nature word ("Linden"), `{T}` the postal locality, `{K}` the municipality in genitive ("Trelleborgs").
   */
  names: readonly string[];
  /** SNI 2007 level-5 codes that fit; the first picked is the primary. */
  sni: readonly string[];
  /** SSYK 2012 level-4 codes this kind of employer recruits for. */
  ssyk: readonly string[];
  /** Typical roles of the contact persons. */
  roles: readonly string[];
  /** Busy periods the employer recruits for ("inför {peak}"). */
  peaks: readonly string[];
  /** Restrict to these municipalities. */
  municipalities?: readonly DemoMunicipality[];
  /** Restrict to these postal localities. */
  localities?: readonly string[];
  /** Exactly one employer of this template per (eligible) municipality, always ACTIVE. */
  pinned?: boolean;
}

const TEMPLATES: readonly IndustryTemplate[] = [
  {
    key: 'kommun-vard',
    sectorCodes: ['VARD_OMSORG'],
    legalForm: 'PUBLIC',
    names: ['{K} kommun, vård- och omsorgsförvaltningen'],
    sni: ['84124', '87301', '88101'],
    ssyk: ['5321', '5330', '2221', '5342'],
    roles: ['enhetschef', 'rekryteringsansvarig', 'bemanningssamordnare', 'HR-konsult'],
    peaks: ['sommarsemestrarna', 'julhelgerna'],
    localities: ['Trelleborg', 'Svedala'],
    pinned: true,
  },
  {
    key: 'vardhem',
    sectorCodes: ['VARD_OMSORG'],
    legalForm: 'AB',
    names: ['{P} Vårdhem AB', 'Vårdgården {N} AB', '{P} Omsorg & Hemtjänst AB'],
    sni: ['87301', '88101', '87100'],
    ssyk: ['5321', '5330', '2221'],
    roles: ['enhetschef', 'verksamhetschef', 'samordnare'],
    peaks: ['sommarsemestrarna', 'julhelgerna'],
  },
  {
    key: 'assistans',
    sectorCodes: ['VARD_OMSORG'],
    legalForm: 'AB',
    names: ['{S} Assistans AB', '{P} Personlig Assistans AB', 'Assistansgruppen {N} AB'],
    sni: ['88102', '87302'],
    ssyk: ['5343', '5342', '5321'],
    roles: ['VD', 'samordnare', 'arbetsledare'],
    peaks: ['sommarsemestrarna'],
  },
  {
    key: 'livs',
    sectorCodes: ['HANDEL'],
    legalForm: 'AB',
    names: ['{P} Livs AB', '{S} Livs i {T} AB', 'Handelsboden {N} AB'],
    sni: ['47112', '47111'],
    ssyk: ['5222', '5230', '9332'],
    roles: ['butikschef', 'handlare', 'ställföreträdande butikschef'],
    peaks: ['julhandeln', 'sommarsäsongen'],
  },
  {
    key: 'jarnhandel',
    sectorCodes: ['HANDEL'],
    legalForm: 'AB',
    names: ['{P} Järn & Bygghandel AB', '{S} Järnhandel AB'],
    sni: ['47522', '47521'],
    ssyk: ['5223', '4322', '8344'],
    roles: ['butikschef', 'VD', 'inköpsansvarig'],
    peaks: ['vårsäsongen', 'trädgårdssäsongen'],
  },
  {
    key: 'hotell',
    sectorCodes: ['HOTELL_RESTAURANG'],
    legalForm: 'AB',
    names: ['{P} Hotell & Konferens AB', 'Hotell {N} i {T} AB', 'Gästgiveriet {N} AB'],
    sni: ['55101', '55102'],
    ssyk: ['4224', '5131', '5120', '9111'],
    roles: ['hotellchef', 'VD', 'köksmästare'],
    peaks: ['sommarsäsongen', 'julbordssäsongen'],
  },
  {
    key: 'restaurang',
    sectorCodes: ['HOTELL_RESTAURANG'],
    legalForm: 'AB',
    names: ['{P} Kök & Catering AB', 'Restaurang {N} i {T} AB', 'Café {N} AB'],
    sni: ['56100', '56210', '56293'],
    ssyk: ['5120', '9412', '5131', '9413'],
    roles: ['restaurangchef', 'köksmästare', 'VD'],
    peaks: ['sommarsäsongen', 'julbordssäsongen'],
  },
  {
    key: 'hamnlogistik',
    sectorCodes: ['TRANSPORT_LOGISTIK'],
    legalForm: 'AB',
    names: ['{P} Hamnlogistik AB', '{P} Terminal & Lager AB', 'Östersjö Stuveri {T} AB'],
    sni: ['52241', '52100', '52249'],
    ssyk: ['9331', '4322', '8344', '4321'],
    roles: ['platschef', 'terminalchef', 'skiftledare'],
    peaks: ['julhandeln', 'högsäsongen i färjetrafiken'],
    localities: ['Trelleborg'],
  },
  {
    key: 'flygfrakt',
    sectorCodes: ['TRANSPORT_LOGISTIK'],
    legalForm: 'AB',
    names: ['{P} Flygfrakt & Logistik AB', 'Sturupsslättens Lager AB'],
    sni: ['52230', '52100'],
    ssyk: ['9332', '4322', '8344'],
    roles: ['platschef', 'lagerchef', 'skiftledare'],
    peaks: ['julhandeln', 'sommarens charterperiod'],
    municipalities: ['Svedala'],
    localities: ['Svedala'],
  },
  {
    key: 'akeri',
    sectorCodes: ['TRANSPORT_LOGISTIK'],
    legalForm: 'AB',
    names: ['{S} Åkeri AB', '{P} Transport & Åkeri AB'],
    sni: ['49410', '52290'],
    ssyk: ['8332', '4323', '8344'],
    roles: ['VD', 'trafikledare', 'åkeriägare'],
    peaks: ['skördesäsongen', 'julhandeln'],
  },
  {
    key: 'bageri',
    sectorCodes: ['INDUSTRI', 'HANDEL'],
    legalForm: 'AB',
    names: ['{P} Bageri AB', '{S} Hembageri AB', '{P} Bröd & Konditori AB'],
    sni: ['10710', '47241', '10722'],
    ssyk: ['7612', '8163', '9413', '8181'],
    roles: ['bagarmästare', 'produktionschef', 'VD'],
    peaks: ['julhandeln', 'påskhandeln'],
  },
  {
    key: 'verkstad',
    sectorCodes: ['INDUSTRI'],
    legalForm: 'AB',
    names: ['{P} Mekaniska Verkstad AB', '{P} Industriplåt AB', '{S} Svets & Smide AB'],
    sni: ['25620', '25110', '28290'],
    ssyk: ['7212', '7223', '7233', '8213'],
    roles: ['produktionschef', 'VD', 'verkstadschef'],
    peaks: ['en ny orderperiod', 'höstens produktionstopp'],
  },
  {
    key: 'forpackning',
    sectorCodes: ['INDUSTRI'],
    legalForm: 'AB',
    names: ['{P} Förpackning AB', '{P} Plastindustri AB'],
    sni: ['22220', '22290', '82920'],
    ssyk: ['8142', '8181', '9320'],
    roles: ['fabrikschef', 'skiftledare', 'produktionschef'],
    peaks: ['höstens produktionstopp', 'ett nytt skiftlag'],
  },
  {
    key: 'bygg',
    sectorCodes: ['BYGG'],
    legalForm: 'AB',
    names: ['{P} Bygg & Anläggning AB', '{S} Bygg i {T} AB', '{P} Mark & Schakt AB'],
    sni: ['41200', '43120', '42110'],
    ssyk: ['7111', '7114', '8342', '9310'],
    roles: ['platschef', 'arbetsledare', 'VD'],
    peaks: ['byggsäsongen', 'vårens projektstart'],
  },
  {
    key: 'installation',
    sectorCodes: ['BYGG'],
    legalForm: 'AB',
    names: ['{S} El & VVS AB', '{P} Installationsteknik AB'],
    sni: ['43210', '43221', '43222'],
    ssyk: ['7411', '7125', '7126'],
    roles: ['VD', 'servicechef', 'arbetsledare'],
    peaks: ['byggsäsongen', 'ett större nybyggnadsprojekt'],
  },
  {
    key: 'stad',
    sectorCodes: ['LOKALVARD_FASTIGHET'],
    legalForm: 'AB',
    names: ['{P} Städ & Fönsterputs AB', '{P} Lokalvård AB', 'Rent & Fint i {T} AB'],
    sni: ['81210', '81221'],
    ssyk: ['9111', '9120', '5151'],
    roles: ['VD', 'arbetsledare', 'områdesansvarig'],
    peaks: ['sommarens storstädningar', 'ett nytt kontorsavtal'],
  },
  {
    key: 'fastighet',
    sectorCodes: ['LOKALVARD_FASTIGHET'],
    legalForm: 'AB',
    names: ['{P} Fastighetsservice AB', '{P} Bostäder AB'],
    sni: ['68201', '81100', '81300'],
    ssyk: ['5152', '9622', '6113'],
    roles: ['förvaltare', 'driftchef', 'VD'],
    peaks: ['vinterns snöröjning', 'sommarens skötsel av grönytor'],
  },
  {
    key: 'forskola',
    sectorCodes: ['BARN_UTBILDNING'],
    legalForm: 'AB',
    names: ['Förskolan {N} i {T} AB', '{P} Montessoriförskola AB'],
    sni: ['85100'],
    ssyk: ['2343', '5311', '9412'],
    roles: ['rektor', 'biträdande rektor', 'administratör'],
    peaks: ['höstterminen', 'vårterminen'],
  },
  {
    key: 'foraldrakooperativ',
    sectorCodes: ['BARN_UTBILDNING'],
    legalForm: 'ECONOMIC_ASSOCIATION',
    names: ['Föräldrakooperativet {N} i {T} ek. för.'],
    sni: ['85100', '88910'],
    ssyk: ['2343', '5311'],
    roles: ['ordförande', 'rektor', 'personalansvarig'],
    peaks: ['höstterminen', 'vårterminen'],
  },
  {
    key: 'fritidsforening',
    sectorCodes: ['BARN_UTBILDNING'],
    legalForm: 'NON_PROFIT',
    names: ['Föreningen {P} Fritid & Läxhjälp', 'Ungdomsföreningen {N} i {T}'],
    sni: ['85593', '88991'],
    ssyk: ['3423', '5312', '2342'],
    roles: ['verksamhetsledare', 'ordförande'],
    peaks: ['sommarlovet', 'höstterminen'],
  },
  {
    key: 'odling',
    sectorCodes: ['GRONA_NARINGAR'],
    legalForm: 'AB',
    names: ['{P} Grönsaksodling AB', '{P} Växthus AB'],
    sni: ['01133', '01134', '01191'],
    ssyk: ['6112', '9210', '8181'],
    roles: ['odlingsansvarig', 'VD', 'arbetsledare'],
    peaks: ['skördesäsongen', 'planteringen i vår'],
    localities: ['Anderslöv', 'Smygehamn', 'Bara', 'Klågerup'],
  },
  {
    key: 'lantbruk',
    sectorCodes: ['GRONA_NARINGAR'],
    legalForm: 'PARTNERSHIP',
    names: ['{S} Lantbruk HB', '{P} Gård & Maskin HB'],
    sni: ['01500', '01110', '01462'],
    ssyk: ['6121', '8341', '6130'],
    roles: ['ägare', 'driftledare'],
    peaks: ['skördesäsongen', 'sockerbetskampanjen'],
    localities: ['Anderslöv', 'Smygehamn', 'Bara', 'Klågerup'],
  },
  {
    key: 'tradgardsanlaggning',
    sectorCodes: ['GRONA_NARINGAR', 'LOKALVARD_FASTIGHET'],
    legalForm: 'AB',
    names: ['{P} Trädgårdsanläggning AB', '{S} Trädgård & Mark AB'],
    sni: ['81300', '43999'],
    ssyk: ['6113', '8342', '9310'],
    roles: ['VD', 'arbetsledare'],
    peaks: ['vårsäsongen', 'sommarens skötselperiod'],
  },
  {
    key: 'it',
    sectorCodes: ['KONTOR_IT'],
    legalForm: 'AB',
    names: ['{P} IT-partner AB', 'Kodverkstan {T} AB', '{P} Datakonsult AB'],
    sni: ['62020', '62010', '62030'],
    ssyk: ['2512', '3512', '2511'],
    roles: ['VD', 'teknisk chef', 'HR-ansvarig'],
    peaks: ['ett nytt kunduppdrag', 'nästa projektstart'],
  },
  {
    key: 'redovisning',
    sectorCodes: ['KONTOR_IT'],
    legalForm: 'AB',
    names: ['{P} Redovisning & Lön AB', '{S} Bokföringsbyrå AB'],
    sni: ['69201'],
    ssyk: ['4111', '4112', '3313'],
    roles: ['byråchef', 'VD', 'redovisningskonsult'],
    peaks: ['bokslutsperioden', 'deklarationsperioden'],
  },
  {
    key: 'kundservice',
    sectorCodes: ['KONTOR_IT'],
    legalForm: 'AB',
    names: ['{P} Kundservice AB', 'Kontaktcenter {N} AB'],
    sni: ['82200'],
    ssyk: ['4222', '4114'],
    roles: ['kundtjänstchef', 'teamledare', 'HR-ansvarig'],
    peaks: ['en ny kundkampanj', 'julhandeln'],
  },
];

/**
 * Swedish wording of the SSYK-4 groups the templates use: `[one with article, plural]`.
 * (Some nouns are ett-words: "ett vårdbiträde".)
 */
const OCCUPATION_WORDS: Record<string, readonly [string, string]> = {
  '2221': ['en sjuksköterska', 'sjuksköterskor'],
  '2342': ['en fritidspedagog', 'fritidspedagoger'],
  '2343': ['en förskollärare', 'förskollärare'],
  '2511': ['en systemarkitekt', 'systemarkitekter'],
  '2512': ['en systemutvecklare', 'systemutvecklare'],
  '3313': ['en redovisningsekonom', 'redovisningsekonomer'],
  '3423': ['en fritidsledare', 'fritidsledare'],
  '3512': ['en supporttekniker', 'supporttekniker'],
  '4111': ['en ekonomiassistent', 'ekonomiassistenter'],
  '4112': ['en löneadministratör', 'löneadministratörer'],
  '4114': ['en försäljningsassistent', 'försäljningsassistenter'],
  '4222': ['en kundtjänstmedarbetare', 'kundtjänstmedarbetare'],
  '4224': ['en hotellreceptionist', 'hotellreceptionister'],
  '4321': ['en lagerarbetsledare', 'lagerarbetsledare'],
  '4322': ['en lagerarbetare', 'lagerarbetare'],
  '4323': ['en transportledare', 'transportledare'],
  '5120': ['en kock', 'kockar'],
  '5131': ['en servitör', 'servitörer'],
  '5151': ['en städledare', 'städledare'],
  '5152': ['en fastighetsskötare', 'fastighetsskötare'],
  '5222': ['en butikssäljare', 'butikssäljare'],
  '5223': ['en säljare i fackhandeln', 'säljare i fackhandeln'],
  '5230': ['ett kassabiträde', 'kassabiträden'],
  '5311': ['en barnskötare', 'barnskötare'],
  '5312': ['en elevassistent', 'elevassistenter'],
  '5321': ['en undersköterska', 'undersköterskor'],
  '5330': ['ett vårdbiträde', 'vårdbiträden'],
  '5342': ['en boendestödjare', 'boendestödjare'],
  '5343': ['en personlig assistent', 'personliga assistenter'],
  '6112': ['en trädgårdsodlare', 'trädgårdsodlare'],
  '6113': ['en trädgårdsanläggare', 'trädgårdsanläggare'],
  '6121': ['en djurskötare', 'djurskötare'],
  '6130': ['en lantbruksarbetare', 'lantbruksarbetare'],
  '7111': ['en snickare', 'snickare'],
  '7114': ['en anläggningsarbetare', 'anläggningsarbetare'],
  '7125': ['en VVS-montör', 'VVS-montörer'],
  '7126': ['en kyl- och värmepumpstekniker', 'kyl- och värmepumpstekniker'],
  '7212': ['en svetsare', 'svetsare'],
  '7223': ['en CNC-operatör', 'CNC-operatörer'],
  '7233': ['en underhållsmekaniker', 'underhållsmekaniker'],
  '7411': ['en elektriker', 'elektriker'],
  '7612': ['en bagare', 'bagare'],
  '8142': ['en maskinoperatör i plastindustrin', 'maskinoperatörer i plastindustrin'],
  '8163': ['en maskinoperatör i bageriet', 'maskinoperatörer i bageriet'],
  '8181': ['en packare', 'packare'],
  '8213': ['en montör', 'montörer'],
  '8332': ['en lastbilschaufför', 'lastbilschaufförer'],
  '8341': ['en traktorförare', 'traktorförare'],
  '8342': ['en anläggningsmaskinförare', 'anläggningsmaskinförare'],
  '8344': ['en truckförare', 'truckförare'],
  '9111': ['en städare', 'städare'],
  '9120': ['en fönsterputsare', 'fönsterputsare'],
  '9210': ['en bärplockare', 'bärplockare'],
  '9310': ['en grovarbetare', 'grovarbetare'],
  '9320': ['en fabriksarbetare', 'fabriksarbetare'],
  '9331': ['en hamnarbetare', 'hamnarbetare'],
  '9332': ['en varupåfyllare', 'varupåfyllare'],
  '9412': ['ett restaurangbiträde', 'restaurangbiträden'],
  '9413': ['ett kafébiträde', 'kafébiträden'],
  '9622': ['en vaktmästare', 'vaktmästare'],
};

const NUMBER_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta'] as const;

// ---------------------------------------------------------------------------------------------------------------------
// Geography and phrase banks
// ---------------------------------------------------------------------------------------------------------------------

interface Locality {
  city: string;
  /** Relative weight of employers located here. */
  weight: number;
  /** Place words in genitive for `{P}`. */
  places: readonly string[];
  /** The locality's postal codes. */
  postalCodes: readonly string[];
}

interface MunicipalityProfile {
  municipality: DemoMunicipality;
  /** Municipality name in genitive for `{K}`. */
  genitive: string;
  employerCount: number;
  localities: readonly Locality[];
  /** Relative weights of who is responsible for employers here. */
  responsibleWeights: readonly (readonly [DemoStaffKey, number])[];
}

const MUNICIPALITIES: readonly MunicipalityProfile[] = [
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

const FAMILY_GENITIVES = [
  'Nilssons', 'Mårtenssons', 'Hanssons', 'Jönssons', 'Pålssons', 'Bengtssons',
  'Lindbergs', 'Ekströms', 'Håkanssons', 'Nowaks', 'Demirs', 'Haddads',
] as const;

const NATURE_WORDS = [
  'Vallmon', 'Linden', 'Kastanjen', 'Solrosen', 'Måsen', 'Tärnan', 'Ängen',
  'Bokskogen', 'Ekorren', 'Snäckan', 'Fyren', 'Ljungen', 'Hjorten', 'Pilen',
] as const;

/** Roles any employer may have besides the industry-specific ones. */
const GENERIC_ROLES = ['HR-ansvarig', 'rekryteringsansvarig'] as const;


interface PhraseBank {
  withNeed: readonly string[];
  without: readonly string[];
}

/**
 * Ongoing-contact summaries. Placeholders: `{need}`, `{when}`, `{peak}`, `{person}`, `{role}` (of that person),
 * `{town}`.
 */
const SUMMARIES: Record<DemoContactKind, PhraseBank> = {
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
const FIRST_CONTACTS: readonly (readonly [DemoContactKind, string])[] = [
  ['PHONE', 'Första kontakt per telefon; {person} berättade om verksamheten och rekryteringsläget.'],
  ['EVENT', 'Första kontakt på näringslivsträffen i {town}. Utbytte kontaktuppgifter med {person}.'],
  ['EMAIL', 'Första kontakt via mejl efter tips från näringslivsenheten; presenterade våra tjänster.'],
  ['VISIT', 'Introduktionsbesök; presenterade matchningsstöd och praktik för {person} ({role}).'],
];

/** Summaries for the newest contact of an inactive employer. */
const CLOSING_CONTACTS: readonly (readonly [DemoContactKind, string])[] = [
  ['PHONE', 'Samtal med {person}: verksamheten har dragit ned och inga rekryteringar planeras i år.'],
  ['EMAIL', '{person} meddelade att de pausar samarbetet tills vidare på grund av omorganisation.'],
  ['MEETING', 'Avslutande möte med {person} ({role}); personalstyrkan är fulltalig och inget behov finns på längre sikt.'],
  ['VISIT', 'Besök på arbetsplatsen; verksamheten ska säljas och ny rekrytering är pausad.'],
];

const ONGOING_KIND_WEIGHTS: readonly (readonly [DemoContactKind, number])[] = [
  ['PHONE', 30],
  ['VISIT', 25],
  ['EMAIL', 20],
  ['MEETING', 15],
  ['EVENT', 10],
];

/** Chance that an ongoing contact of this kind voices a skill need. */
const NEED_CHANCE: Record<DemoContactKind, number> = { VISIT: 0.7, MEETING: 0.7, PHONE: 0.5, EMAIL: 0.5, EVENT: 0.4 };

const STATUS_SHARES: readonly (readonly [DemoEmployerStatus, number])[] = [
  ['ACTIVE', 70],
  ['PROSPECT', 20],
  ['INACTIVE', 10],
];

/** Where the follow-up of the newest contact falls relative to today. */
type FollowUpCategory = 'overdue' | 'soon' | 'later' | 'none';

/** Dealt round-robin per responsible staff member, so each of them gets a mix (the first three all differ). */
const FOLLOW_UP_CYCLE: readonly FollowUpCategory[] = ['overdue', 'soon', 'later', 'none', 'later'];

/** Range of `daysAgo` of the newest contact, per follow-up category (overdue needs room before today). */
const NEWEST_DAYS_AGO: Record<FollowUpCategory, readonly [number, number]> = {
  overdue: [8, 60],
  soon: [0, 25],
  later: [0, 40],
  none: [3, 120],
};

/** Inactive employers were last contacted long ago. */
const INACTIVE_NEWEST_DAYS_AGO = [150, 300] as const;

const HISTORY_DAYS = 365;

// ---------------------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Generates ~40 fictional employers (26 in Trelleborg, 14 in Svedala) with contact persons and up to a year of
 * contact history.
 *
 * - Organisation numbers are unique, `NNNNNN-NNNN`, with a correct Luhn check digit and a legal-form prefix
 *   (5 aktiebolag, 2 public body, 7 economic association, 8 non-profit, 9 partnership).
 * - SNI 2007 and SSYK 2012 codes come from the JobTech taxonomy and fit the industry.
 * - Status is mostly ACTIVE, some PROSPECT, a few INACTIVE.
 * - Each staff member's employers get a mix of follow-ups on their newest contact: overdue, due within 7 days,
 *   due later, or none (INACTIVE employers never have one).
 *
 * Pure and deterministic: the same seed always gives a deep-equal result.
 *
 * @param seed - PRNG seed; defaults to {@link DEFAULT_DEMO_SEED}.
 */
export function demoEmployers(seed: number = DEFAULT_DEMO_SEED): DemoEmployer[] {
  const rng = new DemoRng(seed);
  const registry: Registry = { orgNumbers: new Set(), names: new Set() };
  const followUpCounters = new Map<DemoStaffKey, number>();
  const employers: DemoEmployer[] = [];

  for (const profile of MUNICIPALITIES) {
    const templates = planTemplates(rng, profile);
    const statuses = rng.shuffle(apportion(STATUS_SHARES, templates.length - templates.filter((t) => t.pinned).length));
    const responsibles = rng.shuffle(apportion(profile.responsibleWeights, templates.length));

    templates.forEach((template, i) => {
      const status: DemoEmployerStatus = template.pinned ? 'ACTIVE' : statuses.shift()!;
      const responsibleKey = responsibles[i]!;
      let followUp: FollowUpCategory = 'none';
      if (status !== 'INACTIVE') {
        const n = followUpCounters.get(responsibleKey) ?? 0;
        followUp = FOLLOW_UP_CYCLE[n % FOLLOW_UP_CYCLE.length]!;
        followUpCounters.set(responsibleKey, n + 1);
      }
      employers.push(buildEmployer(rng, registry, profile, template, status, responsibleKey, followUp));
    });
  }
  return employers;
}

interface Registry {
  orgNumbers: Set<string>;
  names: Set<string>;
}

/** Pinned templates first, then a shuffled deck of the eligible ones, reshuffled when exhausted. */
function planTemplates(rng: DemoRng, profile: MunicipalityProfile): IndustryTemplate[] {
  const cities = profile.localities.map((l) => l.city);
  const eligible = TEMPLATES.filter(
    (t) =>
      (!t.municipalities || t.municipalities.includes(profile.municipality)) &&
      (!t.localities || t.localities.some((c) => cities.includes(c))),
  );
  const plan = eligible.filter((t) => t.pinned);
  const deck = eligible.filter((t) => !t.pinned);
  while (plan.length < profile.employerCount) {
    plan.push(...rng.shuffle(deck).slice(0, profile.employerCount - plan.length));
  }
  return plan;
}

/** Splits `n` into whole counts proportional to the weights (largest remainder), as a flat list of values. */
function apportion<T>(weights: readonly (readonly [T, number])[], n: number): T[] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const exact = weights.map(([value, w]) => ({ value, exact: (w / total) * n }));
  const counts = exact.map((e) => Math.floor(e.exact));
  let rest = n - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, rem: e.exact - Math.floor(e.exact) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (rest-- <= 0) break;
    counts[i]! += 1;
  }
  return exact.flatMap((e, i) => Array<T>(counts[i]!).fill(e.value));
}

function buildEmployer(
  rng: DemoRng,
  registry: Registry,
  profile: MunicipalityProfile,
  template: IndustryTemplate,
  status: DemoEmployerStatus,
  responsibleKey: DemoStaffKey,
  followUp: FollowUpCategory,
): DemoEmployer {
  const localities = profile.localities.filter((l) => !template.localities || template.localities.includes(l.city));
  const locality = rng.weighted(localities.map((l) => [l, l.weight] as const));
  // one key for the street and its postal code
  const address = rng.next();
  const postalCode = locality.postalCodes[Math.floor(address * locality.postalCodes.length)]!;
  const street = `${streetName(address)} ${rng.int(1, 48)}${rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : ''}`;
  const name = uniqueName(rng, registry, template, profile, locality);
  // Usually the template's main code is primary; sometimes another fitting one; sometimes a secondary code too.
  const primarySni = rng.chance(0.7) ? template.sni[0]! : rng.pick(template.sni);
  const otherSni = template.sni.filter((c) => c !== primarySni);
  const sniCodes = [primarySni, ...(rng.chance(0.4) ? rng.sample(otherSni, 1) : [])];
  const domain = emailDomain(name);
  // The main contact has an industry role; others may be HR/recruitment.
  const mainRole = rng.pick(template.roles);
  const otherRoles = [...new Set([...template.roles, ...GENERIC_ROLES])].filter((r) => r !== mainRole);
  const roles = [mainRole, ...rng.sample(otherRoles, rng.int(0, 2))];
  const usedNames = new Set<string>();
  const contactPersons = roles.map((role) => contactPerson(rng, usedNames, role, domain));

  return {
    organisationNumber: organisationNumber(rng, registry, template.legalForm),
    name,
    municipality: profile.municipality,
    sniCodes,
    street,
    postalCode,
    city: locality.city,
    sectorCodes: [...template.sectorCodes],
    status,
    responsibleKey,
    contactPersons,
    contacts: contactHistory(rng, profile, template, status, responsibleKey, followUp, contactPersons, locality.city),
  };
}

function uniqueName(
  rng: DemoRng,
  registry: Registry,
  template: IndustryTemplate,
  profile: MunicipalityProfile,
  locality: Locality,
): string {
  const fill = (pattern: string) =>
    pattern
      .replace('{P}', rng.pick(locality.places))
      .replace('{S}', rng.pick(FAMILY_GENITIVES))
      .replace('{N}', rng.pick(NATURE_WORDS))
      .replace('{T}', locality.city)
      .replace('{K}', profile.genitive);
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = fill(rng.pick(template.names));
    if (!registry.names.has(name)) {
      registry.names.add(name);
      return name;
    }
  }
  throw new Error(`Demo template "${template.key}" has too few name variants for ${locality.city}`);
}

/** Luhn check digit for a 9-digit string (weights 2,1,2,… from the left), as used in Swedish organisation numbers. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`Expected 9 digits, got "${nineDigits}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

function organisationNumber(rng: DemoRng, registry: Registry, form: LegalForm): string {
  for (;;) {
    const prefix = rng.pick(ORG_PREFIXES[form]);
    let body = prefix;
    while (body.length < 9) body += String(rng.int(0, 9));
    const digits = body + String(luhnCheckDigit(body));
    const formatted = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    if (!registry.orgNumbers.has(formatted)) {
      registry.orgNumbers.add(formatted);
      return formatted;
    }
  }
}

/** ASCII slug: lower case, diacritics stripped, anything else collapsed to single hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łđøæı]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ı: 'i' })[c] ?? c)
    .replace(/&/g, ' och ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Trelleborgs Hamnlogistik AB" → `trelleborgs-hamnlogistik.example`; a public body uses the part before the comma. */
function emailDomain(companyName: string): string {
  const base = companyName
    .split(',')[0]!
    .replace(/\s+(AB|HB|ek\. för\.)$/u, '')
    .replace(/^Föreningen\s+/u, '');
  return `${slug(base)}.example`;
}

function contactPerson(
  rng: DemoRng,
  usedNames: Set<string>,
  role: string,
  domain: string,
): DemoContactPerson {
  let first: string;
  let last: string;
  do {
    first = firstName(rng.chance(0.5) ? 'female' : 'male', rng.next());
    last = lastName(rng.next());
  } while (usedNames.has(`${first} ${last}`));
  usedNames.add(`${first} ${last}`);
  return { name: `${first} ${last}`, role, phone: fictionalPhoneNumber(rng), email: `${slug(first)}.${slug(last)}@${domain}` };
}

interface PhraseContext {
  person: DemoContactPerson;
  town: string;
  peak: string;
  needs: DemoSkillNeed[];
}

function contactHistory(
  rng: DemoRng,
  profile: MunicipalityProfile,
  template: IndustryTemplate,
  status: DemoEmployerStatus,
  responsibleKey: DemoStaffKey,
  followUp: FollowUpCategory,
  persons: DemoContactPerson[],
  town: string,
): DemoContact[] {
  const count = status === 'ACTIVE' ? rng.int(2, 6) : status === 'PROSPECT' ? rng.int(1, 2) : rng.int(1, 3);
  const newest = rng.int(...(status === 'INACTIVE' ? INACTIVE_NEWEST_DAYS_AGO : NEWEST_DAYS_AGO[followUp]));
  // Older contacts spread out before the newest; prospects are recent acquaintances.
  const oldest = status === 'PROSPECT' ? Math.min(HISTORY_DAYS, newest + 120) : HISTORY_DAYS;
  const olderDays = rng
    .sample(range(newest + 1, oldest), count - 1)
    .sort((a, b) => b - a);
  const days = [...olderDays, newest];
  const staff = [...new Set(profile.responsibleWeights.map(([k]) => k))];
  const usedTexts = new Set<string>();
  /** Prefer a phrase not yet used for this employer. */
  const pickText = <T>(options: readonly T[], text: (o: T) => string): T => {
    const fresh = options.filter((o) => !usedTexts.has(text(o)));
    const chosen = rng.pick(fresh.length > 0 ? fresh : options);
    usedTexts.add(text(chosen));
    return chosen;
  };

  return days.map((daysAgo, i) => {
    const isFirst = i === 0;
    const isLast = i === days.length - 1;
    const closing = isLast && status === 'INACTIVE';
    const ctx: Omit<PhraseContext, 'needs'> = { person: rng.pick(persons), town, peak: rng.pick(template.peaks) };

    let kind: DemoContactKind;
    let text: string;
    let needs: DemoSkillNeed[] = [];
    if (closing) {
      [kind, text] = pickText(CLOSING_CONTACTS, ([, t]) => t);
    } else if (isFirst) {
      [kind, text] = pickText(FIRST_CONTACTS, ([, t]) => t);
      if (rng.chance(0.4)) {
        needs = skillNeeds(rng, template);
        text += ' Nämnde ett kommande behov av {need}.';
      }
    } else {
      kind = rng.weighted(ONGOING_KIND_WEIGHTS);
      if (rng.chance(NEED_CHANCE[kind])) needs = skillNeeds(rng, template);
      text = pickText(needs.length > 0 ? SUMMARIES[kind].withNeed : SUMMARIES[kind].without, (t) => t);
    }

    let nextFollowUpInDays: number | null = null;
    if (!isLast) {
      // Sometimes a follow-up was planned; it always fell due no later than the next contact, which closed it.
      const gap = daysAgo - days[i + 1]!;
      if (rng.chance(0.6)) nextFollowUpInDays = gap <= 60 ? gap - rng.int(0, Math.min(3, gap - 1)) : rng.int(14, 45);
    } else if (!closing) {
      nextFollowUpInDays = newestFollowUp(rng, followUp, daysAgo);
    }

    return {
      daysAgo,
      kind,
      summary: phrase(text, { ...ctx, needs }),
      skillNeeds: needs,
      nextFollowUpInDays,
      authorKey: rng.chance(0.75) ? responsibleKey : rng.pick(staff),
    };
  });
}

/** Follow-up (days after the contact) such that its due date relative to today falls in `category`. */
function newestFollowUp(rng: DemoRng, category: FollowUpCategory, daysAgo: number): number | null {
  switch (category) {
    case 'overdue':
      return daysAgo - rng.int(1, Math.min(21, daysAgo - 1)); // due 1–21 days ago, still >= 1 day after the contact
    case 'soon':
      return daysAgo + rng.int(daysAgo === 0 ? 1 : 0, 7); // due today … in 7 days
    case 'later':
      return daysAgo + rng.int(8, 60);
    case 'none':
      return null;
  }
}

function skillNeeds(rng: DemoRng, template: IndustryTemplate): DemoSkillNeed[] {
  return rng.sample(template.ssyk, rng.chance(0.8) ? 1 : 2).map((ssyk4Code) => ({
    ssyk4Code,
    headcount: rng.chance(0.15) ? rng.int(4, 8) : rng.int(1, 3),
    neededInDays: rng.pick([7, 14, 21, 30, 45, 60, 90, 120]),
  }));
}

function phrase(text: string, ctx: PhraseContext): string {
  const need = ctx.needs
    .map(({ ssyk4Code, headcount }) => {
      const words = OCCUPATION_WORDS[ssyk4Code];
      if (!words) throw new Error(`No Swedish wording for SSYK ${ssyk4Code}; add it to OCCUPATION_WORDS`);
      const [one, many] = words;
      return headcount === 1 ? one : `${NUMBER_WORDS[headcount] ?? headcount} ${many}`;
    })
    .join(' och ');
  const soonest = Math.min(...ctx.needs.map((n) => n.neededInDays));
  const when =
    soonest <= 14
      ? 'så snart som möjligt'
      : soonest <= 45
        ? 'inom en månad'
        : soonest <= 90
          ? 'inom ett par månader'
          : 'på längre sikt';
  const filled = text
    .replaceAll('{need}', need)
    .replaceAll('{when}', when)
    .replaceAll('{peak}', ctx.peak)
    .replaceAll('{person}', ctx.person.name)
    .replaceAll('{role}', ctx.person.role)
    .replaceAll('{town}', ctx.town);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
