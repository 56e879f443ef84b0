import { Args, ArgsType, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { ALL_ROLES, Role } from '../../platform/auth/role.enum.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { RecordChange } from '../history/record-change.entity.js';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';
import { Agreement } from './agreement.entity.js';
import { AmendAgreementInput, CreateAgreementInput } from './agreement.input.js';
import { AgreementsService } from './agreements.service.js';
import { Organisation } from './organisation.entity.js';

@ArgsType()
class EndAgreementArgs {
  @Field({ description: 'The last day the agreement is in force: today or later' })
  @IsCalendarDate()
  lastDay: string;
}

@Resolver(() => Agreement)
export class AgreementsResolver {
  constructor(private readonly service: AgreementsService) {}

  @Allow(...ALL_ROLES)
  @Query(() => [Agreement], { description: 'Agreements your organisation acts under, or made for your municipality' })
  agreements(@Ctx() ctx: RequestContext): Promise<Agreement[]> {
    return this.service.list(ctx);
  }

  @Allow(Role.ADMINISTRATOR)
  @Query(() => [Organisation], { description: 'Every organisation that can be a party to an agreement: public bodies, by name' })
  agreementParties(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return this.service.parties(ctx);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => Agreement, { description: 'An agreement under which an organisation acts for a principal, from today or later' })
  createAgreement(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The parties, the roles and the days in force' }) input: CreateAgreementInput,
  ): Promise<Agreement> {
    return this.service.create(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => Agreement, { description: "Changes an agreement's name, roles, last day, or first day while it has not begun" })
  amendAgreement(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The agreement's id and what changes" }) input: AmendAgreementInput,
  ): Promise<Agreement> {
    return this.service.amend(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => Agreement, { description: "Ends an agreement: after its last day the provider's staff reach none of the principal's people" })
  endAgreement(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @Args() args: EndAgreementArgs): Promise<Agreement> {
    return this.service.end(ctx, id, args.lastDay);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that does the work' })
  actingOrganisation(@Loaders() loaders: RequestLoaders, @Parent() agreement: Agreement) {
    return loaders.organisation.load(agreement.actingOrganisationId);
  }

  @ResolveField(() => Organisation, { description: 'The municipality that stays principal (huvudman) of the data' })
  principal(@Loaders() loaders: RequestLoaders, @Parent() agreement: Agreement) {
    return loaders.organisation.load(agreement.principalId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the agreement is in force today' })
  inForce(@Parent() agreement: Agreement): boolean {
    return this.service.inForce(agreement);
  }

  @ResolveField(() => [RecordChange], { description: 'Every change made to the agreement, newest first, with who and when' })
  history(@Ctx() ctx: RequestContext, @Parent() agreement: Agreement): Promise<RecordChange[]> {
    return this.service.changes(ctx, agreement);
  }
}
