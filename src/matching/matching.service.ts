import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Candidate } from '../candidates/candidate.entity.js';
import { CandidatesService } from '../candidates/candidates.service.js';
import { impliedDrivingLicences } from '../candidates/driving-licences.js';
import { AccessLogService } from '../modules/audit/access-log.service.js';
import { findScoped, scopedQuery } from '../modules/auth/principal-access.js';
import { Clock } from '../modules/context/clock.js';
import type { RequestContext } from '../modules/context/request-context.js';
import { Opening } from '../modules/openings/opening.entity.js';
import { OpeningStatus } from '../modules/openings/opening.enums.js';
import { exposureReport } from './fairness.js';
import type { CandidateRanking, ExcludedCandidate, ExposureDimension, OpeningRanking } from './matching.types.js';
import { prepareCandidates, type CandidatePool } from './candidate-pool.js';
import { rankCandidates, rankOpenings } from './rank.js';
import type { RankableCandidate, RankableOpening } from './ranking.types.js';
import { TaxonomyGraph } from './taxonomy-graph.js';

/**
 * Ranks candidates for an opening and openings for a candidate with the pure engine in rank.ts, over the people
 * and openings the caller may see. Every person in an answer is written to the access log. Nothing the
 * Discrimination Act protects reaches the engine: the rankable shapes have no field for it.
 */
@Injectable()
export class MatchingService {
  private graph?: Promise<TaxonomyGraph>;
  private readonly pools = new Map<string, CachedPool>();

  constructor(
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
    private readonly candidates: CandidatesService,
  ) {}

  async rankCandidatesForOpening(ctx: RequestContext, openingId: string, limit: number, excludedLimit: number): Promise<CandidateRanking> {
    const opening = await findScoped(ctx, Opening, openingId, 'Opening');
    const { people, byId, pool } = await this.candidatePool(ctx);
    const labels = await this.labels(ctx.em, [opening.occupationConceptId, ...opening.requiredSkills.map((s) => s.skillConceptId), ...opening.preferredSkills.map((s) => s.skillConceptId), ...opening.requiredLicenceConceptIds]);
    const result = rankCandidates(
      toRankableOpening(opening),
      pool,
      await this.taxonomyGraph(ctx.em),
      { limit, explainTop: limit, today: this.clock.today(), label: (id) => labels.get(id) },
    );
    const excluded = result.listExcluded(excludedLimit);
    const shown = [...result.ranked.map((r) => r.id), ...result.nearMisses.map((r) => r.id), ...excluded.map((r) => r.id)];
    await this.accessLog.record(ctx, [...new Set(shown)].map((id) => byId.get(id) as Candidate), 'rankCandidatesForOpening');
    const toExcluded = (e: { id: string; reasons: readonly string[]; score?: number }): ExcludedCandidate => ({
      candidate: byId.get(e.id) as Candidate,
      reasons: [...e.reasons],
      score: e.score ?? null,
    });
    return {
      opening,
      considered: people.length,
      ranked: result.ranked.map((r) => ({ candidate: byId.get(r.id) as Candidate, score: r.score, explanation: r.explanation, factors: r.factors })),
      nearMisses: result.nearMisses.map(toExcluded),
      excludedCount: result.excludedCount,
      excluded: excluded.map(toExcluded),
    };
  }

  async rankOpeningsForCandidate(ctx: RequestContext, candidateId: string, limit: number): Promise<OpeningRanking> {
    const person = await this.candidates.get(ctx, candidateId, 'rankOpeningsForCandidate');
    const openings = await scopedQuery(ctx, Opening, 'o').andWhere('o.status = :open', { open: OpeningStatus.OPEN }).getMany();
    const sharing = await this.candidates.sharingWithEmployers(ctx, [person.id]);
    const byId = new Map(openings.map((o) => [o.id, o]));
    const labels = await this.labels(ctx.em, openings.flatMap((o) => [o.occupationConceptId, ...o.requiredSkills.map((s) => s.skillConceptId), ...o.requiredLicenceConceptIds]));
    const result = rankOpenings(
      toRankableCandidate(person, sharing.has(person.id)),
      openings.map(toRankableOpening),
      await this.taxonomyGraph(ctx.em),
      { limit, explainTop: limit, today: this.clock.today(), label: (id) => labels.get(id) },
    );
    return {
      ranked: result.ranked.map((r) => ({ opening: byId.get(r.id) as Opening, score: r.score, explanation: r.explanation, factors: r.factors })),
      excludedCount: result.excludedCount,
    };
  }

  /**
   * The aggregate exposure report (issue: "how often groups appear in top-10 lists"): every open opening in the
   * caller's scope ranked, its top 10 counted per group. Groups include age bands and newly arrived: these are
   * never ranking inputs, and this report is how their absence is checked in practice. It returns no one's data.
   */
  async exposureReport(ctx: RequestContext): Promise<ExposureDimension[]> {
    const openings = await scopedQuery(ctx, Opening, 'o').andWhere('o.status = :open', { open: OpeningStatus.OPEN }).getMany();
    const { people, pool } = await this.candidatePool(ctx);
    const graph = await this.taxonomyGraph(ctx.em);
    const today = this.clock.today();
    const lists = openings.map((o) => rankCandidates(toRankableOpening(o), pool, graph, { limit: 10, explainTop: 0, today }).ranked.map((r) => r.id));
    const dimensions: Array<[string, (c: Candidate) => string]> = [
      ['age', (c) => ageBand(c.birthDate, today)],
      ['newly arrived', (c) => (c.newlyArrived ? 'nyanländ' : 'ej nyanländ')],
      ['Swedish level', (c) => c.swedishLevel],
    ];
    return dimensions.map(([dimension, groupOf]) => {
      const report = exposureReport(lists, people, (c) => c.id, groupOf);
      return { dimension, lists: report.lists, disparity: report.disparity, groups: report.groups };
    });
  }

  /**
   * The people a caller may rank (open enrolment periods within their principals), prepared for the engine and
   * kept between queries. A cheap fingerprint of candidates, open periods and consents is read on every query; the
   * pool is rebuilt only when it changed, so the ranking is current without reloading everyone each time, and
   * every instance of the service sees the same database.
   */
  private async candidatePool(ctx: RequestContext): Promise<CachedPool> {
    const principals = [...ctx.actor.readablePrincipalIds].sort();
    const key = principals.join(',');
    const [{ fingerprint }]: Array<{ fingerprint: string }> = await ctx.em.query(
      `SELECT concat_ws('|',
         (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM candidate WHERE principal_id = ANY($1)),
         (SELECT md5(coalesce(string_agg(candidate_id::text, ',' ORDER BY candidate_id), '')) FROM enrolment
           WHERE principal_id = ANY($1) AND exit_on IS NULL),
         (SELECT count(*) || ':' || count(withdrawn_at) || ':' || coalesce(max(given_at)::text, '') || ':' ||
                 coalesce(max(withdrawn_at)::text, '') FROM consent WHERE principal_id = ANY($1))) AS fingerprint`,
      [principals],
    );
    const cached = this.pools.get(key);
    if (cached?.fingerprint === fingerprint) return cached;
    const people = await scopedQuery(ctx, Candidate, 'c')
      .andWhere(`EXISTS (SELECT 1 FROM enrolment e WHERE e.candidate_id = c.id AND e.exit_on IS NULL)`)
      .orderBy('c.id')
      .getMany();
    const sharing = await this.candidates.sharingWithEmployers(ctx, people.map((p) => p.id));
    const fresh: CachedPool = {
      fingerprint,
      people,
      byId: new Map(people.map((p) => [p.id, p])),
      pool: prepareCandidates(people.map((p) => toRankableCandidate(p, sharing.has(p.id)))),
    };
    this.pools.set(key, fresh);
    return fresh;
  }

  /** The occupation graph, built once from the imported taxonomy and kept for the process. */
  private taxonomyGraph(em: EntityManager): Promise<TaxonomyGraph> {
    this.graph ??= (async () => {
      const concepts: Array<{ id: string; type: string; parentId: string | null }> = await em.query(`SELECT id, type, parent_id AS "parentId" FROM taxonomy_concept`);
      const relations: Array<{ kind: string; fromId: string; toId: string }> = await em.query(`SELECT kind, from_id AS "fromId", to_id AS "toId" FROM taxonomy_relation`);
      return new TaxonomyGraph({ concepts, relations } as ConstructorParameters<typeof TaxonomyGraph>[0]);
    })();
    return this.graph;
  }

  /** Labels for explanations: the taxonomy concepts an answer names, and the sectors. */
  private async labels(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; label: string }> = await em.query(
      `SELECT id, label FROM taxonomy_concept WHERE id = ANY($1) UNION ALL SELECT id::text, name FROM sector`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.label]));
  }
}

interface CachedPool {
  fingerprint: string;
  people: Candidate[];
  byId: Map<string, Candidate>;
  pool: CandidatePool;
}

/** Age bands for the exposure report only; age is never a ranking input. */
function ageBand(birthDate: string, today: string): string {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age < 25 ? '18-24' : age < 35 ? '25-34' : age < 50 ? '35-49' : '50+';
}

function toRankableCandidate(c: Candidate, sharesProfileWithEmployers: boolean): RankableCandidate {
  return {
    id: c.id,
    experience: c.experience.map((e) => ({ occupationId: e.occupationConceptId, years: e.years })),
    skillIds: c.skillConceptIds,
    wantedOccupationIds: c.wantedOccupationConceptIds,
    wantedSectorIds: c.wantedSectorIds,
    wantsInternship: c.wantsInternship,
    wantedWorktimeIds: c.wantedWorktimeConceptIds,
    swedishLevel: c.swedishLevel,
    licenceIds: impliedDrivingLicences(c.drivingLicenceConceptIds),
    homeMunicipalityId: c.homeMunicipalityConceptId,
    earliestStartOn: c.earliestStartOn,
    workLimitations: c.workLimitations,
    sharesProfileWithEmployers,
  };
}

function toRankableOpening(o: Opening): RankableOpening {
  return {
    id: o.id,
    kind: o.kind,
    occupationId: o.occupationConceptId,
    sectorId: o.sectorId,
    requiredSkills: o.requiredSkills.map((s) => ({ skillId: s.skillConceptId, weight: s.weight })),
    preferredSkills: o.preferredSkills.map((s) => ({ skillId: s.skillConceptId, weight: s.weight })),
    minSwedishLevel: o.minSwedishLevel,
    requiredLicenceIds: o.requiredLicenceConceptIds,
    municipalityId: o.municipalityConceptId,
    worktimeId: o.worktimeConceptId,
    startOn: o.startOn,
  };
}
