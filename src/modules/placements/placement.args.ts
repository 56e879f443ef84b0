import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { PlacementStage } from './placement.enums.js';

/**
 * Placements in the caller's principals, newest first: all of them (the recruiters' board), or narrowed to an
 * opening, a person and a stage, in any combination.
 */
@ArgsType()
export class PlacementSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this opening's placements" })
  @IsOptional()
  @IsUUID()
  openingId?: string;

  @Field(() => ID, { nullable: true, description: "Only this person's placements" })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => PlacementStage, { nullable: true, description: 'Only the placements at this stage (a column of the board)' })
  @IsOptional()
  @IsEnum(PlacementStage)
  stage?: PlacementStage;
}
