import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { User } from '../organisations/user.entity.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';
import { MeetingFeedToken } from './meeting-feed-token.entity.js';
import { MEETING_PLANNERS } from './meeting-permissions.js';
import { CreateMeetingFeedTokenInput } from './meeting.input.js';
import { CreatedMeetingFeedToken } from './meeting.types.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

@Resolver(() => MeetingFeedToken)
export class MeetingCalendarResolver {
  constructor(private readonly calendar: MeetingCalendarService) {}

  @Allow(...MEETING_PLANNERS)
  @Query(() => [MeetingFeedToken], { description: "A team's calendar feed tokens (never the tokens themselves)" })
  meetingFeedTokens(@Ctx() ctx: RequestContext, @IdArg('teamId') teamId: string): Promise<MeetingFeedToken[]> {
    return this.calendar.tokens(ctx, teamId);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => CreatedMeetingFeedToken, { description: "A token for a team's meeting feed over HTTP, for calendar apps; shown once" })
  createMeetingFeedToken(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The team and an optional label' }) input: CreateMeetingFeedTokenInput,
  ): Promise<CreatedMeetingFeedToken> {
    return this.calendar.createToken(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => MeetingFeedToken, { description: 'Revokes a feed token: its URL stops working' })
  revokeMeetingFeedToken(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<MeetingFeedToken> {
    return this.calendar.revokeToken(ctx, id);
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who created it' })
  createdBy(@Loaders() loaders: RequestLoaders, @Parent() token: MeetingFeedToken) {
    return loaders.user.load(token.createdById);
  }
}
