import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
import { Trim } from '../validation/trim.decorator.js';
import { Attendance, InvitationResponse } from './meeting.enums.js';

@InputType()
export class MeetingVenueInput {
  @Field(() => ID, { description: 'The municipality the venue is in (Svedala or Trelleborg: one you act for)' })
  @IsUUID()
  principalId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity: number;
}

@InputType()
export class UpdateMeetingVenueInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city?: string;

  @Field(() => Int, { nullable: true, description: 'Not below the invitations of a coming meeting there' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;

  @Field({ nullable: true, description: 'false: no new meetings are planned there' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** An employer taking part and the openings it brings (at least one, each the employer's own and open). */
@InputType()
export class MeetingEmployerInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  openingIds: string[];
}

@InputType()
export class PlanMeetingInput {
  @Field(() => ID, { description: 'The organising sector team; the meeting is in its sector' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The municipality the meeting is arranged for: one the team serves' })
  @IsUUID()
  principalId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field({ description: 'Not in the past' })
  @IsDate()
  startsAt: Date;

  @Field({ description: 'After the start, at most 12 hours later' })
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'A venue; give it, a link, or both (partly digital)' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'https link for those who take part digitally' })
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

  @Field(() => [MeetingEmployerInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeetingEmployerInput)
  employers?: MeetingEmployerInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

/** Changes to a meeting: only the fields sent change; `employers` replaces the list. Moving it re-plans the reminders. */
@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field(() => ID, { nullable: true, description: 'null: no venue (then a link is needed)' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'null: no link (then a venue is needed)' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsibleUserIds?: string[];

  @Field(() => [MeetingEmployerInput], { nullable: true, description: 'Replaces the employers and their openings' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeetingEmployerInput)
  employers?: MeetingEmployerInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType()
export class MeetingStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class CancelMeetingInput extends MeetingStatusInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class InviteToMeetingInput {
  @Field(() => ID)
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

@InputType()
export class InvitationResponseInput {
  @Field(() => ID)
  @IsUUID()
  invitationId: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => InvitationResponse)
  @IsEnum(InvitationResponse)
  response: InvitationResponse;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID()
  invitationId: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Attendance)
  @IsEnum(Attendance)
  attendance: Attendance;
}

@InputType()
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class CreateMeetingFeedTokenInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  label?: string | null;
}
