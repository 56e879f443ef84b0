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

  @Field(() => [MeetingInviteProposal], { description: 'The people proposed, best score first, at most `limit`' })
  proposals: MeetingInviteProposal[];
}

@ObjectType({ description: 'How many are invited, answered and came, over everyone invited whatever their municipality: numbers only' })
export class MeetingInvitationCounts {
  @Field(() => Int, { description: 'Everyone on the list, whatever the answer' })
  invited: number;

  @Field(() => Int, { description: 'Answered ACCEPTED' })
  accepted: number;

  @Field(() => Int, { description: 'Answered DECLINED: no seat' })
  declined: number;

  @Field(() => Int, { description: 'Recorded as NO_ANSWER: did not answer' })
  noAnswer: number;

  @Field(() => Int, { description: 'Recorded as ATTENDED' })
  attended: number;

  @Field(() => Int, { description: 'Recorded as ABSENT' })
  absent: number;

  @Field(() => Int, { description: 'Everyone but those who declined: the seats taken' })
  seated: number;
}

@ObjectType({ description: "One sector's meetings in the quarter, for one municipality" })
export class SectorMeetingCount {
  @Field(() => Sector, { description: "The organising team's sector" })
  sector: Sector;

  @Field(() => Int, { description: 'Meetings held' })
  held: number;

  @Field(() => Int, { description: 'Planned or with invitations sent' })
  planned: number;

  @Field(() => Int, { description: 'Meetings cancelled' })
  cancelled: number;
}

@ObjectType({ description: 'One municipality in a quarter: meetings held and planned against its target' })
export class MunicipalityMeetingPlan {
  @Field(() => Organisation, { description: 'The municipality (huvudman) the meetings are arranged for' })
  principal: Organisation;

  @Field(() => Int, { description: 'MEETING_TARGETS_PER_QUARTER for the municipality (0 when none is set)' })
  target: number;

  @Field(() => Int, { description: 'Meetings held' })
  held: number;

  @Field(() => Int, { description: 'Planned or with invitations sent' })
  planned: number;

  @Field(() => Int, { description: 'Meetings cancelled (they do not count towards the target)' })
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
  @Field(() => Int, { description: 'The year' })
  year: number;

  @Field(() => Int, { description: '1-4: 1 is January to March' })
  quarter: number;

  @Field({ description: 'First day, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  to: string;

  @Field(() => [MunicipalityMeetingPlan], { description: 'Each municipality whose records you read, by name' })
  municipalities: MunicipalityMeetingPlan[];
}

@ObjectType({ description: 'A new feed token: the token and URL are shown this once' })
export class CreatedMeetingFeedToken {
  @Field(() => MeetingFeedToken, { description: 'The stored token: its id (to revoke it), team and label, never the secret' })
  feedToken: MeetingFeedToken;

  @Field({ description: 'The secret; only its hash is kept' })
  token: string;

  @Field({ description: 'The path of the team’s feed for calendar apps: GET it on this server' })
  path: string;
}
