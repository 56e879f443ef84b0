import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../platform/graphql/pagination.js';
import { IsCalendarDate } from '../platform/validation/is-calendar-date.js';
import { Trim } from '../platform/validation/trim.decorator.js';

@ArgsType()
export class CandidateSearchArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Chosen sector of an enrolment period' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field(() => ID, { nullable: true, description: 'Sector team of an enrolment period' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only people with an open enrolment period' })
  @IsBoolean()
  openOnly = false;
}

@ArgsType()
export class DuplicateSearchArgs {
  @Field({ description: 'First name, matched exactly but for case' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @Field({ description: 'Last name, matched exactly but for case' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @Field({ description: 'Birth date (YYYY-MM-DD)' })
  @IsCalendarDate()
  birthDate: string;
}
