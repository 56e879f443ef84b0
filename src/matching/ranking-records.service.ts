import { Injectable } from '@nestjs/common';
import { Clock } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { ENGINE_VERSION, WEIGHTS } from './rank.js';
import { RankingDecision, RankingPlacement, RankingRecord, RankingRecordEntry } from './ranking-record.entity.js';

/** A ranking as it was shown, for {@link RankingRecordsService.keep}. */
export interface ShownRanking {
  openingId: string;
  considered: number;
  excludedCount: number;
  ranked: ReadonlyArray<{ candidateId: string; principalId: string; score: number; explanation: string }>;
  nearMisses: ReadonlyArray<{ candidateId: string; principalId: string; score: number | null; reasons: readonly string[] }>;
}

/**
 * Keeps every ranking shown to a member of staff, and the human decisions on the people in it (EU AI Act, Annex III
 * 4(a): candidate ranking is high-risk; docs/rules.md "A person decides"). A ranking is kept in the request that shows
 * it; a decision (shortlisting, presenting, inviting, passing over) is written on the newest kept entry of that person
 * for that opening, so the record says what the proposal was and what a person then did with it.
 */
@Injectable()
export class RankingRecordsService {
  constructor(private readonly clock: Clock) {}

  /** Keeps a ranking as shown, the record and its people in one statement; returns the record's id. */
  async keep(ctx: RequestContext, shown: ShownRanking): Promise<string> {
    const entries = [
      ...shown.ranked.map((r, k) => ({ ...r, placement: RankingPlacement.RANKED, position: (k + 1) as number | null })),
      ...shown.nearMisses.map((n) => ({ ...n, explanation: n.reasons.join('; '), placement: RankingPlacement.NEAR_MISS, position: null })),
    ];
    const column = <T>(pick: (e: (typeof entries)[number]) => T): T[] => entries.map(pick);
    const [{ id }]: Array<{ id: string }> = await ctx.em.query(
      `WITH r AS (INSERT INTO ranking_record (opening_id, requested_by_id, requested_at, engine_version, weights, considered, excluded_count)
                  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id),
            e AS (INSERT INTO ranking_record_entry (record_id, candidate_id, principal_id, placement, position, score, explanation)
                  SELECT r.id, u.candidate_id, u.principal_id, u.placement, u.position, u.score, u.explanation
                    FROM r, unnest($8::uuid[], $9::uuid[], $10::text[], $11::int[], $12::numeric[], $13::text[])
                         AS u(candidate_id, principal_id, placement, position, score, explanation))
       SELECT id FROM r`,
      [
        shown.openingId,
        ctx.actor.userId,
        this.clock.now(),
        ENGINE_VERSION,
        Object.fromEntries(WEIGHTS.map((w) => [w.name, w.weight])),
        shown.considered,
        shown.excludedCount,
        column((e) => e.candidateId),
        column((e) => e.principalId),
        column((e) => e.placement),
        column((e) => e.position),
        column((e) => e.score),
        column((e) => e.explanation),
      ],
    );
    return id;
  }

  /**
   * Writes a decision on the person's newest kept entry for the opening, replacing an earlier one (a person shortlisted
   * and then presented reads PRESENTED). Returns null when no kept ranking for the opening showed the person: they were
   * put forward some other way, which the shortlist or the invitation itself records.
   */
  async decide(
    ctx: RequestContext,
    openingId: string,
    candidateId: string,
    decision: RankingDecision,
    reason: string | null = null,
  ): Promise<RankingRecordEntry | null> {
    const rows: Array<{ id: string }> = await ctx.em.query(
      `UPDATE ranking_record_entry SET decision = $3, decision_reason = $4, decided_by_id = $5, decided_at = $6
        WHERE id = (SELECT e.id FROM ranking_record_entry e JOIN ranking_record r ON r.id = e.record_id
                     WHERE r.opening_id = $1 AND e.candidate_id = $2 ORDER BY r.requested_at DESC, e.id LIMIT 1)
        RETURNING id`,
      [openingId, candidateId, decision, reason, ctx.actor.userId, this.clock.now()],
    );
    const [updated] = Array.isArray(rows[0]) ? (rows[0] as Array<{ id: string }>) : rows;
    return updated ? ctx.em.getRepository(RankingRecordEntry).findOneByOrFail({ id: updated.id }) : null;
  }

  /** A member of staff passes over a person a ranking put forward, with an optional reason. */
  async passOver(ctx: RequestContext, openingId: string, candidateId: string, reason: string | null): Promise<RankingRecordEntry> {
    const entry = await this.decide(ctx, openingId, candidateId, RankingDecision.PASSED_OVER, reason);
    if (!entry) throw DomainError.field('input.candidateId', 'the person appears in no kept ranking for this opening');
    return entry;
  }

  /** The rankings the person appeared in, newest first: their right to an explanation. */
  appearances(ctx: RequestContext, candidateId: string, limit: number): Promise<RankingRecordEntry[]> {
    return ctx.em
      .getRepository(RankingRecordEntry)
      .createQueryBuilder('e')
      .innerJoin(RankingRecord, 'r', 'r.id = e.recordId')
      .where('e.candidateId = :candidateId', { candidateId })
      .orderBy('r.requestedAt', 'DESC')
      .addOrderBy('e.id')
      .limit(limit)
      .getMany();
  }
}
