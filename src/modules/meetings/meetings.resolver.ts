import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Employer } from '../../employers/employer.entity.js';
import { EmployerContact } from '../../employers/employer-contact.entity.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';
import { MeetingEmployer } from './meeting-employer.entity.js';
import { MeetingFieldsService } from './meeting-fields.service.js';
import { MEETING_PLANNERS, MEETING_READERS } from './meeting-permissions.js';
import { MeetingPlanningService } from './meeting-planning.service.js';
import { formatOf } from './meeting-rules.js';
import { MeetingVenue } from './meeting-venue.entity.js';
import { MeetingPlanningArgs, MeetingSearchArgs } from './meeting.args.js';
import { Meeting } from './meeting.entity.js';
import { MeetingFormat } from './meeting.enums.js';
import { CancelMeetingInput, MeetingStatusInput, PlanMeetingInput, UpdateMeetingInput } from './meeting.input.js';
import { MeetingInvitationCounts, MeetingQuarterPlan } from './meeting.types.js';
import { MeetingsService } from './meetings.service.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

const MeetingPage = Paginated(Meeting, 'MeetingPage');

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly fields: MeetingFieldsService,
    private readonly planning: MeetingPlanningService,
    private readonly calendar: MeetingCalendarService,
  ) {}

  @Allow(...MEETING_READERS)
  @Query(() => Meeting, { description: 'A recruitment meeting' })
  meeting(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<Meeting> {
    return this.service.get(ctx, id);
  }

  @Allow(...MEETING_READERS)
  @Query(() => MeetingPage, { description: 'Recruitment meetings you may read, by start' })
  meetings(@Ctx() ctx: RequestContext, @Args() args: MeetingSearchArgs): Promise<Page<Meeting>> {
    return this.service.search(ctx, args);
  }

  @Allow(...MEETING_READERS)
  @Query(() => MeetingQuarterPlan, { description: 'Per municipality and sector: meetings held and planned in a quarter against the target' })
  meetingPlanning(@Ctx() ctx: RequestContext, @Args() args: MeetingPlanningArgs): Promise<MeetingQuarterPlan> {
    return this.planning.quarter(ctx, args.year, args.quarter);
  }

  @Allow(...MEETING_READERS)
  @Query(() => String, { description: "A team's meetings as an iCalendar (.ics) feed; calendar apps subscribe with a feed token (createMeetingFeedToken)" })
  teamMeetingsCalendar(@Ctx() ctx: RequestContext, @IdArg('teamId') teamId: string): Promise<string> {
    return this.calendar.teamCalendar(ctx, teamId);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Meeting, { description: "Plans a sector team's recruitment meeting; a double-booked venue or staff member is a CONFLICT naming the field" })
  planMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The team, municipality, title, time, place, responsible staff; optionally employers and notes' }) input: PlanMeetingInput,
  ): Promise<Meeting> {
    return this.service.plan(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Meeting, { description: 'Changes or moves a meeting (send the version you read); moving it re-plans the reminders' })
  updateMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The meeting, the version you read, and the fields that change' }) input: UpdateMeetingInput,
  ): Promise<Meeting> {
    return this.service.update(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Meeting, { description: 'The invitations go out (INVITATIONS_SENT); reminders follow two days and two hours before' })
  sendMeetingInvitations(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The meeting and the version you read' }) input: MeetingStatusInput,
  ): Promise<Meeting> {
    return this.service.sendInvitations(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Meeting, { description: "Marks the meeting held; each participating employer's contact log gets an entry" })
  markMeetingHeld(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The meeting and the version you read' }) input: MeetingStatusInput,
  ): Promise<Meeting> {
    return this.service.markHeld(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Meeting, { description: 'Cancels a meeting that has not been held; no reminders go out' })
  cancelMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The meeting, the version you read, and the reason' }) input: CancelMeetingInput,
  ): Promise<Meeting> {
    return this.service.cancel(ctx, input);
  }

  @ResolveField(() => Organisation, { description: 'The municipality the meeting is arranged for' })
  principal(@Loaders() loaders: RequestLoaders, @Parent() meeting: Meeting) {
    return loaders.organisation.load(meeting.principalId);
  }

  @ResolveField(() => Sector, { description: "The organising team's sector" })
  sector(@Loaders() loaders: RequestLoaders, @Parent() meeting: Meeting) {
    return loaders.sector.load(meeting.sectorId);
  }

  @ResolveField(() => Team, { description: 'The organising sector team' })
  team(@Loaders() loaders: RequestLoaders, @Parent() meeting: Meeting) {
    return loaders.team.load(meeting.teamId);
  }

  @ResolveField(() => MeetingVenue, { nullable: true, description: 'The venue; null for a digital meeting' })
  venue(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting): Promise<MeetingVenue | null> | null {
    return meeting.venueId ? this.fields.venue(ctx, meeting.venueId) : null;
  }

  @ResolveField(() => MeetingFormat, { description: 'At a venue, through a link, or both: follows from venue and onlineUrl' })
  format(@Parent() meeting: Meeting): MeetingFormat {
    return formatOf(meeting);
  }

  @ResolveField(() => [User], { description: 'The staff responsible' })
  async responsibleStaff(@Ctx() ctx: RequestContext, @Loaders() loaders: RequestLoaders, @Parent() meeting: Meeting): Promise<User[]> {
    const users = await loaders.user.loadMany(await this.fields.staff(ctx, meeting.id));
    return users.filter((u): u is User => u instanceof User);
  }

  @ResolveField(() => [MeetingEmployer], { description: 'The participating employers you may read, with the openings they bring' })
  employers(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting): Promise<MeetingEmployer[]> {
    return this.fields.employers(ctx, meeting.id);
  }

  @ResolveField(() => MeetingInvitationCounts, { description: 'How many are invited, answered and came (numbers only)' })
  invitationCounts(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting): Promise<MeetingInvitationCounts> {
    return this.fields.counts(ctx, meeting.id);
  }

  @ResolveField(() => String, { description: 'The meeting as an iCalendar (.ics) event: no data about the people invited' })
  icalendar(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting): Promise<string> {
    return this.calendar.meetingCalendar(ctx, meeting);
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who planned it' })
  createdBy(@Loaders() loaders: RequestLoaders, @Parent() meeting: Meeting) {
    return loaders.user.load(meeting.createdById);
  }
}

@Resolver(() => MeetingEmployer)
export class MeetingEmployerResolver {
  constructor(private readonly fields: MeetingFieldsService) {}

  @ResolveField(() => Employer, { description: 'The employer' })
  employer(@Loaders() loaders: RequestLoaders, @Parent() participation: MeetingEmployer) {
    return loaders.employer.load(participation.employerId);
  }

  @ResolveField(() => [Opening], { description: 'The openings the employer brings' })
  openings(@Ctx() ctx: RequestContext, @Parent() participation: MeetingEmployer): Promise<Opening[]> {
    return this.fields.openings(ctx, participation);
  }

  @ResolveField(() => EmployerContact, { nullable: true, description: "The employer's contact-log entry for the meeting, once it was held" })
  contact(@Ctx() ctx: RequestContext, @Parent() participation: MeetingEmployer): Promise<EmployerContact | null> | null {
    return participation.contactId ? this.fields.contact(ctx, participation.contactId) : null;
  }
}
