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
import { IsCalendarDate } from '../platform/validation/is-calendar-date.js';
import { Trim } from '../platform/validation/trim.decorator.js';
import { ContactKind } from './employer-contact.entity.js';

@InputType({ description: 'A skill need the employer expressed' })
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

  @Field({ nullable: true, description: 'Free-text note, at most 1,000 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: 'A contact with an employer to log' })
export class LogEmployerContactInput {
  @Field(() => ID, { description: "The employer's id (UUID)" })
  @IsUUID()
  employerId: string;

  @Field({ nullable: true, description: 'When the contact took place; defaults to now' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => ContactKind, { description: 'How the contact took place' })
  @IsEnum(ContactKind)
  kind: ContactKind;

  @Field({ description: 'What was said, at most 4,000 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @Field(() => [SkillNeedInput], { nullable: true, description: 'Skill needs the employer expressed, at most 20' })
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
