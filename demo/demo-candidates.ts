/**
 * Deterministic generator of ~300 plausible, fictional job seekers in Trelleborg and Svedala, each somewhere on the
 * path of docs/domain.md (first contact, first meeting, plan, sector choice, weekly follow-ups, exit). Pure: no database,
 * no framework, no clock and no file reads — every date on the path is relative ("days ago" / "days after first
 * contact"), so the caller anchors the data to its own "today".
 *
 * The data is driven by the banks in {@link ./demo-candidate-templates.ts}: per-sector occupation templates with
 * JobTech concept ids, backgrounds (languages, Swedish level, education) and per-municipality caseload shapes,
 * combined through a seeded {@link DemoRng}; names are faker's Swedish ones for keys drawn from the same stream
 * (demo-identities.ts). Key shares (municipality, background, sector, stage on the path,
 * exit reason) are apportioned exactly rather than drawn, so every seed gives the same mix.
 *
 * The model stores no sex, children, ethnicity, religion or diagnosis, and neither does this generator: names and
 * birth years alone carry the seeds' observation that young single men are the largest group on aid.
 */
import {
  DEMO_BACKGROUNDS,
  DEMO_MUNICIPALITY_PROFILES,
  LANGUAGE,
  LANGUAGE_LEVEL,
  LICENCE,
  MAIL_DOMAINS,
  WORK_LIMITATION_WEIGHTS,
  WORKTIME,
  type DemoBackground,
  type DemoEducationLevel,
  type DemoExitReason,
  type DemoMunicipalityProfile,
  type DemoStage,
  type DemoSwedishLevel,
  type Weighted,
} from './demo-candidate-templates.js';
import { luhnCheckDigit } from './demo-employers.js';
import { DEFAULT_DEMO_SEED, type DemoMunicipality, type DemoSectorCode } from './demo-employer-types.js';
import { fictionalPhoneNumber, firstName as fakerFirstName, lastName as fakerLastName } from './demo-identities.js';
import { buildPath, type DemoPath } from './demo-candidate-path.js';
import { DEMO_SECTOR_TEMPLATES, type DemoOccupationTemplate, type DemoSectorTemplate } from './demo-candidate-sectors.js';
import { DemoRng } from './demo-rng.js';

export type { DemoEducationLevel, DemoExitReason, DemoSwedishLevel } from './demo-candidate-templates.js';

// ---------------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------------

/** A limitation that matters for matching, stated without diagnoses (mirrors the model's WorkLimitation enum). */
export type DemoWorkLimitation = (typeof WORK_LIMITATION_WEIGHTS)[number][0];

/** A fictional job seeker, shaped after the Candidate entity plus the path to seed around it. */
export interface DemoCandidate {
  /** Canonical `YYYYMMDD-NNNN` with a valid Luhn digit; serials 980–999 (Skatteverket's test range); ~10 % samordningsnummer (day + 60). */
  identityNumber: string;
  firstName: string;
  lastName: string;
  /** Principal and home municipality. */
  municipality: DemoMunicipality;
  /** Locality in the municipality (e.g. Anderslöv, Bara). */
  addressArea: string;
  /** From PTS's series for fiction (demo-identities.ts), so it reaches nobody. */
  phone: string | null;
  /** Address at an RFC 2606 `.example` domain. */
  email: string | null;
  /** JobTech language and language-level concept ids; the first language first. */
  languages: Array<{ languageConceptId: string; levelConceptId: string }>;
  swedishLevel: DemoSwedishLevel;
  educationLevel: DemoEducationLevel | null;
  /** JobTech driving-licence concept ids; complete bundles (C comes with B). */
  drivingLicenceConceptIds: string[];
  /** Certificates in Swedish, e.g. "Truckkort A+B", "Hygienbevis", "ID06". */
  certificates: string[];
  /** JobTech occupation-name ids within the wanted sector, with years. */
  experience: Array<{ occupationConceptId: string; years: number }>;
  /** JobTech skill ids related to the SSYK-4 groups of the experience. */
  skillConceptIds: string[];
  /** JobTech occupation-name ids within the wanted sector; empty until a sector is chosen. */
  wantedOccupationConceptIds: string[];
  /** `null` until a sector is chosen. */
  wantedSectorCode: DemoSectorCode | null;
  wantsInternship: boolean;
  /** JobTech worktime-extent ids (full time, part time). */
  wantedWorktimeConceptIds: string[];
  /** Most have none. */
  workLimitations: DemoWorkLimitation[];
  /** Newly arrived (nyanländ): in SFI or its queue. */
  newlyArrived: boolean;
  path: DemoPath;
}

/** The nominal current year, used only to keep years of experience within a person's working life. */
const NOMINAL_YEAR = 2025;

// ---------------------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------------------

interface Draft {
  profile: DemoMunicipalityProfile;
  background: DemoBackground;
  stage: DemoStage;
  exitReason: DemoExitReason | null;
  sector?: DemoSectorTemplate;
}

interface Registry {
  identityNumbers: Set<string>;
  emails: Set<string>;
}

/**
 * Generates ~300 fictional job seekers (240 in Trelleborg, 60 in Svedala).
 *
 * - 45 % newly arrived (Arabic, Kurdish, Dari/Pashto, Somali, Tigrinya, Persian, Ukrainian, Turkish speakers), in
 *   SFI A–D or its queue; the others settled (a third of all Swedish-born, the rest long settled immigrants).
 * - Birth years 1960–2006, most people 20–35; more men's than women's names among the young.
 * - Identity numbers unique and valid, in Skatteverket's test serial range, ~10 % samordningsnummer.
 * - Sectors apportioned over all ten codes, most in care, transport, cleaning, hotel/restaurant and retail; experience,
 *   wanted occupations and skills come from the chosen sector's JobTech occupations.
 * - About 30 % exited (half of the exits to work, ~15 % to studies); among the open cases some without a meeting or
 *   plan yet, some before their sector choice, 10–15 % with an overdue weekly follow-up, and some late plans.
 *
 * Pure and deterministic: the same seed always gives a deep-equal result.
 *
 * @param seed - PRNG seed; defaults to {@link DEFAULT_DEMO_SEED}.
 */
export function demoCandidates(seed: number = DEFAULT_DEMO_SEED): DemoCandidate[] {
  // A stream of its own, so that candidates do not mirror the employers generated from the same seed.
  const rng = new DemoRng(seed ^ 0x5eed_ca4d);
  const drafts: Draft[] = [];
  for (const profile of DEMO_MUNICIPALITY_PROFILES) {
    const backgrounds = rng.shuffle(apportion(DEMO_BACKGROUNDS.map((b) => [b, b.weight] as const), profile.count));
    const stages = rng.shuffle(apportion(profile.stages, profile.count));
    const exits = rng.shuffle(apportion(profile.exitReasons, stages.filter((s) => s === 'EXITED').length));
    backgrounds.forEach((background, i) => {
      const stage = stages[i]!;
      drafts.push({ profile, background, stage, exitReason: stage === 'EXITED' ? exits.pop()! : null });
    });
  }
  // Sectors are apportioned separately among settled and newly arrived people, who choose somewhat differently.
  for (const newlyArrived of [false, true]) {
    const group = drafts.filter((d) => d.background.newlyArrived === newlyArrived);
    const weights = DEMO_SECTOR_TEMPLATES.map((s) => [s, newlyArrived ? s.newlyArrivedWeight : s.weight] as const);
    rng.shuffle(apportion(weights, group.length)).forEach((sector, i) => (group[i]!.sector = sector));
  }
  const registry: Registry = { identityNumbers: new Set(), emails: new Set() };
  return drafts.map((draft) => buildCandidate(rng, registry, draft));
}

function buildCandidate(rng: DemoRng, registry: Registry, draft: Draft): DemoCandidate {
  const { profile, background: bg } = draft;
  const sector = draft.sector!;
  const [fromYear, toYear] = rng.weighted(bg.birthYears);
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const identityNumber = personalIdentity(rng, registry, year, month, day, rng.chance(bg.coordinationNumberShare));
  const firstName = fakerFirstName(rng.chance(year >= 1990 ? bg.youngMenShare : 0.5) ? 'male' : 'female', rng.next());
  const lastName = fakerLastName(rng.next());
  const swedishLevel = rng.weighted(bg.swedish);
  const path = buildPath(rng, draft, swedishLevel);
  const sectorChosen = path.sectorChosenAfterDays !== null;

  // Work experience (at home or in Sweden) within the sector the person is heading for.
  const age = NOMINAL_YEAR - year;
  const occupationWeights = sector.occupations.map((o) => [o, o.weight] as const);
  const experienced = rng.chance(age < 23 ? bg.experience * 0.5 : bg.experience);
  const past = experienced ? pickDistinct(rng, occupationWeights, rng.chance(0.3) ? 2 : 1) : [];
  const experience = past.map((o) => ({
    occupationConceptId: o.id,
    years: rng.int(1, Math.max(1, Math.min(age - 17, rng.pick([2, 3, 5, 8, 12])))),
  }));
  const skillPool = [...new Set(past.flatMap((o) => o.skills))];
  const skillConceptIds = rng.sample(skillPool, rng.int(2, 5));

  const wanted: DemoOccupationTemplate[] = [];
  if (sectorChosen) {
    wanted.push(...past.filter(() => rng.chance(0.75)));
    const others = occupationWeights.filter(([o]) => !wanted.includes(o));
    wanted.push(...pickDistinct(rng, others, Math.max(0, rng.int(1, 3) - wanted.length)));
  }

  const licences = new Set<string>(rng.chance(bg.licenceB) ? [LICENCE.B] : []);
  const certificates = new Set<string>();
  for (const o of past) {
    // A licence from work abroad is often not (yet) valid in Sweden.
    if (o.licences && (!bg.newlyArrived || rng.chance(0.35))) rng.weighted(o.licences).forEach((l) => licences.add(l));
    for (const [name, chance] of o.certificates ?? []) if (rng.chance(chance)) certificates.add(name);
  }
  for (const [name, chance] of sector.courseCertificates ?? []) if (rng.chance(chance)) certificates.add(name);

  const drives = [...past, ...wanted].some((o) => o.driving);
  const limitationWeights = WORK_LIMITATION_WEIGHTS.filter(([l]) => !(drives && l === 'NO_DRIVING'));
  const workLimitations = rng.chance(path.sickListed ? 0.7 : 0.12)
    ? pickDistinct(rng, limitationWeights, rng.chance(0.2) ? 2 : 1)
    : [];
  const wantedWorktimeConceptIds = workLimitations.includes('REDUCED_HOURS')
    ? [WORKTIME.partTime]
    : rng.weighted<string[]>([[[WORKTIME.fullTime], 70], [[WORKTIME.fullTime, WORKTIME.partTime], 22], [[WORKTIME.partTime], 8]]);

  return {
    identityNumber,
    firstName,
    lastName,
    municipality: profile.municipality,
    addressArea: rng.weighted(profile.localities),
    phone: rng.chance(0.96) ? fictionalPhoneNumber(rng) : null,
    email: rng.chance(bg.newlyArrived ? 0.6 : 0.8) ? emailAddress(rng, registry, firstName, lastName, year) : null,
    languages: languages(rng, bg, swedishLevel),
    swedishLevel,
    educationLevel: rng.weighted(bg.education),
    drivingLicenceConceptIds: Object.values(LICENCE).filter((l) => licences.has(l)),
    certificates: [...certificates],
    experience,
    skillConceptIds,
    wantedOccupationConceptIds: wanted.map((o) => o.id),
    wantedSectorCode: sectorChosen ? sector.code : null,
    wantsInternship: rng.chance(bg.newlyArrived ? 0.85 : 0.6),
    wantedWorktimeConceptIds,
    workLimitations,
    newlyArrived: bg.newlyArrived,
    path,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Details
// ---------------------------------------------------------------------------------------------------------------------

/** First language fluently; Swedish at the level reached; further languages by chance. */
function languages(rng: DemoRng, bg: DemoBackground, swedish: DemoSwedishLevel): DemoCandidate['languages'] {
  const out: DemoCandidate['languages'] = [];
  const add = (languageConceptId: string, levelConceptId: string) => {
    if (!out.some((l) => l.languageConceptId === languageConceptId)) out.push({ languageConceptId, levelConceptId });
  };
  add(rng.weighted(bg.firstLanguages), LANGUAGE_LEVEL.fluent);
  const swedishLevel: Partial<Record<DemoSwedishLevel, string>> = {
    SFI_B: LANGUAGE_LEVEL.basic,
    SFI_C: LANGUAGE_LEVEL.basic,
    SFI_D: LANGUAGE_LEVEL.basic,
    SFI_COMPLETED: LANGUAGE_LEVEL.good,
    NATIVE_OR_FLUENT: rng.pick([LANGUAGE_LEVEL.veryGood, LANGUAGE_LEVEL.fluent]),
  };
  if (swedishLevel[swedish]) add(LANGUAGE.swedish, swedishLevel[swedish]);
  for (const [id, chance, levels] of bg.extraLanguages) if (rng.chance(chance)) add(id, rng.weighted(levels));
  return out;
}

/** A unique `YYYYMMDD-NNNN` in Skatteverket's test serial range 980–999; day + 60 for a samordningsnummer. */
function personalIdentity(
  rng: DemoRng,
  registry: Registry,
  year: number,
  month: number,
  day: number,
  coordination: boolean,
): string {
  const date = `${year}${pad2(month)}${pad2(day + (coordination ? 60 : 0))}`;
  for (;;) {
    const serial = String(rng.int(980, 999));
    const id = `${date}-${serial}${luhnCheckDigit(date.slice(2) + serial)}`;
    if (!registry.identityNumbers.has(id)) {
      registry.identityNumbers.add(id);
      return id;
    }
  }
}

function emailAddress(rng: DemoRng, registry: Registry, first: string, last: string, year: number): string {
  const [f, l, yy] = [slug(first), slug(last), String(year).slice(2)];
  const domain = rng.pick(MAIL_DOMAINS);
  const locals = rng.shuffle([`${f}.${l}`, `${f}${l}${yy}`, `${f[0]}.${l}`, `${f}.${l}${yy}`]);
  for (let n = 2; ; n++) {
    const local = locals.find((c) => !registry.emails.has(`${c}@${domain}`)) ?? `${f}.${l}${n}`;
    const email = `${local}@${domain}`;
    if (!registry.emails.has(email)) {
      registry.emails.add(email);
      return email;
    }
  }
}

/** ASCII for a mail address: diacritics stripped, letters NFD does not decompose mapped, anything else dropped. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łđı]/g, (c) => ({ ł: 'l', đ: 'd', ı: 'i' })[c] ?? c)
    .replace(/[^a-z0-9-]/g, '');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Up to `n` distinct values, each drawn by weight from those not yet drawn. */
function pickDistinct<T>(rng: DemoRng, entries: Weighted<T>, n: number): T[] {
  const left = [...entries];
  const out: T[] = [];
  while (out.length < n && left.some(([, w]) => w > 0)) {
    const value = rng.weighted(left);
    out.push(value);
    left.splice(left.findIndex(([v]) => v === value), 1);
  }
  return out;
}

/** Splits `n` into whole counts proportional to the weights (largest remainder), as a flat list of values. */
function apportion<T>(weights: Weighted<T>, n: number): T[] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const exact = weights.map(([, w]) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => [i, e - Math.floor(e)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (let rest = n - counts.reduce((s, c) => s + c, 0), j = 0; rest > 0; rest--, j++) counts[byRemainder[j]![0]]! += 1;
  return weights.flatMap(([value], i) => Array<T>(counts[i]!).fill(value));
}
