import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sharesProfileWithEmployersSql } from '../candidates/candidates.service.js';
import { impliedDrivingLicences } from '../candidates/driving-licences.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { LivePool } from './live-pool.js';
import type { RankableCandidate, SwedishLevelValue, TravelModeValue, WorkLimitationValue } from './ranking.types.js';

/** A pool not refreshed for this long is rebuilt from scratch rather than patched (its change feed may be pruned). */
export const FULL_REBUILD_AFTER_MS = 12 * 3600 * 1000;
/** Change-feed rows older than this are deleted at each full build: twice FULL_REBUILD_AFTER_MS, so never needed. */
export const CHANGE_FEED_RETENTION = '24 hours';

interface Entry {
  live: LivePool;
  /** Every change by a transaction with an id at or above this (the xmin of the last read's snapshot) is unread. */
  horizon: string;
  refreshedAt: number;
  /** The last refresh: refreshes of one pool run one at a time, so an older read never overwrites a newer one. */
  pending: Promise<void>;
}

/**
 * The people a caller may rank (an open enrolment period within the principals they read), kept prepared between
 * queries, one pool per set of principals, and kept current from the database's change feed (`ranking_change`,
 * written by triggers on candidate, enrolment and consent; migration RankingChanges). Each ranking reads the feed
 * since the pool's horizon (one indexed query, usually empty) and patches just the people named there; a full
 * build happens on first use, after FULL_REBUILD_AFTER_MS without use, and never per query. Every instance of the
 * service reads the same feed, so several processes stay consistent with one database.
 *
 * The horizon is the xmin of the reading statement's snapshot: every transaction that had not committed when the
 * feed was read has an id at or above it, so its changes are read next time however late it commits. Rows read
 * twice are harmless: a person is reloaded with their current data.
 */
@Injectable()
export class LivePoolsService {
  private readonly logger = new Logger(LivePoolsService.name);
  private readonly pools = new Map<string, Promise<Entry>>();
  private builds = 0;
  /** Each set of principals' pool as last built, and how long the build took, for the metrics (src/platform/metrics/). */
  readonly lastBuilds = new Map<string, { readonly live: LivePool; readonly ms: number }>();

  /** How many full builds ran (for the benchmark and the specs: changes must not cause them). */
  get fullBuilds(): number {
    return this.builds;
  }

  /** The current pool for the principals the caller reads. */
  async poolFor(ctx: RequestContext): Promise<LivePool> {
    const principals = [...ctx.actor.readablePrincipalIds].sort();
    const key = principals.join(',');
    let building = this.pools.get(key);
    if (!building) {
      building = this.build(ctx.em, principals);
      this.pools.set(key, building);
      // a failed build is not kept: the next query tries again
      building.catch(() => this.pools.get(key) === building && this.pools.delete(key));
    }
    const entry = await building;
    if (Date.now() - entry.refreshedAt > FULL_REBUILD_AFTER_MS) {
      if (this.pools.get(key) === building) this.pools.delete(key);
      return this.poolFor(ctx);
    }
    // one refresh at a time per pool, in order; a failed one fails its own query only
    const refreshed = entry.pending.catch(() => undefined).then(() => this.refresh(ctx.em, principals, entry));
    entry.pending = refreshed;
    await refreshed;
    return entry.live;
  }

  private async build(em: EntityManager, principals: string[]): Promise<Entry> {
    const started = Date.now();
    await em.query(`DELETE FROM ranking_change WHERE changed_at < now() - interval '${CHANGE_FEED_RETENTION}'`);
    const [{ horizon }]: Array<{ horizon: string }> = await em.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
    const people = await loadRankable(em, principals, null);
    const live = new LivePool(people);
    this.builds++;
    const ms = Date.now() - started;
    this.lastBuilds.set(principals.join(','), { live, ms });
    this.logger.log(`candidate pool built: ${people.length} people in ${ms} ms`);
    return { live, horizon, refreshedAt: started, pending: Promise.resolve() };
  }

  private async refresh(em: EntityManager, principals: string[], entry: Entry): Promise<void> {
    const refreshedAt = Date.now();
    const [{ horizon, ids }]: Array<{ horizon: string; ids: string[] }> = await em.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
              ARRAY(SELECT DISTINCT candidate_id FROM ranking_change WHERE xid >= $1::xid8 AND principal_id = ANY($2)) AS ids`,
      [entry.horizon, principals],
    );
    if (ids.length > 0) {
      const current = await loadRankable(em, principals, ids);
      const still = new Set(current.map((c) => c.id));
      entry.live.apply(current, ids.filter((id) => !still.has(id)));
      this.logger.debug(`candidate pool patched: ${ids.length} people changed (${JSON.stringify(entry.live.stats)})`);
    }
    entry.horizon = horizon;
    entry.refreshedAt = refreshedAt;
  }
}

interface RankableRow {
  id: string;
  experience: Array<{ occupationConceptId: string; years: number }>;
  skills: string[];
  wanted_occupations: string[];
  wanted_sectors: string[];
  wants_internship: boolean;
  wanted_worktimes: string[];
  swedish_level: SwedishLevelValue;
  licences: string[];
  home: string;
  home_area: string | null;
  earliest_start_on: string | null;
  work_limitations: WorkLimitationValue[];
  shares: boolean;
  travel_mode: TravelModeValue;
  max_commute_minutes: number | null;
  languages: Array<{ languageConceptId: string; levelConceptId: string }>;
}

/**
 * People within `principals` as the engine sees them: those among `ids` (everyone when null), with an open enrolment
 * period unless `openOnly` is false. Just the columns the engine takes are read: nothing the Discrimination Act
 * protects is selected (see ranking.types.ts).
 */
export async function loadRankable(em: EntityManager, principals: readonly string[], ids: readonly string[] | null, openOnly = true): Promise<RankableCandidate[]> {
  const rows: RankableRow[] = await em.query(
    `SELECT c.id, c.experience, c.skill_concept_ids AS skills, c.wanted_occupation_concept_ids AS wanted_occupations,
            c.wanted_sector_ids::text[] AS wanted_sectors, c.wants_internship, c.wanted_worktime_concept_ids AS wanted_worktimes,
            c.swedish_level, c.driving_licence_concept_ids AS licences, c.home_municipality_concept_id AS home, c.address_area AS home_area,
            c.earliest_start_on::text AS earliest_start_on, c.work_limitations, ${sharesProfileWithEmployersSql('c.id')} AS shares,
            c.travel_mode, c.max_commute_minutes, c.languages
       FROM candidate c
      WHERE c.principal_id = ANY($1) AND ($2::uuid[] IS NULL OR c.id = ANY($2))
        AND (NOT $3 OR EXISTS (SELECT 1 FROM enrolment e WHERE e.candidate_id = c.id AND e.exit_on IS NULL))
      ORDER BY c.id`,
    [principals, ids, openOnly],
  );
  // the driver gives every row its own copy of each concept id: keep one copy of each (a pool of a million people
  // holds tens of millions of them)
  const known = new Map<string, string>();
  const one = (id: string): string => {
    const kept = known.get(id);
    if (kept !== undefined) return kept;
    known.set(id, id);
    return id;
  };
  const all = (ids: readonly string[]): string[] => ids.map(one);
  return rows.map((r) => ({
    id: r.id,
    experience: r.experience.map((e) => ({ occupationId: one(e.occupationConceptId), years: e.years })),
    skillIds: all(r.skills),
    wantedOccupationIds: all(r.wanted_occupations),
    wantedSectorIds: all(r.wanted_sectors),
    wantsInternship: r.wants_internship,
    wantedWorktimeIds: all(r.wanted_worktimes),
    swedishLevel: r.swedish_level,
    licenceIds: all(impliedDrivingLicences(r.licences)),
    homeMunicipalityId: one(r.home),
    homeArea: r.home_area === null ? null : one(r.home_area),
    earliestStartOn: r.earliest_start_on,
    workLimitations: r.work_limitations,
    sharesProfileWithEmployers: r.shares,
    travelMode: r.travel_mode,
    maxCommuteMinutes: r.max_commute_minutes,
    languages: r.languages.map((l) => ({ languageId: one(l.languageConceptId), levelId: one(l.levelConceptId) })),
  }));
}
