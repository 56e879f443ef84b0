import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An employer taking part in a meeting, with the openings it brings (meeting_opening). Belongs to the employer's
 * principal, like the employer. `contactId` is the contact-log entry written when the meeting was held: at most
 * one per meeting and employer.
 */
@ObjectType()
@Entity()
export class MeetingEmployer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID)
  @Column('uuid')
  employerId: string;

  @Field(() => ID, { description: "The employer's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { nullable: true, description: "The employer's contact-log entry for the meeting, once it was held" })
  @Column('uuid', { nullable: true })
  contactId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
