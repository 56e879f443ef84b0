import { describe, expect, it } from '@jest/globals';
import { OpeningKind } from '../openings/opening.enums.js';
import { nextSteps, refuseAdvance, refuseOutcome, type PlacementState } from './placement-lifecycle.js';
import { PlacementOutcome as O, PlacementStage as S } from './placement.enums.js';

const INTERN = OpeningKind.INTERNSHIP;
const SFI = OpeningKind.SFI_WORKPLACE_LEARNING;
const JOB = OpeningKind.JOB_UNSUBSIDISED;
const at = (stage: S, outcome: O | null = null): PlacementState => ({ stage, outcome });

describe('placement lifecycle: advancing', () => {
  it.each([
    // from, to, opening kind, expected: null (allowed), 'STAGE' or 'KIND'
    [S.PROPOSED, S.PRESENTED, INTERN, null],
    [S.PRESENTED, S.INTERVIEW, INTERN, null],
    [S.INTERVIEW, S.INTERNSHIP_STARTED, INTERN, null],
    [S.INTERVIEW, S.INTERNSHIP_STARTED, SFI, null],
    [S.INTERNSHIP_STARTED, S.INTERNSHIP_COMPLETED, INTERN, null],
    [S.INTERNSHIP_COMPLETED, S.EMPLOYMENT_STARTED, INTERN, null],
    [S.INTERVIEW, S.EMPLOYMENT_STARTED, JOB, null],
    [S.INTERVIEW, S.EMPLOYMENT_STARTED, OpeningKind.JOB_SUBSIDISED, null],
    // skipping a stage
    [S.PROPOSED, S.INTERVIEW, INTERN, 'STAGE'],
    [S.PROPOSED, S.INTERNSHIP_STARTED, INTERN, 'STAGE'],
    [S.PRESENTED, S.INTERNSHIP_COMPLETED, INTERN, 'STAGE'],
    // going back, or staying
    [S.INTERVIEW, S.PRESENTED, INTERN, 'STAGE'],
    [S.INTERNSHIP_COMPLETED, S.INTERNSHIP_STARTED, INTERN, 'STAGE'],
    [S.PRESENTED, S.PRESENTED, INTERN, 'STAGE'],
    // nothing after employment started or an outcome but outcomes
    [S.EMPLOYMENT_STARTED, S.INTERVIEW, JOB, 'STAGE'],
    [S.OUTCOME, S.PROPOSED, JOB, 'STAGE'],
    // the kind of opening decides the path
    [S.INTERVIEW, S.INTERNSHIP_STARTED, JOB, 'KIND'],
    [S.INTERNSHIP_STARTED, S.INTERNSHIP_COMPLETED, JOB, 'KIND'],
    [S.INTERVIEW, S.EMPLOYMENT_STARTED, INTERN, 'KIND'],
    // outcomes have their own operation
    [S.INTERVIEW, S.OUTCOME, JOB, 'KIND'],
  ] as const)('%s -> %s at %s: %s', (from, to, kind, expected) => {
    expect(refuseAdvance(at(from), to, kind)?.reason ?? null).toBe(expected);
  });

  it('names what may come next when it refuses', () => {
    expect(refuseAdvance(at(S.PROPOSED), S.INTERNSHIP_STARTED, INTERN)?.message).toBe(
      'a placement cannot go from PROPOSED to INTERNSHIP_STARTED (next: PRESENTED, NOT_HIRED)',
    );
    expect(refuseAdvance(at(S.OUTCOME, O.NOT_HIRED), S.PRESENTED, INTERN)?.message).toContain('(it is final)');
  });
});

describe('placement lifecycle: outcomes', () => {
  it.each([
    [at(S.PROPOSED), O.NOT_HIRED, null],
    [at(S.PRESENTED), O.NOT_HIRED, null],
    [at(S.INTERVIEW), O.HIRED, null],
    [at(S.INTERVIEW), O.NOT_HIRED, null],
    [at(S.INTERNSHIP_STARTED), O.ENDED_EARLY, null],
    [at(S.INTERNSHIP_COMPLETED), O.HIRED, null],
    [at(S.INTERNSHIP_COMPLETED), O.NOT_HIRED, null],
    [at(S.EMPLOYMENT_STARTED), O.HIRED, null],
    [at(S.EMPLOYMENT_STARTED), O.ENDED_EARLY, null],
    // a hired person's job can still end early (Kolada: work counts after one continuous month)
    [at(S.OUTCOME, O.HIRED), O.ENDED_EARLY, null],
    [at(S.PROPOSED), O.HIRED, 'STAGE'],
    [at(S.PROPOSED), O.ENDED_EARLY, 'STAGE'],
    [at(S.INTERNSHIP_STARTED), O.HIRED, 'STAGE'],
    [at(S.INTERNSHIP_STARTED), O.NOT_HIRED, 'STAGE'],
    [at(S.EMPLOYMENT_STARTED), O.NOT_HIRED, 'STAGE'],
    [at(S.OUTCOME, O.HIRED), O.HIRED, 'STAGE'],
    [at(S.OUTCOME, O.HIRED), O.NOT_HIRED, 'STAGE'],
    [at(S.OUTCOME, O.NOT_HIRED), O.HIRED, 'STAGE'],
    [at(S.OUTCOME, O.ENDED_EARLY), O.ENDED_EARLY, 'STAGE'],
  ] as const)('%o, %s: %s', (state, outcome, expected) => {
    expect(refuseOutcome(state, outcome, INTERN)?.reason ?? null).toBe(expected);
  });
});

describe('placement lifecycle: next steps', () => {
  it.each([
    [at(S.PROPOSED), INTERN, { stages: [S.PRESENTED], outcomes: [O.NOT_HIRED] }],
    [at(S.INTERVIEW), INTERN, { stages: [S.INTERNSHIP_STARTED], outcomes: [O.HIRED, O.NOT_HIRED] }],
    [at(S.INTERVIEW), JOB, { stages: [S.EMPLOYMENT_STARTED], outcomes: [O.HIRED, O.NOT_HIRED] }],
    [at(S.INTERNSHIP_COMPLETED), INTERN, { stages: [S.EMPLOYMENT_STARTED], outcomes: [O.HIRED, O.NOT_HIRED] }],
    [at(S.OUTCOME, O.HIRED), JOB, { stages: [], outcomes: [O.ENDED_EARLY] }],
    [at(S.OUTCOME, O.NOT_HIRED), JOB, { stages: [], outcomes: [] }],
  ] as const)('%o at %s', (state, kind, expected) => {
    expect(nextSteps(state, kind)).toEqual(expected);
  });
});
