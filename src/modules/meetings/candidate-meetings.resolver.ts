import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { findMeeting } from './meeting-access.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * A person's recruitment meetings, for their path (docs/domain.md, the path's step 4: the sector team invites the
 * person to recruitment meetings). The person was read (and logged) by the query that reached them, so their own
 * invitations come with them; each meeting is one the reader may read, since it has an invitation of a resident of
 * a principal they read.
 */
@Resolver(() => Candidate)
export class CandidateMeetingsResolver {
  @ResolveField(() => [MeetingInvitation], {
    description: "The person's recruitment-meeting invitations, with the answer and the attendance; the latest meeting first",
  })
  meetingInvitations(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): Promise<MeetingInvitation[]> {
    return ctx.em
      .getRepository(MeetingInvitation)
      .createQueryBuilder('i')
      .innerJoin(Meeting, 'm', 'm.id = i.meetingId')
      .where('i.candidateId = :candidateId AND i.principalId = :principalId', { candidateId: candidate.id, principalId: candidate.principalId })
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .limit(100)
      .getMany();
  }
}

@Resolver(() => MeetingInvitation)
export class InvitationMeetingResolver {
  @ResolveField(() => Meeting, { description: 'The meeting the person is invited to' })
  meeting(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingInvitation): Promise<Meeting> {
    return findMeeting(ctx, invitation.meetingId);
  }
}
