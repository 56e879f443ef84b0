/** The demo employers as the generator (demo-employers.ts) gives them: pure data, every date relative to "today". */

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
