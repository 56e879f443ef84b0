import { Injectable } from '@nestjs/common';
import { IsNull, QueryFailedError } from 'typeorm';
import { ConsentPurpose } from '../candidates/candidate.enums.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Enrolment } from '../candidates/enrolment.entity.js';
import { assertWritable, findScoped, scopedQuery } from '../platform/auth/principal-access.js';
import { Clock } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { Opening } from '../modules/openings/opening.entity.js';
import { ShortlistEntry } from './shortlist-entry.entity.js';
import type { AddToShortlistInput, MarkPresentedInput } from './shortlist.input.js';
import { CandidatesService } from '../candidates/candidates.service.js';
import { RankingDecision } from './ranking-record.entity.js';
import { RankingRecordsService } from './ranking-records.service.js';

/**
 * Shortlists per opening: recruiters save the candidates they mean to put forward and mark the ones presented to
 * the employer. Presenting shares the person's profile with the employer, so it needs the person's consent to
 * that (SHARE_PROFILE_WITH_EMPLOYERS, not withdrawn). Entries belong to the candidate's principal.
 */
@Injectable()
export class ShortlistService {
  constructor(
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
    private readonly records: RankingRecordsService,
  ) {}

  async add(ctx: RequestContext, input: AddToShortlistInput): Promise<ShortlistEntry> {
    const opening = await this.writableOpening(ctx, input.openingId);
    const candidate = await findScoped(ctx, Candidate, input.candidateId, 'Candidate');
    assertWritable(ctx, candidate.principalId, 'input.candidateId');
    const repo = ctx.em.getRepository(ShortlistEntry);
    if (await repo.existsBy({ openingId: opening.id, candidateId: candidate.id })) throw alreadyOnShortlist();
    const enrolled = await ctx.em.getRepository(Enrolment).existsBy({ candidateId: candidate.id, exitOn: IsNull() });
    if (!enrolled) {
      throw DomainError.conflict(
        'Only a person with an open enrolment period can be shortlisted',
        [{ field: 'input.candidateId', message: 'no open enrolment period' }],
        'NO_OPEN_ENROLMENT',
      );
    }
    try {
      const saved = await repo.save(
        repo.create({
          openingId: opening.id,
          candidateId: candidate.id,
          principalId: candidate.principalId,
          addedById: ctx.actor.userId,
          note: input.note ?? null,
          presentedAt: null,
          presentedById: null,
        }),
      );
      await this.records.decide(ctx, opening.id, candidate.id, RankingDecision.SHORTLISTED);
      return (await this.withConsent(ctx, [saved]))[0];
    } catch (error) {
      // a concurrent add of the same person won the race for the unique (opening, candidate)
      if (error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505') throw alreadyOnShortlist();
      throw error;
    }
  }

  /** Takes a person off the shortlist; once presented to the employer the entry is part of the record and stays. */
  async remove(ctx: RequestContext, openingId: string, candidateId: string): Promise<boolean> {
    const entry = await this.writableEntry(ctx, openingId, candidateId);
    if (entry.presentedAt) {
      throw DomainError.conflict(
        'The person has been presented to the employer and cannot be taken off the shortlist',
        [{ field: 'candidateId', message: 'already presented' }],
        'ALREADY_PRESENTED',
      );
    }
    await ctx.em.getRepository(ShortlistEntry).delete({ id: entry.id });
    return true;
  }

  /** Marks the person presented to the employer, once: marking again returns the entry as it is. */
  async markPresented(ctx: RequestContext, input: MarkPresentedInput): Promise<ShortlistEntry> {
    const entry = await this.writableEntry(ctx, input.openingId, input.candidateId, 'input.');
    await this.withConsent(ctx, [entry]);
    if (entry.presentedAt) return entry;
    if (!entry.consentToShare) {
      throw DomainError.conflict(
        `Presenting shares the profile with the employer: the person has no consent ${ConsentPurpose.SHARE_PROFILE_WITH_EMPLOYERS}`,
        [{ field: 'input.candidateId', message: `no consent ${ConsentPurpose.SHARE_PROFILE_WITH_EMPLOYERS} in force` }],
        'NO_CONSENT',
      );
    }
    entry.presentedAt = this.clock.now();
    entry.presentedById = ctx.actor.userId;
    await this.records.decide(ctx, entry.openingId, entry.candidateId, RankingDecision.PRESENTED);
    return ctx.em.getRepository(ShortlistEntry).save(entry);
  }

  /** Marks each entry with whether its person's consent to share the profile with employers is in force now. */
  private async withConsent(ctx: RequestContext, entries: ShortlistEntry[]): Promise<ShortlistEntry[]> {
    const sharing = await this.candidates.sharingWithEmployers(ctx, [...new Set(entries.map((e) => e.candidateId))]);
    for (const entry of entries) entry.consentToShare = sharing.has(entry.candidateId);
    return entries;
  }

  /** The opening's shortlist within the caller's principals, in the order the people were added. */
  async shortlist(ctx: RequestContext, openingId: string): Promise<ShortlistEntry[]> {
    const opening = await findScoped(ctx, Opening, openingId, 'Opening');
    const entries = await scopedQuery(ctx, ShortlistEntry, 's')
      .andWhere('s.openingId = :openingId', { openingId: opening.id })
      .orderBy('s.addedAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return this.withConsent(ctx, entries);
  }

  private async writableOpening(ctx: RequestContext, openingId: string): Promise<Opening> {
    const opening = await findScoped(ctx, Opening, openingId, 'Opening');
    assertWritable(ctx, opening.principalId, 'openingId');
    return opening;
  }

  private async writableEntry(ctx: RequestContext, openingId: string, candidateId: string, prefix = ''): Promise<ShortlistEntry> {
    const opening = await this.writableOpening(ctx, openingId);
    const entry = await scopedQuery(ctx, ShortlistEntry, 's')
      .andWhere('s.openingId = :openingId AND s.candidateId = :candidateId', { openingId: opening.id, candidateId })
      .setLock('pessimistic_write', undefined, ['s'])
      .getOne();
    if (!entry) throw DomainError.notFound('Shortlist entry');
    assertWritable(ctx, entry.principalId, `${prefix}candidateId`);
    return entry;
  }
}

function alreadyOnShortlist(): DomainError {
  return DomainError.conflict(
    'The person is already on the shortlist',
    [{ field: 'input.candidateId', message: 'already on the shortlist' }],
    'ALREADY_ON_SHORTLIST',
  );
}
