import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../platform/validation/trim.decorator.js';

/** A person and an opening: what shortlisting, presenting and passing over are about. */
@InputType({ isAbstract: true })
abstract class PersonForOpening {
  @Field(() => ID, { description: "The opening's id (UUID)" })
  @IsUUID()
  openingId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @IsUUID()
  candidateId: string;
}

@InputType({ description: "A person to put on an opening's shortlist" })
export class AddToShortlistInput extends PersonForOpening {
  @Field(() => String, { nullable: true, description: 'Why this person, for the colleagues' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "A person on an opening's shortlist who has been presented to the employer" })
export class MarkPresentedInput extends PersonForOpening {}

@InputType({ description: 'A person a kept ranking for the opening put forward, passed over' })
export class PassOverInput extends PersonForOpening {
  @Field(() => String, { nullable: true, description: 'Why, in a few words; kept with the ranking' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}
