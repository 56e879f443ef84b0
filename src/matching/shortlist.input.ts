import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../modules/validation/trim.decorator.js';

/** A person and an opening: what shortlisting, presenting and passing over are about. */
@InputType({ isAbstract: true })
abstract class PersonForOpening {
  @Field(() => ID)
  @IsUUID()
  openingId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}

@InputType()
export class AddToShortlistInput extends PersonForOpening {
  @Field(() => String, { nullable: true, description: 'Why this person, for the colleagues' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class MarkPresentedInput extends PersonForOpening {}

@InputType()
export class PassOverInput extends PersonForOpening {
  @Field(() => String, { nullable: true, description: 'Why, in a few words; kept with the ranking' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}
