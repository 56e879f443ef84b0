import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Candidate } from '../candidates/candidate.entity.js';
import { CandidatesService } from '../candidates/candidates.service.js';
import { AccessLogService } from '../modules/audit/access-log.service.js';
import { findScoped, scopedQuery } from '../platform/auth/principal-access.js';
import { Clock } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { Opening } from '../modules/openings/opening.entity.js';
import { OpeningStatus } from '../modules/openings/opening.enums.js';
import { exposureReport } from './fairness.js';
import type { CandidateRanking, ExcludedCandidate, ExposureDimension, OpeningRanking } from './matching.types.js';
import { LivePoolsService, loadRankable } from './live-pools.service.js';
import { rankCandidates, rankOpenings } from './rank.js';
import type { RankableOpening } from './ranking.types.js';
import { commuteLimitOf } from './commute.js';
import { TaxonomyGraph } from './taxonomy-graph.js';
import { RankingRecordsService } from './ranking-records.service.js';

/**
 * Ranks candidates for an opening and openings for a candidate with the pure engine in rank.ts, over the people
 * and openings the caller may see. Every person in an answer is written to the access log. Nothing the
 * Discrimination Act protects reaches the engine: the rankable shapes have no field for it.
 */
@Injectable()
export class MatchingService {
  private readonly kept = new Map<string, Promise<unknown>>();

  constructor(
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
    private readonly candidates: CandidatesService,
    private readonly livePools: LivePoolsService,
    private readonly records: RankingRecordsService,
  ) {}

  async rankCandidatesForOpening(ctx: RequestContext, openingId: string, limit: number, excludedLimit: number): Promise<CandidateRanking> {
    const opening = await findScoped(ctx, Opening, openingId, 'Opening');
    const live = await this.livePools.poolFor(ctx);
    const labels = await this.labels(ctx.em);
    const result = live.rank(toRankableOpening(opening), await this.taxonomyGraph(ctx.em), {
      limit,
      explainTop: limit,
      today: this.clock.today(),
      label: (id) => labels.get(id),
    });
    const excluded = result.listExcluded(excludedLimit);
    const shown = [...result.ranked, ...result.nearMisses, ...excluded];
    // the records and their access-log entries, side by side: an answer is given only once both are done
    const [people] = await Promise.all([this.people(ctx, shown.map((r) => r.id)), this.accessLog.record(ctx, shown, 'rankCandidatesForOpening')]);
    const principalOf = (id: string) => (people.get(id) as Candidate).principalId;
    const recordId = await this.records.keep(ctx, {
      openingId: opening.id,
      considered: live.size,
      excludedCount: result.excludedCount,
      ranked: result.ranked.map((r) => ({ candidateId: r.id, principalId: principalOf(r.id), score: r.score, explanation: r.explanation })),
      nearMisses: result.nearMisses.map((n) => ({ candidateId: n.id, principalId: principalOf(n.id), score: n.score, reasons: n.reasons })),
    });
    const toExcluded = (e: { id: string; reasons: readonly string[]; score?: number }): ExcludedCandidate => ({
      candidate: people.get(e.id) as Candidate,
      reasons: [...e.reasons],
      score: e.score ?? null,
    });
    return {
      recordId,
      opening,
      considered: live.size,
      ranked: result.ranked.map((r) => ({ candidate: people.get(r.id) as Candidate, score: r.score, explanation: r.explanation, factors: r.factors })),
      nearMisses: result.nearMisses.map(toExcluded),
      excludedCount: result.excludedCount,
      excluded: excluded.map(toExcluded),
    };
  }

  /**
   * Ranks only the people in `candidateIds` (within the caller's principals, with an open enrolment period) for an
   * opening, each explained: the same engine and hard requirements (consent to share the profile among them) as
   * {@link rankCandidatesForOpening}, over a pool of just these people. For recruitment meetings, whose invite list
   * is the team's own sector's people. Returns ids, not records: the caller writes to the access log the people it
   * shows.
   */
  async rankCandidatesAmong(
    ctx: RequestContext,
    openingId: string,
    candidateIds: readonly string[],
  ): Promise<Array<{ candidateId: string; score: number; explanation: string }>> {
    const opening = await findScoped(ctx, Opening, openingId, 'Opening');
    if (candidateIds.length === 0) return [];
    const people = await loadRankable(ctx.em, [...ctx.actor.readablePrincipalIds], [...new Set(candidateIds)]);
    const labels = await this.labels(ctx.em);
    const result = rankCandidates(toRankableOpening(opening), people, await this.taxonomyGraph(ctx.em), {
      limit: people.length || 1,
      explainTop: people.length,
      today: this.clock.today(),
      label: (id) => labels.get(id),
    });
    return result.ranked.map((r) => ({ candidateId: r.id, score: r.score, explanation: r.explanation }));
  }

  async rankOpeningsForCandidate(ctx: RequestContext, candidateId: string, limit: number): Promise<OpeningRanking> {
    const person = await this.candidates.get(ctx, candidateId, 'rankOpeningsForCandidate');
    const openings = await scopedQuery(ctx, Opening, 'o').andWhere('o.status = :open', { open: OpeningStatus.OPEN }).getMany();
    const [rankable] = await loadRankable(ctx.em, [person.principalId], [person.id], false);
    const byId = new Map(openings.map((o) => [o.id, o]));
    const labels = await this.labels(ctx.em);
    const result = rankOpenings(
      rankable,
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
    const live = await this.livePools.poolFor(ctx);
    const graph = await this.taxonomyGraph(ctx.em);
    const today = this.clock.today();
    const lists = openings.map((o) => live.rank(toRankableOpening(o), graph, { limit: 10, explainTop: 0, today }).ranked.map((r) => r.id));
    // the groups of everyone in the pool, read only here and only as the report's groups
    const people: Array<Pick<Candidate, 'id' | 'birthDate' | 'newlyArrived' | 'swedishLevel'>> = await ctx.em.query(
      `SELECT id, birth_date::text AS "birthDate", newly_arrived AS "newlyArrived", swedish_level AS "swedishLevel"
         FROM candidate WHERE id = ANY($1)`,
      [live.candidates().map((c) => c.id)],
    );
    const dimensions: Array<[string, (c: (typeof people)[number]) => string]> = [
      ['age', (c) => ageBand(c.birthDate, today)],
      ['newly arrived', (c) => (c.newlyArrived ? 'nyanländ' : 'ej nyanländ')],
      ['Swedish level', (c) => c.swedishLevel],
    ];
    return dimensions.map(([dimension, groupOf]) => {
      const report = exposureReport(lists, people, (c) => c.id, groupOf);
      return { dimension, lists: report.lists, disparity: report.disparity, groups: report.groups };
    });
  }

  /** The people a ranking names, by id, for the answer (the pool holds only what the engine takes). */
  private async people(ctx: RequestContext, ids: string[]): Promise<Map<string, Candidate>> {
    const people = await ctx.em.getRepository(Candidate).findBy({ id: In([...new Set(ids)]) });
    return new Map(people.map((p) => [p.id, p]));
  }

  /** The occupation graph, built once from the imported taxonomy and kept for the process. */
  private taxonomyGraph(em: EntityManager): Promise<TaxonomyGraph> {
    return this.keep('graph', async () => {
      const concepts: Array<{ id: string; type: string; parentId: string | null }> = await em.query(`SELECT id, type, parent_id AS "parentId" FROM taxonomy_concept`);
      const relations: Array<{ kind: string; fromId: string; toId: string }> = await em.query(`SELECT kind, from_id AS "fromId", to_id AS "toId" FROM taxonomy_relation`);
      return new TaxonomyGraph({ concepts, relations } as ConstructorParameters<typeof TaxonomyGraph>[0]);
    });
  }

  /**
   * Swedish labels for explanations: every taxonomy concept an explanation can name (occupations in experience and
   * wishes, skills, licences, working hours) and the sectors, read once like the graph (both change only with a
   * taxonomy import, which a restart picks up).
   */
  private labels(em: EntityManager): Promise<Map<string, string>> {
    return this.keep('labels', async () => {
      const rows: Array<{ id: string; label: string }> = await em.query(`SELECT id, label FROM taxonomy_concept UNION ALL SELECT id::text, name FROM sector`);
      return new Map(rows.map((r) => [r.id, r.label]));
    });
  }

  /** `load()` once and keep the result for the process; a failed load is not kept, so the next call tries again. */
  private keep<T>(key: string, load: () => Promise<T>): Promise<T> {
    let loading = this.kept.get(key) as Promise<T> | undefined;
    if (!loading) {
      loading = load();
      this.kept.set(key, loading);
      loading.catch(() => this.kept.delete(key));
    }
    return loading;
  }
}

/** Age bands for the exposure report only; age is never a ranking input. */
export function ageBand(birthDate: string, today: string): string {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age < 25 ? '18-24' : age < 35 ? '25-34' : age < 50 ? '35-49' : '50+';
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
    maxCommuteMinutes: commuteLimitOf(o),
    languageNeeds: o.languageNeeds.map((n) => ({ languageId: n.languageConceptId, minLevelId: n.minLevelConceptId })),
    municipalityId: o.municipalityConceptId,
    postalCode: o.postalCode,
    worktimeId: o.worktimeConceptId,
    startOn: o.startOn,
  };
}
