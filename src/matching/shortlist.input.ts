import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../modules/validation/trim.decorator.js';

@InputType()
export class AddToShortlistInput {
  @Field(() => ID)
  @IsUUID()
  openingId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => String, { nullable: true, description: 'Why this person, for the colleagues' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class MarkPresentedInput {
  @Field(() => ID)
  @IsUUID()
  openingId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}
