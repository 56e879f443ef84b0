/**
 * Deterministic generator of the demo's openings: jobs (unsubsidised and subsidised), internships (praktik) and a
 * sector SFI workplace-learning place at the demo employers of both municipalities. Pure: no database, no framework,
 * no clock — every date is relative to "today" (days from today, negative in the past), so the caller anchors the
 * data to its own today.
 *
 * The openings are written out by hand ({@link DEMO_OPENING_TEMPLATES}) and placed at the generated employers
 * ({@link ./demo-employers.ts}) by municipality, sector and industry (SNI), so that each sits at a fitting workplace.
 * Some are taken from a skill need an employer voiced in a contact, as `createOpeningFromSkillNeed` does: the need's
 * headcount and date unless the template says otherwise.
 *
 * Occupations and skills are the JobTech ids the demo job seekers carry ({@link DEMO_SECTOR_TEMPLATES}), so that a
 * ranking has real matches, near misses and people excluded with reasons; every skill is among the related skills
 * of the occupation's SSYK-4 group (ssyk-level-4-groups-with-related-skills.json). demo-openings.spec.ts checks each
 * id against the files in taxonomy/jobtech/. Nothing is read at run time.
 */
import { LICENCE, WORKTIME, type DemoSwedishLevel } from './demo-candidate-templates.js';
import { demoEmployers } from './demo-employers.js';
import { DEFAULT_DEMO_SEED, type DemoEmployer, type DemoMunicipality, type DemoSectorCode } from './demo-employer-types.js';
import { fictionalPhoneNumber } from './demo-identities.js';
import { DemoRng } from './demo-rng.js';

// ---------------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------------

/** What kind of place an opening offers, mirroring the opening model's OpeningKind enum. */
export type DemoOpeningKind = 'JOB_UNSUBSIDISED' | 'JOB_SUBSIDISED' | 'INTERNSHIP' | 'SFI_WORKPLACE_LEARNING';

/** Where an opening stands, mirroring the opening model's OpeningStatus enum. */
export type DemoOpeningStatus = 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';

/** A skill the opening asks for: JobTech skill concept id, weight 1 (nice to have) to 5 (essential). */
export interface DemoWeightedSkill {
  skillConceptId: string;
  weight: number;
}

/**
 * The skill need an opening was created from. The employer's need is identified by its SSYK-4 group and the day it
 * is needed by: `contactDaysAgo` days before today the need was logged, for `neededInDays` days after that contact.
 */
export interface DemoSkillNeedRef {
  ssyk4Code: string;
  contactDaysAgo: number;
  neededInDays: number;
  headcount: number;
}

/** The terms of an internship or workplace-learning place: the workplace supervisor (handledare) and the period. */
export interface DemoInternshipTerms {
  supervisorName: string;
  /** From PTS's series for fiction (demo-identities.ts), so it reaches nobody. */
  supervisorPhone: string;
  /** Lower case, at the employer's `.example` domain. */
  supervisorEmail: string;
  /** First day of the period, in days from today. */
  periodStartInDays: number;
  /** Last day of the period, in days from today. */
  periodEndInDays: number;
}

/** A check-in with the workplace during an internship. */
export interface DemoCheckIn {
  /** Days before today (not in the future, and within the period). */
  daysAgo: number;
  /** Username of the demo staff member who checked in. */
  authorUsername: string;
  /** How it is going, in Swedish; names no one. */
  note: string;
}

/** An opening at a demo employer, shaped after the Opening entity with dates relative to today. */
export interface DemoOpening {
  /** Stable key of the template it came from. */
  key: string;
  /** The employer's organisation number (NNNNNN-NNNN), which identifies it among the demo employers. */
  employerOrganisationNumber: string;
  /** The employer's municipality, which is also the workplace's. */
  municipality: DemoMunicipality;
  kind: DemoOpeningKind;
  status: DemoOpeningStatus;
  title: string;
  /** JobTech occupation-name concept id. */
  occupationConceptId: string;
  requiredSkills: DemoWeightedSkill[];
  preferredSkills: DemoWeightedSkill[];
  /** Only where the work really needs it; then with {@link swedishLevelReason}. */
  minSwedishLevel: DemoSwedishLevel | null;
  swedishLevelReason: string | null;
  /** JobTech driving-licence concept ids. */
  requiredLicenceConceptIds: string[];
  /** Languages other than Swedish the work needs, each with its reason. */
  languageNeeds: Array<{ languageConceptId: string; minLevelConceptId: string; reason: string }>;
  /** The opening's own commute limit, minutes one way; `null`: its kind's default. */
  maxCommuteMinutes: number | null;
  /** JobTech worktime-extent concept id (full or part time). */
  worktimeConceptId: string;
  hoursPerWeek: number;
  /** First day of work, in days from today. */
  startInDays: number;
  /** Last day to apply, in days from today; never after the start; `null` when applications are taken as they come. */
  applicationDeadlineInDays: number | null;
  places: number;
  /** The skill need it was created from, if any. */
  skillNeed: DemoSkillNeedRef | null;
  /** Internships and workplace learning only. */
  internship: DemoInternshipTerms | null;
  /** Internships under way only; oldest first. */
  checkIns: DemoCheckIn[];
}

/** A hand-written opening, placed at a fitting employer by {@link demoOpenings}. */
export interface DemoOpeningTemplate {
  key: string;
  municipality: DemoMunicipality;
  /** A sector the employer recruits in; the occupation's SSYK-4 group belongs to it, so the sector team is its. */
  sector: DemoSectorCode;
  /** SNI 2007 code prefixes of employers where the work is done (any of the employer's codes may match). */
  sni: readonly string[];
  kind: DemoOpeningKind;
  status: DemoOpeningStatus;
  title: string;
  /** JobTech occupation-name id, and the SSYK 2012 code of its group (to find the employer's skill need). */
  occupation: { id: string; ssyk4Code: string };
  required: readonly (readonly [skillId: string, weight: number])[];
  preferred: readonly (readonly [skillId: string, weight: number])[];
  swedish?: { level: DemoSwedishLevel; reason: string };
  licences?: readonly string[];
  languages?: ReadonlyArray<{ languageConceptId: string; minLevelConceptId: string; reason: string }>;
  maxCommuteMinutes?: number;
  worktime: keyof typeof WORKTIME;
  hoursPerWeek: number;
  /** Created from the employer's newest skill need for the occupation's group, when it voiced one. */
  fromSkillNeed?: boolean;
  /**
   * The start in days from today; without it, the skill need's date, or {@link DEFAULT_START_IN_DAYS} when there is
   * no need or an opening still to be filled would start on a past day.
   */
  startInDays?: number;
  /** Places; without it, the skill need's headcount (or 1). */
  places?: number;
  /** The deadline this many days before the start; `null`: applications are taken as they come. */
  deadlineDaysBeforeStart: number | null;
  internship?: { supervisorName: string; supervisorEmailLocalPart: string; weeks: number };
  checkIns?: readonly DemoCheckIn[];
}

/** The start of an opening from a skill need when the employer voiced none (another seed's employers). */
export const DEFAULT_START_IN_DAYS = 30;

// ---------------------------------------------------------------------------------------------------------------------
// The openings
// ---------------------------------------------------------------------------------------------------------------------

const { B } = LICENCE;

/**
 * Sixteen openings: six in Svedala, ten in Trelleborg; all four kinds; thirteen open, two drafts and one closed.
 * Among them two open internships at Svedala employers (care, and a restaurant kitchen) and a Trelleborg internship
 * under way with two check-ins. Three need a B licence; four need a Swedish level and one Arabic, each saying why; the
 * welding shift at six accepts a shorter commute than the default, the call centre with flexible hours a longer one.
 */
export const DEMO_OPENING_TEMPLATES: readonly DemoOpeningTemplate[] = [
  // ---- Svedala ----
  { key: 'svedala-vard-praktik', municipality: 'Svedala', sector: 'VARD_OMSORG', sni: ['84'], kind: 'INTERNSHIP', status: 'OPEN',
    title: 'Praktik vårdbiträde, äldreboende', occupation: { id: '4zLr_jP5_peZ', ssyk4Code: '5330' }, // Vårdbiträde
    required: [['MR4H_FFT_mTj', 4], ['C1qR_L83_nzh', 4]], // omvårdnad, basala hygienrutiner
    preferred: [['Yt2Z_1pY_MNz', 3], ['hqYJ_jyZ_Ks8', 2], ['yV9B_PxJ_TxS', 2]], // äldreomsorg, demensvård, sekretess
    swedish: { level: 'SFI_B', reason: 'De boende behöver kunna göra sig förstådda, och praktikanten ska kunna ta emot instruktioner och larma på svenska.' },
    languages: [{ languageConceptId: '3iEY_RGP_qXq', minLevelConceptId: 'qJUb_5Qz_ibL', reason: 'Flera av de boende på avdelningen talar bara arabiska sedan de blev sjuka; praktikanten ska kunna tala med dem om maten och omvårdnaden.' }], // arabiska, bra
    worktime: 'partTime', hoursPerWeek: 30, startInDays: 14, places: 2, deadlineDaysBeforeStart: 7,
    internship: { supervisorName: 'Birgitta Håkansson', supervisorEmailLocalPart: 'birgitta.hakansson', weeks: 8 } },
  { key: 'svedala-kok-praktik', municipality: 'Svedala', sector: 'HOTELL_RESTAURANG', sni: ['56'], kind: 'INTERNSHIP', status: 'OPEN',
    title: 'Praktik köksbiträde, lunchrestaurang', occupation: { id: 'oRB5_b7i_Qzv', ssyk4Code: '9412' }, // Köksbiträde
    required: [['kj4Q_nLh_u8Q', 4]], // livsmedelshygien
    preferred: [['GQ9R_2Za_Awt', 3], ['XCMK_vWW_njd', 2], ['dNA9_T9K_JXF', 2], ['xgpz_5A1_B2g', 1]], // storkök, portionering, matlagning, disk
    worktime: 'fullTime', hoursPerWeek: 40, startInDays: 21, places: 1, deadlineDaysBeforeStart: 10,
    internship: { supervisorName: 'Milad Rostami', supervisorEmailLocalPart: 'milad.rostami', weeks: 6 } },
  { key: 'svedala-boendestod', municipality: 'Svedala', sector: 'VARD_OMSORG', sni: ['84'], kind: 'JOB_SUBSIDISED', status: 'OPEN',
    title: 'Boendestödjare, bostad med särskild service', occupation: { id: 'tT85_Pdp_4Uq', ssyk4Code: '5342' }, // Boendestödjare
    required: [['9ShZ_oc6_1Jc', 4], ['axxm_t1P_6WR', 3]], // IF-omsorgserfarenhet, social dokumentation
    preferred: [['qMfa_U8e_Lto', 3], ['zMr8_cTC_PCB', 2], ['crVe_Rij_aaB', 2]], // tydliggörande pedagogik, daglig verksamhet, psykisk fn
    swedish: { level: 'SFI_COMPLETED', reason: 'Arbetet innebär social dokumentation om de boende varje pass, som ska gå att lita på.' },
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 7 },
  { key: 'svedala-svetsare', municipality: 'Svedala', sector: 'INDUSTRI', sni: ['25'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Svetsare MIG/MAG, smide', occupation: { id: 'rxrQ_Nyy_k6y', ssyk4Code: '7212' }, // Svetsare
    required: [['Q1D1_Pdc_rnT', 5], ['aHCV_VsV_LiD', 3]], // MAG/MIG, ritningsläsning
    preferred: [['fRF9_96h_p1y', 3], ['WBnc_JXj_MvY', 2], ['JUpW_QCd_vCM', 1]], // plåt-, TIG-, MMA-svetsning
    maxCommuteMinutes: 45, // the shift starts at 06.00, before the first buses from farther away arrive
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 5 },
  { key: 'svedala-vaxthus', municipality: 'Svedala', sector: 'GRONA_NARINGAR', sni: ['011'], kind: 'JOB_SUBSIDISED', status: 'DRAFT',
    title: 'Odlingsarbetare, växthus', occupation: { id: 'ZwCN_YoJ_coi', ssyk4Code: '6112' }, // Odlingsarbetare trädgård
    required: [['2ZCT_iLL_F2v', 4]], // växthusarbete
    preferred: [['Bjhz_qeH_rQR', 3], ['GNHJ_kNN_fLn', 2], ['J8tW_XPs_MPp', 2]], // växthusodling, krukväxter, trädgårdsodling
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 21 },
  { key: 'svedala-forpackning', municipality: 'Svedala', sector: 'INDUSTRI', sni: ['8292', '222'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Maskinoperatör, förpackningslinje', occupation: { id: 'hWAp_NPe_GdN', ssyk4Code: '8181' }, // Maskinoperatör förpackning
    required: [['bwCe_tVQ_dZ3', 4], ['dWbY_gXC_Frx', 3]], // maskinskötsel förpackning, kvalitetskontroll
    preferred: [['X4EU_ZC7_QmK', 2], ['sbYJ_XwB_o8X', 2]], // avsyning, Industriteknik BAS
    // the need was for last spring; the opening starts later with fewer places
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, startInDays: 30, places: 2, deadlineDaysBeforeStart: 14 },

  // ---- Trelleborg ----
  { key: 'trelleborg-butik-praktik', municipality: 'Trelleborg', sector: 'HANDEL', sni: ['4711'], kind: 'INTERNSHIP', status: 'OPEN',
    title: 'Praktik butiksmedarbetare, dagligvaror', occupation: { id: 'pBhS_6fg_727', ssyk4Code: '5222' }, // Butikssäljare, dagligvaror
    required: [['Q5Gj_qVb_1AY', 3]], // butiksvana
    preferred: [['v3dQ_9We_tK5', 3], ['jvLT_ZCM_pQu', 2], ['hYpk_RYx_y3V', 2], ['kj4Q_nLh_u8Q', 1]], // varuplock, färskvaror, kassa, hygien
    // under way, one of its two places taken
    worktime: 'fullTime', hoursPerWeek: 40, startInDays: -24, places: 2, deadlineDaysBeforeStart: null,
    internship: { supervisorName: 'Jonas Lindgren', supervisorEmailLocalPart: 'jonas.lindgren', weeks: 8 },
    checkIns: [
      { daysAgo: 21, authorUsername: 'recruiter2', note: 'Första veckan: introduktion i butiken, varumottagning och frukt och grönt. Handledaren är nöjd; praktikanten kommer i tid och frågar när något är oklart.' },
      { daysAgo: 7, authorUsername: 'recruiter2', note: 'Halvtid: sköter varupåfyllning och datumkontroll på egen hand. Nästa steg är kassan; butiken kan tänka sig en timanställning efter perioden.' },
    ] },
  { key: 'trelleborg-fastighet-praktik', municipality: 'Trelleborg', sector: 'LOKALVARD_FASTIGHET', sni: ['682', '811'], kind: 'INTERNSHIP', status: 'OPEN',
    title: 'Praktik fastighetsskötare', occupation: { id: 'gD5N_mCM_ea5', ssyk4Code: '5152' }, // Fastighetsskötare
    required: [['J5Xc_doF_TUR', 3]], // fastighetsskötsel
    preferred: [['Y6VX_E1a_pNH', 3], ['AAaS_o41_sEg', 2], ['JN6h_juH_8FP', 2], ['Am5W_fAR_RqU', 1]], // utemiljö, trädgård, källsortering, snö
    licences: [B], // the round between the properties is driven in the firm's van
    worktime: 'fullTime', hoursPerWeek: 40, startInDays: 10, places: 1, deadlineDaysBeforeStart: 5,
    internship: { supervisorName: 'Kent Bengtsson', supervisorEmailLocalPart: 'kent.bengtsson', weeks: 6 } },
  { key: 'trelleborg-vard-sfi', municipality: 'Trelleborg', sector: 'VARD_OMSORG', sni: ['873', '871'], kind: 'SFI_WORKPLACE_LEARNING', status: 'OPEN',
    title: 'Arbetsplatsförlagt lärande, yrkessvenska vård och omsorg', occupation: { id: '4zLr_jP5_peZ', ssyk4Code: '5330' }, // Vårdbiträde
    required: [['C1qR_L83_nzh', 3]], // basala hygienrutiner
    preferred: [['MR4H_FFT_mTj', 3], ['Yt2Z_1pY_MNz', 2], ['tykJ_BZQ_Wer', 2]], // omvårdnad, äldreomsorg, äldreboende
    // three days a week beside the sector SFI course: the Swedish is learnt here, so no minimum
    worktime: 'partTime', hoursPerWeek: 24, startInDays: 7, places: 4, deadlineDaysBeforeStart: 3,
    internship: { supervisorName: 'Aida Hodžić', supervisorEmailLocalPart: 'aida.hodzic', weeks: 12 } },
  { key: 'trelleborg-hemtjanst', municipality: 'Trelleborg', sector: 'VARD_OMSORG', sni: ['84'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Undersköterska i hemtjänsten', occupation: { id: 'bSEB_VKd_Ub3', ssyk4Code: '5321' }, // Undersköterska, hemtjänst ...
    required: [['rtCg_THP_6Lj', 5], ['MR4H_FFT_mTj', 4], ['F7nJ_k5s_L29', 4]], // undersköterskeutbildning, omvårdnad, dokumentation
    preferred: [['hqYJ_jyZ_Ks8', 2], ['NpcY_f4G_L1H', 2], ['cocQ_EPn_YiY', 2]], // demensvård, fallprevention, geriatrik
    swedish: { level: 'SFI_COMPLETED', reason: 'Dokumenterar i journalen och ger läkemedel på delegering; patientsäkerheten kräver säker svenska i tal och skrift.' },
    licences: [B], // the home-care round is driven
    worktime: 'fullTime', hoursPerWeek: 40, startInDays: 30, places: 2, deadlineDaysBeforeStart: 14 },
  { key: 'trelleborg-hamn', municipality: 'Trelleborg', sector: 'TRANSPORT_LOGISTIK', sni: ['5224'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Hamnarbetare, färjeterminalen', occupation: { id: 'dUfE_XG7_TGZ', ssyk4Code: '9331' }, // Hamnarbetare
    required: [['pGts_PKK_c8W', 4], ['wDfP_nC2_4rj', 3]], // truckvana, hamn- och stuveriarbete
    preferred: [['XQet_5J6_HGj', 2], ['swdt_CX9_tHZ', 2], ['Ahfa_KuY_4HZ', 2]], // lastning, lossning, hjullastare
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 2 },
  { key: 'trelleborg-kundtjanst', municipality: 'Trelleborg', sector: 'KONTOR_IT', sni: ['822'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Kundtjänstmedarbetare, telefon och mejl', occupation: { id: '8Uhp_XYo_z5f', ssyk4Code: '4222' }, // Kundtjänstmedarbetare
    required: [['aMyW_hB7_TpU', 4]], // kundtjänst
    preferred: [['WBHW_i3f_fUd', 3], ['snjt_73x_SAm', 2], ['w8bU_wHe_omF', 2]], // ärendesystem, kontaktcenter, MS Office
    swedish: { level: 'SFI_COMPLETED', reason: 'Hela arbetet är samtal och skriftliga svar till kunder på svenska.' },
    maxCommuteMinutes: 75, // flexible hours: the employer accepts a longer trip than a job's default hour
    worktime: 'partTime', hoursPerWeek: 30, fromSkillNeed: true, deadlineDaysBeforeStart: 4 },
  { key: 'trelleborg-grovarbetare', municipality: 'Trelleborg', sector: 'BYGG', sni: ['41', '42', '43'], kind: 'JOB_UNSUBSIDISED', status: 'DRAFT',
    title: 'Grovarbetare, bygg och anläggning', occupation: { id: '3uEE_35U_U6j', ssyk4Code: '9310' }, // Grovarbetare
    required: [['Y4Ls_Mpm_dcM', 3]], // grovarbete
    preferred: [['QDvy_mYm_kSS', 2], ['5Av7_qB2_msb', 2], ['WLAi_BDr_5fW', 2]], // diversearbete, byggavfall, fallskydd
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 30 },
  { key: 'trelleborg-djurskotare', municipality: 'Trelleborg', sector: 'GRONA_NARINGAR', sni: ['014', '015'], kind: 'JOB_SUBSIDISED', status: 'OPEN',
    title: 'Djurskötare, mjölkgård', occupation: { id: 'vxKf_9ig_cob', ssyk4Code: '6121' }, // Djurskötare lantbruk
    required: [['89ab_noe_cw9', 3], ['cg3X_3ZW_aCG', 3]], // husdjursskötsel, mjölkproduktion
    preferred: [['oYDh_d6r_cSu', 2], ['6md5_wPp_d4S', 1]], // traktorkort, djuruppfödning
    licences: [B], // the farm's sites lie apart and are reached by car
    worktime: 'fullTime', hoursPerWeek: 40, startInDays: 21, places: 1, deadlineDaysBeforeStart: 7 },
  { key: 'trelleborg-kock', municipality: 'Trelleborg', sector: 'HOTELL_RESTAURANG', sni: ['551', '561'], kind: 'JOB_UNSUBSIDISED', status: 'CLOSED',
    title: 'Kock, sommarsäsongen', occupation: { id: 'JbJw_as4_S93', ssyk4Code: '5120' }, // Kock à la carte
    required: [['7kNn_jPk_Cm3', 4], ['Bb4Q_Vou_pbq', 3]], // varmkök, à la carte
    preferred: [['HtgZ_Ukp_YEX', 2], ['Dxqv_2WA_TYt', 2]], // kallkök, restaurangkök
    // closed: the employer filled the season through its own network
    worktime: 'fullTime', hoursPerWeek: 40, fromSkillNeed: true, deadlineDaysBeforeStart: 14 },
  { key: 'trelleborg-stadare', municipality: 'Trelleborg', sector: 'LOKALVARD_FASTIGHET', sni: ['812'], kind: 'JOB_UNSUBSIDISED', status: 'OPEN',
    title: 'Städare, kontor och trapphus', occupation: { id: 'KF64_AvU_S4N', ssyk4Code: '9111' }, // Städare
    required: [['beHF_mum_ANM', 3], ['iLB3_qb9_a1D', 3]], // kontorsstädning, trappstädning
    preferred: [['T4gk_cvU_TWk', 2], ['iu18_YyQ_hmh', 2], ['1sDa_6s5_Wjc', 1]], // golvvård, städmaterial, INSTA 800
    worktime: 'partTime', hoursPerWeek: 25, startInDays: 14, places: 2, deadlineDaysBeforeStart: 7 },
];

// ---------------------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------------------

/**
 * The demo openings at `employers` (by default the demo employers of the default seed), in template order. Each
 * template goes to the employer in its municipality and sector, not inactive, whose industry fits or that voiced the
 * matching skill need: preferring the one with the need, then an active one, then the first listed. A template no
 * employer fits is left out (only other seeds' employers can lack one). `seed` drives the supervisors' phone numbers.
 */
export function demoOpenings(employers: readonly DemoEmployer[] = demoEmployers(), seed: number = DEFAULT_DEMO_SEED): DemoOpening[] {
  const rng = new DemoRng(seed);
  const openings: DemoOpening[] = [];
  for (const template of DEMO_OPENING_TEMPLATES) {
    const phone = fictionalPhoneNumber(rng); // drawn for every template, so one left out does not shift the others
    const placed = place(template, employers);
    if (!placed) continue;
    const { employer, need } = placed;
    const start = template.startInDays ?? needStart(template, need) ?? DEFAULT_START_IN_DAYS;
    openings.push({
      key: template.key,
      employerOrganisationNumber: employer.organisationNumber,
      municipality: employer.municipality,
      kind: template.kind,
      status: template.status,
      title: template.title,
      occupationConceptId: template.occupation.id,
      requiredSkills: template.required.map(([skillConceptId, weight]) => ({ skillConceptId, weight })),
      preferredSkills: template.preferred.map(([skillConceptId, weight]) => ({ skillConceptId, weight })),
      minSwedishLevel: template.swedish?.level ?? null,
      swedishLevelReason: template.swedish?.reason ?? null,
      requiredLicenceConceptIds: [...(template.licences ?? [])],
      languageNeeds: (template.languages ?? []).map((need) => ({ ...need })),
      maxCommuteMinutes: template.maxCommuteMinutes ?? null,
      worktimeConceptId: WORKTIME[template.worktime],
      hoursPerWeek: template.hoursPerWeek,
      startInDays: start,
      applicationDeadlineInDays: deadline(template, start),
      places: template.places ?? need?.headcount ?? 1,
      skillNeed: need,
      internship: template.internship
        ? {
            supervisorName: template.internship.supervisorName,
            supervisorPhone: phone,
            supervisorEmail: `${template.internship.supervisorEmailLocalPart}@${emailDomain(employer)}`.toLowerCase(),
            periodStartInDays: start,
            periodEndInDays: start + template.internship.weeks * 7 - 1,
          }
        : null,
      checkIns: (template.checkIns ?? []).map((c) => ({ ...c })),
    });
  }
  return openings;
}

/** The employer a template goes to and the skill need it comes from, or null when no employer fits. */
function place(template: DemoOpeningTemplate, employers: readonly DemoEmployer[]): { employer: DemoEmployer; need: DemoSkillNeedRef | null } | null {
  let best: { employer: DemoEmployer; need: DemoSkillNeedRef | null; rank: number } | null = null;
  for (const employer of employers) {
    if (employer.municipality !== template.municipality || employer.status === 'INACTIVE') continue;
    if (!employer.sectorCodes.includes(template.sector)) continue;
    const need = template.fromSkillNeed ? newestNeed(employer, template.occupation.ssyk4Code) : null;
    const fits = employer.sniCodes.some((code) => template.sni.some((prefix) => code.startsWith(prefix)));
    if (!fits && !need) continue;
    const rank = (need ? 2 : 0) + (employer.status === 'ACTIVE' ? 1 : 0);
    if (!best || rank > best.rank) best = { employer, need, rank };
  }
  return best && { employer: best.employer, need: best.need };
}

/** The employer's most recently voiced need for the SSYK-4 group, if any. */
function newestNeed(employer: DemoEmployer, ssyk4Code: string): DemoSkillNeedRef | null {
  let newest: DemoSkillNeedRef | null = null;
  for (const contact of employer.contacts) {
    const need = contact.skillNeeds.find((n) => n.ssyk4Code === ssyk4Code);
    if (need && (!newest || contact.daysAgo < newest.contactDaysAgo)) {
      newest = { ssyk4Code, contactDaysAgo: contact.daysAgo, neededInDays: need.neededInDays, headcount: need.headcount };
    }
  }
  return newest;
}

/** The day the skill need asks for, unless an opening still to be filled would then start today or earlier. */
function needStart(template: DemoOpeningTemplate, need: DemoSkillNeedRef | null): number | null {
  if (!need) return null;
  const day = need.neededInDays - need.contactDaysAgo;
  const filling = template.status === 'OPEN' || template.status === 'DRAFT';
  return filling && day <= 0 ? null : day;
}

/**
 * The deadline, `deadlineDaysBeforeStart` before the start. An opening still taking applications has no deadline in
 * the past: it is today at the earliest, and none at all once the work has started.
 */
function deadline(template: DemoOpeningTemplate, start: number): number | null {
  if (template.deadlineDaysBeforeStart === null) return null;
  const day = start - template.deadlineDaysBeforeStart;
  if (template.status !== 'OPEN' && template.status !== 'DRAFT') return day;
  if (start < 0) return null;
  return Math.max(0, day);
}

/** The employer's mail domain, from its contact persons' addresses (all at one RFC 2606 `.example` domain). */
function emailDomain(employer: DemoEmployer): string {
  const email = employer.contactPersons[0]?.email ?? '';
  return email.includes('@') ? email.slice(email.indexOf('@') + 1) : 'arbetsgivare.example';
}
