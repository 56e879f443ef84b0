import { INTERNSHIP_KINDS, type OpeningKind } from '../openings/opening.enums.js';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';

const { PROPOSED, PRESENTED, INTERVIEW, INTERNSHIP_STARTED, INTERNSHIP_COMPLETED, EMPLOYMENT_STARTED, OUTCOME } = PlacementStage;
const { HIRED, NOT_HIRED, ENDED_EARLY } = PlacementOutcome;

/** Where a placement is: its stage and, at OUTCOME, which outcome. */
export interface PlacementState {
  stage: PlacementStage;
  outcome: PlacementOutcome | null;
}

/**
 * Why a change is refused. `STAGE`: not allowed from where the placement is now (the state decides; the caller
 * may have read an old state). `KIND`: never allowed for this kind of opening (the input is wrong).
 */
export interface Refusal {
  reason: 'STAGE' | 'KIND';
  message: string;
}

/**
 * The stages a placement moves on to. Presenting comes before an interview (the employer meets only people put
 * forward with consent); an internship opening goes through the internship, a job opening to employment; after
 * an internship the employer may employ the person. Outcomes are recorded separately ({@link OUTCOMES}).
 */
const ADVANCES: Readonly<Record<PlacementStage, readonly PlacementStage[]>> = {
  [PROPOSED]: [PRESENTED],
  [PRESENTED]: [INTERVIEW],
  [INTERVIEW]: [INTERNSHIP_STARTED, EMPLOYMENT_STARTED],
  [INTERNSHIP_STARTED]: [INTERNSHIP_COMPLETED],
  [INTERNSHIP_COMPLETED]: [EMPLOYMENT_STARTED],
  [EMPLOYMENT_STARTED]: [],
  [OUTCOME]: [],
};

/**
 * The outcomes that can be recorded at each stage. Not hired: before anything started, or after a completed
 * internship. Ended early: something started (an internship, an employment) ended before its time. Hired: after
 * the interview (direct recruitment), a completed internship, or once employment started.
 */
const OUTCOMES: Readonly<Record<PlacementStage, readonly PlacementOutcome[]>> = {
  [PROPOSED]: [NOT_HIRED],
  [PRESENTED]: [NOT_HIRED],
  [INTERVIEW]: [HIRED, NOT_HIRED],
  [INTERNSHIP_STARTED]: [ENDED_EARLY],
  [INTERNSHIP_COMPLETED]: [HIRED, NOT_HIRED],
  [EMPLOYMENT_STARTED]: [HIRED, ENDED_EARLY],
  [OUTCOME]: [],
};

/**
 * A recorded outcome is final, with one exception: a job can end after the person was hired. Kolada's
 * rule (docs/rules.md: work counts only once it has lasted one continuous month) needs the placement to say so, so a
 * HIRED placement can still become ENDED_EARLY.
 */
const OUTCOME_CHANGES: Readonly<Record<PlacementOutcome, readonly PlacementOutcome[]>> = {
  [HIRED]: [ENDED_EARLY],
  [NOT_HIRED]: [],
  [ENDED_EARLY]: [],
};

const isInternship = (kind: OpeningKind) => INTERNSHIP_KINDS.includes(kind);

/** Whether a placement at an opening of `kind` may move from `state` to `to`; null when it may. */
export function refuseAdvance(state: PlacementState, to: PlacementStage, kind: OpeningKind): Refusal | null {
  if (to === OUTCOME) return { reason: 'KIND', message: 'an outcome is recorded with recordPlacementOutcome' };
  if ((to === INTERNSHIP_STARTED || to === INTERNSHIP_COMPLETED) && !isInternship(kind)) {
    return { reason: 'KIND', message: `${to} is for internships and workplace learning, not ${kind}` };
  }
  if (!ADVANCES[state.stage].includes(to)) {
    return { reason: 'STAGE', message: `a placement cannot go from ${describe(state)} to ${to}${allowedText(state, kind)}` };
  }
  if (to === EMPLOYMENT_STARTED && state.stage === INTERVIEW && isInternship(kind)) {
    return { reason: 'KIND', message: 'at an internship the employment starts after the internship is completed' };
  }
  return null;
}

/** Whether `outcome` may be recorded for a placement in `state`; null when it may. */
export function refuseOutcome(state: PlacementState, outcome: PlacementOutcome, kind: OpeningKind): Refusal | null {
  const allowed = state.stage === OUTCOME && state.outcome ? OUTCOME_CHANGES[state.outcome] : OUTCOMES[state.stage];
  if (!allowed.includes(outcome)) {
    return { reason: 'STAGE', message: `${outcome} cannot be recorded at ${describe(state)}${allowedText(state, kind)}` };
  }
  return null;
}

/** What may come next from `state` at an opening of `kind`: the stages and the outcomes (for the UI's buttons). */
export function nextSteps(state: PlacementState, kind: OpeningKind): { stages: PlacementStage[]; outcomes: PlacementOutcome[] } {
  const stages = ADVANCES[state.stage].filter((to) => refuseAdvance(state, to, kind) === null);
  const outcomes = (state.stage === OUTCOME && state.outcome ? OUTCOME_CHANGES[state.outcome] : OUTCOMES[state.stage]).slice();
  return { stages, outcomes };
}

function describe(state: PlacementState): string {
  return state.stage === OUTCOME && state.outcome ? `${OUTCOME} ${state.outcome}` : state.stage;
}

function allowedText(state: PlacementState, kind: OpeningKind): string {
  const { stages, outcomes } = nextSteps(state, kind);
  const all = [...stages, ...outcomes];
  return all.length === 0 ? ' (it is final)' : ` (next: ${all.join(', ')})`;
}
