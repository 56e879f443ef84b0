import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../platform/validation/trim.decorator.js';
import { Attendance, InvitationResponse } from './meeting.enums.js';

@InputType({ description: 'A new venue for recruitment meetings' })
export class MeetingVenueInput {
  @Field(() => ID, { description: 'The municipality the venue is in (Svedala or Trelleborg: one you act for)' })
  @IsUUID()
  principalId: string;

  @Field({ description: "The venue's name, unique within the municipality; at most 200 characters" })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Street address' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, e.g. 231 42' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @Field({ description: 'Town or city' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city: string;

  @Field(() => Int, { description: 'How many invited people it holds (those who have not declined): 1-10000; not below the invitations of a coming meeting' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity: number;
}

@InputType({ description: 'Changes to a venue: only the fields sent change; null or empty clears the street or postal code' })
export class UpdateMeetingVenueInput extends PartialType(OmitType(MeetingVenueInput, ['principalId'] as const)) {
  @Field(() => ID, { description: "The venue's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'false: no new meetings are planned there' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** An employer taking part and the openings it brings (at least one, each the employer's own and open). */
@InputType({ description: 'An employer taking part in a meeting and the openings it brings' })
export class MeetingEmployerInput {
  @Field(() => ID, { description: "The employer's id (UUID): one you may read, not archived" })
  @IsUUID()
  employerId: string;

  @Field(() => [ID], { description: "The openings it brings: 1-10, each the employer's own and OPEN; the ranking proposes people for them" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  openingIds: string[];
}

@InputType({ description: "A new recruitment meeting of a sector team, in the team's sector" })
export class PlanMeetingInput {
  @Field(() => ID, { description: 'The organising sector team; the meeting is in its sector' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The municipality the meeting is arranged for: one the team serves' })
  @IsUUID()
  principalId: string;

  @Field({ description: 'The title, as shown in calendars and reminders; at most 200 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field({ description: 'The start; not in the past (when a meeting moves, its new start)' })
  @IsDate()
  startsAt: Date;

  @Field({ description: 'After the start, at most 12 hours later' })
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'A venue; a meeting has a venue, a link or both (partly digital); null removes it' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'https link for those who take part digitally; null removes it' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => [ID], { description: 'The responsible staff: active users of the organising team’s organisation' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsibleUserIds: string[];

  @Field(() => [MeetingEmployerInput], { nullable: true, description: 'The employers taking part and the openings each brings; at most 20' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeetingEmployerInput)
  employers?: MeetingEmployerInput[];

  @Field(() => String, { nullable: true, description: 'Notes for staff, at most 4000 characters, not in the calendar feed; null or empty clears them' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

/** Changes to a meeting: only the fields sent change; `employers` replaces the list. Moving it re-plans the reminders. */
@InputType({ description: 'Changes to a PLANNED or INVITATIONS_SENT meeting: only the fields sent change; lists sent replace the old ones' })
export class UpdateMeetingInput extends PartialType(OmitType(PlanMeetingInput, ['teamId', 'principalId'] as const)) {
  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A meeting and the version you read, for a step in its life cycle' })
export class MeetingStatusInput {
  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A meeting to cancel, the version you read, and why' })
export class CancelMeetingInput extends MeetingStatusInput {
  @Field({ description: 'Why it is cancelled, at most 1000 characters; shown in the calendar event' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'People to invite to a meeting; those already invited are left as they are' })
export class InviteToMeetingInput {
  @Field(() => ID, { description: "The meeting's id (UUID): PLANNED or INVITATIONS_SENT" })
  @IsUUID()
  meetingId: string;

  @Field(() => [ID], { description: 'People with an open enrolment period, of a principal the team serves, who consent to sharing their profile with employers' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidateIds: string[];
}

@InputType({ description: "The invited person's answer" })
export class InvitationResponseInput {
  @Field(() => ID, { description: "The invitation's id (UUID)" })
  @IsUUID()
  invitationId: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => InvitationResponse, { description: 'The answer; taking a seat again after DECLINED must fit the venue' })
  @IsEnum(InvitationResponse)
  response: InvitationResponse;
}

@InputType({ description: 'Whether an invited person came; recorded once the meeting has started' })
export class AttendanceInput {
  @Field(() => ID, { description: "The invitation's id (UUID)" })
  @IsUUID()
  invitationId: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Attendance, { description: "ATTENDED or ABSENT; the person's plan follows" })
  @IsEnum(Attendance)
  attendance: Attendance;
}

@InputType({ description: 'An interview booked at the meeting between a person who came and an employer' })
export class BookMeetingInterviewInput {
  @Field(() => ID, { description: 'The invitation of a person who attended' })
  @IsUUID()
  invitationId: string;

  @Field(() => ID, { description: 'An opening the meeting’s employers brought' })
  @IsUUID()
  openingId: string;

  @Field(() => Date, { nullable: true, description: 'When the interview takes place: not before the meeting starts' })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date | null;

  @Field(() => String, { nullable: true, description: "A note, at most 2000 characters; also the note of the placement's move to INTERVIEW" })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "A feed token for a team's meetings" })
export class CreateMeetingFeedTokenInput {
  @Field(() => ID, { description: "The sector team's id (UUID): a team whose meetings you plan" })
  @IsUUID()
  teamId: string;

  @Field(() => String, { nullable: true, description: 'What it is for, e.g. "Teamets Outlook"; at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  label?: string | null;
}
