import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { Opening } from '../openings/opening.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { MeetingFeedToken } from './meeting-feed-token.entity.js';
import { Meeting } from './meeting.entity.js';

@ObjectType({ description: 'A person the ranking proposes for a meeting: their best score over the openings brought' })
export class MeetingInviteProposal {
  @Field(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate: Candidate;

  @Field(() => Float, { description: '0-100, the best over the openings' })
  score: number;

  @Field({ description: 'Why, for the opening of the best score' })
  explanation: string;

  @Field(() => Opening, { description: 'The opening of the best score' })
  opening: Opening;

  @Field(() => [ID], { description: 'Every opening the person ranks for, best first' })
  openingIds: string[];

  @Field({ description: 'Already on the invite list' })
  invited: boolean;
}

@ObjectType({ description: 'The invite list proposed from the ranking: only people of the meeting’s sector and of the principals the team serves, with consent' })
export class MeetingInviteProposals {
  @Field(() => Int, { description: 'People of the sector considered (open enrolment periods)' })
  considered: number;

  @Field(() => [MeetingInviteProposal])
  proposals: MeetingInviteProposal[];
}

@ObjectType()
export class MeetingInvitationCounts {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  noAnswer: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Int, { description: 'Everyone but those who declined: the seats taken' })
  seated: number;
}

@ObjectType()
export class SectorMeetingCount {
  @Field(() => Sector)
  sector: Sector;

  @Field(() => Int)
  held: number;

  @Field(() => Int, { description: 'Planned or with invitations sent' })
  planned: number;

  @Field(() => Int)
  cancelled: number;
}

@ObjectType({ description: 'One municipality in a quarter: meetings held and planned against its target' })
export class MunicipalityMeetingPlan {
  @Field(() => Organisation)
  principal: Organisation;

  @Field(() => Int, { description: 'MEETING_TARGETS_PER_QUARTER for the municipality (0 when none is set)' })
  target: number;

  @Field(() => Int)
  held: number;

  @Field(() => Int, { description: 'Planned or with invitations sent' })
  planned: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Meetings still to plan to reach the target' })
  missing: number;

  @Field({ description: 'Held and planned reach the target' })
  onTrack: boolean;

  @Field({ description: 'Held meetings alone reach the target' })
  met: boolean;

  @Field(() => [SectorMeetingCount], { description: 'Per sector with any meeting in the quarter' })
  sectors: SectorMeetingCount[];

  @Field(() => [Meeting], { description: 'The quarter’s meetings, by start' })
  meetings: Meeting[];
}

@ObjectType({ description: 'The planning view of one quarter (meetings by their local start date)' })
export class MeetingQuarterPlan {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field({ description: 'First day, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  to: string;

  @Field(() => [MunicipalityMeetingPlan])
  municipalities: MunicipalityMeetingPlan[];
}

@ObjectType({ description: 'A new feed token: the token and URL are shown this once' })
export class CreatedMeetingFeedToken {
  @Field(() => MeetingFeedToken)
  feedToken: MeetingFeedToken;

  @Field({ description: 'The secret; only its hash is kept' })
  token: string;

  @Field({ description: 'The path of the team’s feed for calendar apps: GET it on this server' })
  path: string;
}
