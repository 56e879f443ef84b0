import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { OpeningKind, OpeningStatus } from './opening.enums.js';

@ArgsType()
export class OpeningSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this employer's openings" })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field(() => OpeningStatus, { nullable: true, description: 'Only openings with this status' })
  @IsOptional()
  @IsEnum(OpeningStatus)
  status?: OpeningStatus;

  @Field(() => OpeningKind, { nullable: true, description: 'Only openings of this kind' })
  @IsOptional()
  @IsEnum(OpeningKind)
  kind?: OpeningKind;

  @Field(() => ID, { nullable: true, description: 'Only openings in this sector' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only openings routed to this sector team' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'JobTech municipality concept id of the workplace' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  municipalityConceptId?: string;
}
