import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A candidate on an opening's shortlist, saved by a recruiter, and when the person was presented to the employer.
 * Belongs to the candidate's principal (huvudman): the entry is part of the person's record.
 */
@ObjectType({ description: "A person on an opening's shortlist, and when they were presented to the employer; part of the person's record" })
@Entity()
@Index(['openingId', 'candidateId'], { unique: true })
export class ShortlistEntry {
  @Field(() => ID, { description: "The entry's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The opening's id (UUID)" })
  @Column('uuid')
  openingId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Index()
  @Column('uuid')
  candidateId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: 'The user who put the person on the shortlist' })
  @Column('uuid')
  addedById: string;

  @Field({ description: 'When the person was put on the shortlist (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @Field(() => String, { nullable: true, description: 'Why this person, for the colleagues' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When the person was presented to the employer' })
  @Column('timestamptz', { nullable: true })
  presentedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who presented the person; null until presented' })
  @Column('uuid', { nullable: true })
  presentedById: string | null;

  /**
   * Set by the shortlist service, not stored: whether the person's consent SHARE_PROFILE_WITH_EMPLOYERS is in force
   * now. It may have been withdrawn after the entry was made; then the person must not be presented.
   */
  @Field({ description: 'Whether the consent SHARE_PROFILE_WITH_EMPLOYERS is in force now; if not, the person may not be presented' })
  consentToShare: boolean;
}
