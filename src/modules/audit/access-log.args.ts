import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Reads of this person's record" })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => ID, { nullable: true, description: 'Reads by this user' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field({ nullable: true, description: 'Reads at or after this time (ISO 8601 timestamp)' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Reads before this time (ISO 8601 timestamp)' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
