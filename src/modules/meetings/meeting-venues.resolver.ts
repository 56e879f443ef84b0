import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { MEETING_READERS, VENUE_EDITORS } from './meeting-permissions.js';
import { MeetingVenue } from './meeting-venue.entity.js';
import { MeetingVenuesService } from './meeting-venues.service.js';
import { MeetingVenueArgs } from './meeting.args.js';
import { MeetingVenueInput, UpdateMeetingVenueInput } from './meeting.input.js';

@Resolver(() => MeetingVenue)
export class MeetingVenuesResolver {
  constructor(private readonly venues: MeetingVenuesService) {}

  @Allow(...MEETING_READERS)
  @Query(() => [MeetingVenue], { description: 'Venues for recruitment meetings in your municipalities, by name' })
  meetingVenues(@Ctx() ctx: RequestContext, @Args() args: MeetingVenueArgs): Promise<MeetingVenue[]> {
    return this.venues.list(ctx, args);
  }

  @Allow(...VENUE_EDITORS)
  @Mutation(() => MeetingVenue, { description: 'A venue with its capacity, in a municipality you act for' })
  createMeetingVenue(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The municipality, name, address and capacity' }) input: MeetingVenueInput,
  ): Promise<MeetingVenue> {
    return this.venues.create(ctx, input);
  }

  @Allow(...VENUE_EDITORS)
  @Mutation(() => MeetingVenue, { description: 'Changes a venue (send the version you read)' })
  updateMeetingVenue(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The venue, the version you read, and the fields that change' }) input: UpdateMeetingVenueInput,
  ): Promise<MeetingVenue> {
    return this.venues.update(ctx, input);
  }

  @ResolveField(() => Organisation, { description: 'The municipality the venue is in' })
  principal(@Loaders() loaders: RequestLoaders, @Parent() venue: MeetingVenue) {
    return loaders.organisation.load(venue.principalId);
  }
}
