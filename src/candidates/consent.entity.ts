import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentPurpose } from './candidate.enums.js';
import { CONSENT_PURPOSES } from './consent-purposes.js';

/**
 * A consent (samtycke) the person gave for contacts with, or sharing with, another party. Withdrawing keeps the
 * row with its withdrawal time: what was allowed when is part of the record.
 */
@ObjectType({ description: 'A consent (samtycke) the person gave for contact with, or sharing with, another party; withdrawn ones are kept' })
@Entity()
@Index(['candidateId', 'purpose'])
export class Consent {
  @Field(() => ID, { description: "The consent's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Column('uuid')
  candidateId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => ConsentPurpose, { description: 'What the consent allows' })
  @Column('text')
  purpose: ConsentPurpose;

  @Field(() => String, { nullable: true, description: 'To whom, when the purpose needs it (e.g. a named clinic)' })
  @Column('text', { nullable: true })
  recipient: string | null;

  @Field({ description: 'When the consent was recorded (ISO 8601 timestamp)' })
  @Column('timestamptz')
  givenAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn (ISO 8601 timestamp); null while in force' })
  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => ID, { description: 'The user who recorded the consent' })
  @Column('uuid')
  recordedById: string;

  /** From the rules (consent-purposes.ts), never a stored copy: the text in force is the one shown. */
  @Field({ description: 'What is shared with whom, as the person is told it (Swedish)' })
  get description(): string {
    return CONSENT_PURPOSES[this.purpose].description;
  }

  /** From the rules (consent-purposes.ts), never a stored copy. */
  @Field({ description: 'What the law rests on: the secrecy the consent lifts and the GDPR basis (Swedish)' })
  get legalBasis(): string {
    return CONSENT_PURPOSES[this.purpose].legalBasis;
  }
}
