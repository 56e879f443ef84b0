import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A candidate on an opening's shortlist, saved by a recruiter, and when the person was presented to the employer.
 * Belongs to the candidate's principal (huvudman): the entry is part of the person's record.
 */
@ObjectType()
@Entity()
@Index(['openingId', 'candidateId'], { unique: true })
export class ShortlistEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  openingId: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  candidateId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => ID)
  @Column('uuid')
  addedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When the person was presented to the employer' })
  @Column('timestamptz', { nullable: true })
  presentedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  presentedById: string | null;

  /**
   * Set by the shortlist service, not stored: whether the person's consent SHARE_PROFILE_WITH_EMPLOYERS is in force
   * now. It may have been withdrawn after the entry was made; then the person must not be presented.
   */
  @Field({ description: 'Whether the consent SHARE_PROFILE_WITH_EMPLOYERS is in force now; if not, the person may not be presented' })
  consentToShare: boolean;
}
