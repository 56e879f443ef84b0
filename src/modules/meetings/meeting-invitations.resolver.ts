import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { CandidatesService } from '../../candidates/candidates.service.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { User } from '../organisations/user.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { PlacementsService } from '../placements/placements.service.js';
import { MeetingInterview } from './meeting-interview.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { MeetingFieldsService } from './meeting-fields.service.js';
import { MeetingInvitationsService } from './meeting-invitations.service.js';
import { MeetingOutcomesService } from './meeting-outcomes.service.js';
import { INTERVIEW_BOOKERS, INVITATION_PROPOSERS, INVITATION_READERS, MEETING_PLANNERS } from './meeting-permissions.js';
import { MeetingReminder } from './meeting-reminder.entity.js';
import { MeetingInvitationsArgs, ProposedInvitationsArgs } from './meeting.args.js';
import { AttendanceInput, BookMeetingInterviewInput, InvitationResponseInput, InviteToMeetingInput } from './meeting.input.js';
import { MeetingInviteProposals } from './meeting.types.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

const MeetingInvitationPage = Paginated(MeetingInvitation, 'MeetingInvitationPage');

@Resolver(() => MeetingInvitation)
export class MeetingInvitationsResolver {
  constructor(
    private readonly invitations: MeetingInvitationsService,
    private readonly outcomes: MeetingOutcomesService,
    private readonly fields: MeetingFieldsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Allow(...INVITATION_PROPOSERS)
  @Query(() => MeetingInviteProposals, { description: 'The invite list the ranking proposes for the openings the employers bring; everyone listed is logged' })
  proposedMeetingInvitations(@Ctx() ctx: RequestContext, @Args() args: ProposedInvitationsArgs): Promise<MeetingInviteProposals> {
    return this.invitations.propose(ctx, args.meetingId, args.limit);
  }

  @Allow(...INVITATION_READERS)
  @Query(() => MeetingInvitationPage, { description: "A meeting's invitations of the residents you may read, best score first; each person is logged" })
  meetingInvitations(@Ctx() ctx: RequestContext, @Args() args: MeetingInvitationsArgs): Promise<Page<MeetingInvitation>> {
    return this.invitations.list(ctx, args, 'meetingInvitations');
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => [MeetingInvitation], { description: 'Invites people (with consent to share their profile with employers); the venue’s capacity is enforced' })
  inviteToMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The meeting and the people' }) input: InviteToMeetingInput,
  ): Promise<MeetingInvitation[]> {
    return this.invitations.invite(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => Boolean, { description: 'Takes someone off the list, before attendance or an interview is recorded' })
  removeMeetingInvitation(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string): Promise<boolean> {
    return this.invitations.remove(ctx, invitationId);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => MeetingInvitation, { description: "Records the person's answer (send the version you read)" })
  recordInvitationResponse(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The invitation, the version you read, and the answer' }) input: InvitationResponseInput,
  ): Promise<MeetingInvitation> {
    return this.invitations.respond(ctx, input);
  }

  @Allow(...MEETING_PLANNERS)
  @Mutation(() => MeetingInvitation, { description: "Records whether the person came, once the meeting started; the person's plan follows" })
  recordMeetingAttendance(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The invitation, the version you read, and whether the person came' }) input: AttendanceInput,
  ): Promise<MeetingInvitation> {
    return this.outcomes.attend(ctx, input);
  }

  @Allow(...INTERVIEW_BOOKERS)
  @Mutation(() => MeetingInterview, { description: "Books an interview at the meeting: the person's placement at the opening is created or moved on to INTERVIEW" })
  bookMeetingInterview(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The invitation of a person who came, the opening, and optionally the time and a note' }) input: BookMeetingInterviewInput,
  ): Promise<MeetingInterview> {
    return this.outcomes.bookInterview(ctx, input);
  }

  @ResolveField(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingInvitation): Promise<Candidate> {
    return this.candidates.get(ctx, invitation.candidateId, 'MeetingInvitation.candidate');
  }

  @ResolveField(() => Opening, { nullable: true, description: "The opening of the ranking's best score; null if added by staff or outside your principals" })
  opening(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingInvitation): Promise<Opening | null> | null {
    return invitation.openingId ? this.fields.opening(ctx, invitation.openingId) : null;
  }

  @ResolveField(() => [MeetingInterview], { description: 'Interviews booked with the person at the meeting, in booking order' })
  interviews(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingInvitation): Promise<MeetingInterview[]> {
    return this.fields.interviews(ctx, invitation.id);
  }

  @ResolveField(() => [MeetingReminder], { description: 'The reminders sent' })
  reminders(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingInvitation): Promise<MeetingReminder[]> {
    return this.fields.reminders(ctx, invitation.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who invited the person' })
  invitedBy(@Loaders() loaders: RequestLoaders, @Parent() invitation: MeetingInvitation) {
    return loaders.user.load(invitation.invitedById);
  }
}

@Resolver(() => MeetingInterview)
export class MeetingInterviewResolver {
  constructor(private readonly placements: PlacementsService) {}

  @ResolveField(() => Placement, { description: 'The placement at INTERVIEW; the read is written to the access log' })
  placement(@Ctx() ctx: RequestContext, @Parent() interview: MeetingInterview): Promise<Placement> {
    return this.placements.get(ctx, interview.placementId, 'MeetingInterview.placement');
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who booked the interview' })
  bookedBy(@Loaders() loaders: RequestLoaders, @Parent() interview: MeetingInterview) {
    return loaders.user.load(interview.bookedById);
  }
}
