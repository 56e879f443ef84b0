import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { MeetingStatus } from './meeting.enums.js';

@ArgsType()
export class MeetingSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only meetings of this organising sector team' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'The municipality the meetings are arranged for' })
  @IsOptional()
  @IsUUID()
  principalId?: string;

  @Field(() => MeetingStatus, { nullable: true, description: 'Only meetings in this status' })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field({ nullable: true, description: 'Meetings ending after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Meetings starting before this instant' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class MeetingInvitationsArgs extends PageArgs {
  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @IsUUID()
  meetingId: string;
}

@ArgsType()
export class ProposedInvitationsArgs {
  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @IsUUID()
  meetingId: string;

  @Field(() => Int, { defaultValue: 30, description: 'At most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 30;
}

@ArgsType()
export class MeetingPlanningArgs {
  @Field(() => Int, { description: 'The year, 2000-2999' })
  @IsInt()
  @Min(2000)
  @Max(2999)
  year: number;

  @Field(() => Int, { description: '1-4' })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter: number;
}

@ArgsType()
export class MeetingVenueArgs {
  @Field(() => ID, { nullable: true, description: 'Only venues in this municipality' })
  @IsOptional()
  @IsUUID()
  principalId?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'true: also venues no longer in use' })
  @IsBoolean()
  includeInactive = false;
}
