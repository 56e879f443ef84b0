/**
 * Where a demo job seeker is on the path of docs/domain.md, in days relative to today: first contact, first meeting,
 * plan, sector choice, weekly follow-ups, sector SFI and exit ({@link ./demo-candidates.ts} draws one per person).
 */
import {
  EXIT_AFTER_DAYS,
  type DemoExitReason,
  type DemoMunicipalityProfile,
  type DemoStage,
  type DemoSwedishLevel,
  type Weighted,
} from './demo-candidate-templates.js';
import type { DemoRng } from './demo-rng.js';

/** How an enrolment ended: days after first contact (always at least a day before today), and why. */
export interface DemoExit {
  afterDays: number;
  reason: DemoExitReason;
}

/** SFI (Swedish for immigrants): when the person was put in the queue and, if so, started. */
export interface DemoSfi {
  queuedDaysAgo: number;
  /** `null` while still in the queue. */
  startedDaysAgo: number | null;
}

/** Where the person is on the path (docs/domain.md), in days relative to "today" (negative = in the past). */
export interface DemoPath {
  /** Days before today the case was registered (aktualisering): 0..400. */
  firstContactDaysAgo: number;
  /** First meeting (nysamtal), in days after first contact: mostly 0–1; `null` if not yet held. */
  firstMeetingAfterDays: number | null;
  /** Assessed at the first meeting; `null` before it. */
  activeJobSeeker: boolean | null;
  /** Labour-market plan, in days after first contact: mostly 0–1, some 2–4 (late); `null` if no plan yet. */
  planAfterDays: number | null;
  /** Sector choice, in days after first contact: mostly 1–7, some later; `null` if not chosen (yet). */
  sectorChosenAfterDays: number | null;
  /**
   * Follow-ups took place every this many days after the plan (typically 7); `null` without a plan. For open cases
   * the next is due `followUpsEveryDays` after the last one (or after the plan if there was none yet); some stopped
   * early, so that it is overdue.
   */
  followUpsEveryDays: number | null;
  /** Days before today of the latest follow-up; `null` if none took place yet. */
  lastFollowUpDaysAgo: number | null;
  /** `null` while the case is open. */
  exit: DemoExit | null;
  /** Sick-listed: the plan is adapted, not paused. */
  sickListed: boolean;
  consentToShareWithEmployers: boolean;
  /** Set for everyone who is in SFI or its queue, which includes every newly arrived person. */
  sfi: DemoSfi | null;
}

/** Oldest first contact, in days before today. */
const MAX_FIRST_CONTACT_DAYS = 400;

/** What decides a person's path: their municipality's shape of caseload, their stage on it and how they left. */
export interface PathDraft {
  profile: DemoMunicipalityProfile;
  stage: DemoStage;
  exitReason: DemoExitReason | null;
}

/** Days from first contact to the first meeting: the same or the next working day, rarely later. */
const MEETING_AFTER: Weighted<number> = [[0, 68], [1, 28], [2, 3], [3, 1]];

/** Follow-up intervals: at least weekly is the rule, a few a day late. */
const FOLLOW_UP_EVERY: Weighted<number> = [[5, 1], [6, 2], [7, 6], [8, 1]];

/** First contact, spread over the last 400 days with more recent cases. */
function spreadFirstContact(rng: DemoRng, min: number): number {
  const [from, to] = rng.weighted<readonly [number, number]>([[[min, 120], 50], [[121, 270], 35], [[271, MAX_FIRST_CONTACT_DAYS], 15]]);
  return rng.int(from, to);
}

/**
 * Days before today of the `k`-th follow-up, when they ran every `every` days after the plan until `untilDay` (days
 * after first contact), less the last `skip` of them; `null` when none took place.
 */
function lastFollowUp(fc: number, plan: number, every: number, untilDay: number, skip = 0): number | null {
  const k = Math.floor((untilDay - plan) / every) - skip;
  return k >= 1 ? fc - (plan + k * every) : null;
}

export function buildPath(rng: DemoRng, draft: PathDraft, swedishLevel: DemoSwedishLevel): DemoPath {
  const { stage, exitReason, profile } = draft;
  const meeting = rng.weighted(MEETING_AFTER);
  let plan = meeting === 0 && rng.chance(0.25) ? 1 : meeting;
  if (rng.chance(profile.latePlanChance)) plan = Math.max(plan, rng.int(2, 4));
  const sectorAfter = rng.chance(0.12) ? rng.int(8, 21) : rng.int(Math.max(plan, 1), Math.max(plan, 7));
  const every = rng.weighted(FOLLOW_UP_EVERY);

  let fc: number;
  let hasMeeting = true;
  let hasPlan = true;
  let sectorChosenAfterDays: number | null = null;
  let last: number | null = null;
  let exit: DemoExit | null = null;
  switch (stage) {
    case 'NO_MEETING':
      fc = rng.int(0, 1);
      hasMeeting = hasPlan = false;
      break;
    case 'NO_PLAN': // met today and planning tomorrow, or stalled (seeds/002: mostly newly arrived lack a plan)
      fc = rng.chance(0.5) ? meeting : rng.int(Math.max(meeting, 2), 45);
      hasPlan = false;
      break;
    case 'NO_SECTOR': // in the planning week, or stalled before choosing
      fc = rng.chance(0.65) ? rng.int(plan, Math.max(plan, 6)) : rng.int(8, 60);
      last = lastFollowUp(fc, plan, every, fc);
      break;
    case 'ON_TRACK':
      fc = Math.max(sectorAfter, spreadFirstContact(rng, 7));
      sectorChosenAfterDays = sectorAfter;
      last = lastFollowUp(fc, plan, every, fc);
      break;
    case 'OVERDUE': {
      fc = Math.max(sectorAfter, plan + 2 * every + 1, spreadFirstContact(rng, 14));
      sectorChosenAfterDays = sectorAfter;
      const held = Math.floor((fc - plan) / every);
      let skip = rng.int(1, Math.min(3, held - 1));
      if ((fc - plan) % every === 0 && skip === 1) skip = 2; // due exactly today is not overdue yet
      last = lastFollowUp(fc, plan, every, fc, skip);
      break;
    }
    case 'EXITED': {
      const [min, max] = EXIT_AFTER_DAYS[exitReason!];
      const afterDays = Math.max(plan, rng.int(min, max));
      fc = afterDays + rng.int(1, MAX_FIRST_CONTACT_DAYS - afterDays); // exited at least a day ago
      sectorChosenAfterDays = sectorAfter <= afterDays ? sectorAfter : null;
      last = lastFollowUp(fc, plan, every, afterDays);
      exit = { afterDays, reason: exitReason! };
      break;
    }
  }

  const sickListed = exit ? exit.reason === 'SICKNESS_BENEFIT' : hasMeeting && rng.chance(0.07);
  return {
    firstContactDaysAgo: fc,
    firstMeetingAfterDays: hasMeeting ? meeting : null,
    activeJobSeeker: hasMeeting ? rng.chance(sickListed ? 0.4 : 0.9) : null,
    planAfterDays: hasPlan ? plan : null,
    sectorChosenAfterDays,
    followUpsEveryDays: hasPlan ? every : null,
    lastFollowUpDaysAgo: last,
    exit,
    sickListed,
    consentToShareWithEmployers: hasMeeting && rng.chance(sectorChosenAfterDays !== null ? 0.85 : 0.35),
    sfi: sfi(rng, swedishLevel),
  };
}

/** Days in SFI by level reached (started that many days ago); the queue before it took 2–17 weeks. */
const SFI_STARTED: Partial<Record<DemoSwedishLevel, readonly [number, number]>> = {
  SFI_A: [0, 120],
  SFI_B: [60, 300],
  SFI_C: [150, 450],
  SFI_D: [240, 600],
};

function sfi(rng: DemoRng, level: DemoSwedishLevel): DemoSfi | null {
  if (level === 'NONE') return { queuedDaysAgo: rng.int(3, 240), startedDaysAgo: null };
  const started = SFI_STARTED[level];
  if (!started) return null;
  const startedDaysAgo = rng.int(...started);
  return { queuedDaysAgo: startedDaysAgo + rng.int(14, 120), startedDaysAgo };
}
