import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { Consent } from '../../candidates/consent.entity.js';
import { Employer } from '../../employers/employer.entity.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { Opening } from '../openings/opening.entity.js';
import { ChangeHistory } from './change-history.service.js';
import { HistoryKind, RecordChange } from './record-change.entity.js';

const DESCRIPTION = 'Every change made to the record, newest first: who changed which field from what to what, and when';

/**
 * The `history` of each kind of record people edit. A record's history is read through the record, so whoever may read
 * the record (and only they) reads its history; the read of the record is what the access log holds.
 */
@Resolver(() => Candidate)
export class CandidateHistoryResolver {
  constructor(private readonly changes: ChangeHistory) {}

  @ResolveField(() => [RecordChange], { description: DESCRIPTION })
  history(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): Promise<RecordChange[]> {
    return this.changes.of(ctx, HistoryKind.CANDIDATE, candidate.id);
  }
}

@Resolver(() => Employer)
export class EmployerHistoryResolver {
  constructor(private readonly changes: ChangeHistory) {}

  @ResolveField(() => [RecordChange], { description: DESCRIPTION })
  history(@Ctx() ctx: RequestContext, @Parent() employer: Employer): Promise<RecordChange[]> {
    return this.changes.of(ctx, HistoryKind.EMPLOYER, employer.id);
  }
}

@Resolver(() => Opening)
export class OpeningHistoryResolver {
  constructor(private readonly changes: ChangeHistory) {}

  @ResolveField(() => [RecordChange], { description: DESCRIPTION })
  history(@Ctx() ctx: RequestContext, @Parent() opening: Opening): Promise<RecordChange[]> {
    return this.changes.of(ctx, HistoryKind.OPENING, opening.id);
  }
}

@Resolver(() => Consent)
export class ConsentHistoryResolver {
  constructor(private readonly changes: ChangeHistory) {}

  @ResolveField(() => [RecordChange], { description: 'Its withdrawal with who withdrew it (who recorded it and when is on the consent itself)' })
  history(@Ctx() ctx: RequestContext, @Parent() consent: Consent): Promise<RecordChange[]> {
    return this.changes.of(ctx, HistoryKind.CONSENT, consent.id);
  }
}
