import type { EntityManager } from 'typeorm';
import { addDays, type Clock } from '../src/platform/context/clock.js';
import { INTERNSHIP_KINDS, OpeningKind } from '../src/modules/openings/opening.enums.js';
import { PlacementOutcome, PlacementStage } from '../src/modules/placements/placement.enums.js';
import type { PlacementsService } from '../src/modules/placements/placements.service.js';
import { asOf, demoContext } from './demo-context.js';
import { DemoRng } from './demo-rng.js';
import type { DemoWorld } from './demo-world.js';

/** The demo's own seed for choosing who is placed where: the same people every time. */
const PLACEMENT_SEED = 20_261_203;

const { PRESENTED, INTERVIEW, INTERNSHIP_STARTED } = PlacementStage;

/** Days ago the demo's internship began for the person placed there. */
const INTERNSHIP_UNDER_WAY_DAYS = 14;

/** One demo placement: the moves after PROPOSED, each with how many days ago it happened. */
export interface DemoPlacement {
  /** Days ago the person was proposed */
  proposedDaysAgo: number;
  moves: ReadonlyArray<{ stage: PlacementStage; daysAgo: number }>;
  outcome?: { outcome: PlacementOutcome.NOT_HIRED; daysAgo: number; reason: string };
  /** Whether the person has consented to share their profile with employers (presenting needs it) */
  consent: boolean;
  /** An internship's opening (the internship stages are for internships and workplace learning only) */
  internship?: boolean;
}

/**
 * The recruiter's board in the demo: people on every early stage, one internship under way and one not hired. A
 * proposed person without the consent to share shows what presenting needs. No hire: a hire closes the person's
 * enrolment period, and the demo's exits are the candidate seed's.
 */
export const DEMO_PLACEMENTS: readonly DemoPlacement[] = [
  { proposedDaysAgo: 3, moves: [], consent: true },
  { proposedDaysAgo: 6, moves: [], consent: true },
  { proposedDaysAgo: 1, moves: [], consent: false },
  { proposedDaysAgo: 12, moves: [{ stage: PRESENTED, daysAgo: 8 }], consent: true },
  { proposedDaysAgo: 10, moves: [{ stage: PRESENTED, daysAgo: 4 }], consent: true },
  { proposedDaysAgo: 20, moves: [{ stage: PRESENTED, daysAgo: 16 }, { stage: INTERVIEW, daysAgo: 9 }], consent: true },
  { proposedDaysAgo: 15, moves: [{ stage: PRESENTED, daysAgo: 12 }, { stage: INTERVIEW, daysAgo: 5 }], consent: true },
  {
    proposedDaysAgo: 30,
    moves: [{ stage: PRESENTED, daysAgo: 27 }, { stage: INTERVIEW, daysAgo: 22 }, { stage: INTERNSHIP_STARTED, daysAgo: INTERNSHIP_UNDER_WAY_DAYS }],
    consent: true,
    internship: true,
  },
  {
    proposedDaysAgo: 25,
    moves: [{ stage: PRESENTED, daysAgo: 20 }, { stage: INTERVIEW, daysAgo: 15 }],
    outcome: { outcome: PlacementOutcome.NOT_HIRED, daysAgo: 10, reason: 'Arbetsgivaren valde en sökande med längre erfarenhet av yrket.' },
    consent: true,
  },
];

interface OpeningRow {
  id: string;
  kind: OpeningKind;
  sector_id: string;
  principal_id: string;
  start_on: string;
  /** In a team of recruiter1's */
  mine: boolean;
}

/**
 * Puts {@link DEMO_PLACEMENTS} on recruiter1's open openings (the internship under way at an internship that has begun), through {@link PlacementsService} as recruiter1, so
 * that the lifecycle's rules, the consent to present, the history and the outbox are the real ones. Each step is
 * taken on its day ({@link asOf}: the service dates a change by the clock). The people are job seekers of the opening's sector with an open enrolment period that began before the
 * first step, chosen by a seeded rng among those with (or without) the consent the placement needs. Returns how many.
 */
export async function seedDemoPlacements(em: EntityManager, world: DemoWorld, service: PlacementsService, clock: Clock): Promise<number> {
  const recruiterId = world.users.get('recruiter1');
  if (!recruiterId) throw new Error('Demo placements: no recruiter1');
  const openings: OpeningRow[] = await em.query(
    `SELECT o.id, o.kind, o.sector_id, o.principal_id, o.start_on::text AS start_on,
            o.team_id IN (SELECT team_id FROM team_member WHERE user_id = $1) AS mine
     FROM opening o WHERE o.status = 'OPEN' ORDER BY o.title, o.id`,
    [recruiterId],
  );
  const jobs = openings.filter((o) => o.mine && !INTERNSHIP_KINDS.includes(o.kind));
  // an internship under way is at an internship whose period has begun (the demo's has check-ins), recruiter1's first
  const begun = openings.filter((o) => INTERNSHIP_KINDS.includes(o.kind) && o.start_on <= addDays(world.today, -INTERNSHIP_UNDER_WAY_DAYS));
  const internships = [...begun.filter((o) => o.mine), ...begun.filter((o) => !o.mine)];
  if (jobs.length === 0 || internships.length === 0) throw new Error('Demo placements: no open job of recruiter1, or no internship under way');

  const ctx = demoContext(em, world, 'recruiter1');
  const rng = new DemoRng(PLACEMENT_SEED);
  const placed = new Set<string>();
  const at = (daysAgo: number) => new Date(`${addDays(world.today, -daysAgo)}T10:00:00Z`);
  for (const [i, demo] of DEMO_PLACEMENTS.entries()) {
    const pool = demo.internship ? internships : jobs;
    const opening = pool[i % pool.length]!;
    const candidateId = await pickPerson(em, opening, demo, world.today, placed, rng);
    placed.add(candidateId);
    let placement = await asOf(clock, at(demo.proposedDaysAgo), () => service.create(ctx, { candidateId, openingId: opening.id }));
    for (const move of demo.moves) {
      placement = await asOf(clock, at(move.daysAgo), () => service.advance(ctx, { id: placement.id, version: placement.version, stage: move.stage }));
    }
    const { outcome } = demo;
    if (outcome) {
      await asOf(clock, at(outcome.daysAgo), () => service.recordOutcome(ctx, { id: placement.id, version: placement.version, outcome: outcome.outcome, reason: outcome.reason }));
    }
  }
  return DEMO_PLACEMENTS.length;
}

/** A job seeker of the opening's sector (of its municipality when there is one), open since before the placement began, with the consent asked for. */
async function pickPerson(em: EntityManager, opening: OpeningRow, demo: DemoPlacement, today: string, placed: Set<string>, rng: DemoRng): Promise<string> {
  const rows: Array<{ id: string; principal_id: string }> = await em.query(
    `SELECT c.id, c.principal_id FROM candidate c JOIN enrolment e ON e.candidate_id = c.id AND e.exit_on IS NULL
     WHERE e.sector_id = $1 AND e.first_contact_on <= $2
       AND ${demo.consent ? '' : 'NOT '}EXISTS (SELECT 1 FROM consent k WHERE k.candidate_id = c.id AND k.purpose = 'SHARE_PROFILE_WITH_EMPLOYERS' AND k.withdrawn_at IS NULL)
     ORDER BY c.identity_number`,
    [opening.sector_id, addDays(today, -demo.proposedDaysAgo - 7)],
  );
  const free = rows.filter((r) => !placed.has(r.id));
  // a municipality's own residents first, so that its reviewer has placements to read too
  const local = free.filter((r) => r.principal_id === opening.principal_id);
  if (free.length === 0) throw new Error(`Demo placements: nobody to place at opening ${opening.id}`);
  return rng.pick(local.length > 0 ? local : free).id;
}
