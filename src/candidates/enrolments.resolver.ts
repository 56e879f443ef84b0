import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import type { RequestLoaders } from '../platform/graphql/request-loaders.js';
import { Team } from '../modules/organisations/team.entity.js';
import { User } from '../modules/organisations/user.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Candidate } from './candidate.entity.js';
import { ENROLMENT_KEEPERS } from './candidate-permissions.js';
import { CandidatesService } from './candidates.service.js';
import { Enrolment } from './enrolment.entity.js';
import { ExitOutcome } from '../modules/statistics/exit-outcome.enums.js';
import { exitOutcome } from '../modules/statistics/exit-rules.js';
import { ChooseSectorInput, ConfirmWorkExitInput, ExitEnrolmentInput, FirstMeetingInput, PlanningWeekInput } from './enrolment.input.js';
import { EnrolmentsService } from './enrolments.service.js';

@Resolver(() => Enrolment)
export class EnrolmentsResolver {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => Enrolment, { description: 'The first meeting (nysamtal); you become the person’s secretary' })
  recordFirstMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period, the day and the assessment' }) input: FirstMeetingInput,
  ): Promise<Enrolment> {
    return this.enrolments.recordFirstMeeting(ctx, input);
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => Enrolment, { description: 'Records the start of the planning week of an open enrolment period' })
  startPlanningWeek(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period and the first day of the week' }) input: PlanningWeekInput,
  ): Promise<Enrolment> {
    return this.enrolments.startPlanningWeek(ctx, input);
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => Enrolment, { description: 'The sector the person chose; puts them in that sector’s team' })
  chooseSector(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period, the sector and the day it was chosen' }) input: ChooseSectorInput,
  ): Promise<Enrolment> {
    return this.enrolments.chooseSector(ctx, input);
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => Enrolment, { description: 'Ends the enrolment period: to work, to studies, or for another reason' })
  exitEnrolment(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period, the last day and the reason' }) input: ExitEnrolmentInput,
  ): Promise<Enrolment> {
    return this.enrolments.exit(ctx, input);
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => Enrolment, {
    description: 'Whether an exit to work lasted: the job ended on jobEndedOn, or (null) still running a month on (Kolada)',
  })
  confirmWorkExit(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment period and, if the job has ended, its last day' }) input: ConfirmWorkExitInput,
  ): Promise<Enrolment> {
    return this.enrolments.confirmWorkExit(ctx, input);
  }

  @ResolveField(() => ExitOutcome, { nullable: true, description: 'Where the exit counts in the statistics (Kolada)' })
  exitOutcome(@Parent() enrolment: Enrolment): ExitOutcome | null {
    return enrolment.exitReason ? exitOutcome(enrolment.exitReason, enrolment.workCheck) : null;
  }

  @ResolveField(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate(@Ctx() ctx: RequestContext, @Parent() enrolment: Enrolment): Promise<Candidate> {
    return this.candidates.get(ctx, enrolment.candidateId, 'Enrolment.candidate');
  }

  @ResolveField(() => User, { nullable: true, description: 'The labour-market secretary (ASK) who owns the plan; null before the first meeting' })
  secretary(@Loaders() loaders: RequestLoaders, @Parent() enrolment: Enrolment) {
    return enrolment.secretaryId ? loaders.user.load(enrolment.secretaryId) : null;
  }

  @ResolveField(() => Sector, { nullable: true, description: 'The sector chosen; null before the choice' })
  sector(@Loaders() loaders: RequestLoaders, @Parent() enrolment: Enrolment) {
    return enrolment.sectorId ? loaders.sector.load(enrolment.sectorId) : null;
  }

  @ResolveField(() => Team, { nullable: true, description: 'The sector team following the person; null before the sector is chosen' })
  team(@Loaders() loaders: RequestLoaders, @Parent() enrolment: Enrolment) {
    return enrolment.teamId ? loaders.team.load(enrolment.teamId) : null;
  }
}
