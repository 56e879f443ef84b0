import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../platform/graphql/pagination.js';
import { EmployerStatus } from './employer.entity.js';

@ArgsType()
export class EmployerSearchArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the name, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true, description: 'The first digits of the organisationsnummer' })
  @IsOptional()
  @Matches(/^\d{1,6}(-?\d{0,4})?$/, { message: 'organisationNumberPrefix must be the first digits of an organisationsnummer' })
  organisationNumberPrefix?: string;

  @Field(() => ID, { nullable: true, description: 'Only employers recruiting in this sector' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field(() => ID, { nullable: true, description: 'JobTech municipality concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  municipalityConceptId?: string;

  @Field(() => EmployerStatus, { nullable: true, description: 'Only employers with this status' })
  @IsOptional()
  @IsEnum(EmployerStatus)
  status?: EmployerStatus;

  @Field(() => ID, { nullable: true, description: 'Only employers this business developer is responsible for' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived employers' })
  @IsBoolean()
  includeArchived = false;
}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, { description: "The employer's id (UUID)" })
  @IsUUID()
  employerId: string;
}

@ArgsType()
export class FollowUpsDueArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Include follow-ups due within this many days from today' })
  @IsInt()
  @Min(0)
  @Max(90)
  withinDays = 0;
}

@ArgsType()
export class TeamFollowUpsArgs extends PageArgs {
  @Field(() => ID, { description: "The team's id (UUID); the follow-ups of its members" })
  @IsUUID()
  teamId: string;
}
