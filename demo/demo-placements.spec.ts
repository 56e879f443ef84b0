import { describe, expect, it } from '@jest/globals';
import { OpeningKind } from '../src/modules/openings/opening.enums.js';
import { refuseAdvance, refuseOutcome, type PlacementState } from '../src/modules/placements/placement-lifecycle.js';
import { PlacementStage } from '../src/modules/placements/placement.enums.js';
import { DEMO_PLACEMENTS } from './demo-placement-seed.js';

describe('DEMO_PLACEMENTS', () => {
  it('are about ten, on every early stage, with one internship under way and an outcome', () => {
    expect(DEMO_PLACEMENTS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_PLACEMENTS.length).toBeLessThanOrEqual(12);
    const last = DEMO_PLACEMENTS.map((p) => (p.outcome ? PlacementStage.OUTCOME : (p.moves.at(-1)?.stage ?? PlacementStage.PROPOSED)));
    for (const stage of [PlacementStage.PROPOSED, PlacementStage.PRESENTED, PlacementStage.INTERVIEW, PlacementStage.INTERNSHIP_STARTED, PlacementStage.OUTCOME]) {
      expect(last).toContain(stage);
    }
    // one proposed person without the consent shows on the board what presenting needs
    expect(DEMO_PLACEMENTS.some((p) => p.moves.length === 0 && !p.consent)).toBe(true);
  });

  it('take only the moves the lifecycle allows, presenting only people who consent, on days in order and in the past', () => {
    for (const demo of DEMO_PLACEMENTS) {
      const kind = demo.internship ? OpeningKind.INTERNSHIP : OpeningKind.JOB_UNSUBSIDISED;
      let state: PlacementState = { stage: PlacementStage.PROPOSED, outcome: null };
      let day = -demo.proposedDaysAgo;
      for (const move of demo.moves) {
        expect(refuseAdvance(state, move.stage, kind)).toBeNull();
        if (move.stage === PlacementStage.PRESENTED) expect(demo.consent).toBe(true);
        expect(-move.daysAgo).toBeGreaterThanOrEqual(day);
        day = -move.daysAgo;
        state = { stage: move.stage, outcome: null };
      }
      if (demo.outcome) {
        expect(refuseOutcome(state, demo.outcome.outcome, kind)).toBeNull();
        expect(-demo.outcome.daysAgo).toBeGreaterThanOrEqual(day);
        expect(demo.outcome.reason.length).toBeGreaterThan(10);
      }
      expect(demo.proposedDaysAgo).toBeGreaterThan(0);
    }
  });
});
