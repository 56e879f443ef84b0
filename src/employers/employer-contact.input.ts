import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../modules/validation/is-calendar-date.js';
import { Trim } from '../modules/validation/trim.decorator.js';
import { ContactKind } from './employer-contact.entity.js';

@InputType()
export class SkillNeedInput {
  @Field(() => ID, { description: 'JobTech occupation-name or SSYK-4 concept id' })
  @IsString()
  @MaxLength(20)
  occupationConceptId: string;

  @Field(() => Int, { description: 'How many people' })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount: number;

  @Field({ nullable: true, description: 'When they are needed (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  neededBy?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class LogEmployerContactInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field({ nullable: true, description: 'When the contact took place; defaults to now' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => ContactKind)
  @IsEnum(ContactKind)
  kind: ContactKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @Field(() => [SkillNeedInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SkillNeedInput)
  skillNeeds?: SkillNeedInput[];

  @Field({ nullable: true, description: 'When to follow up (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  nextFollowUpOn?: string;
}
