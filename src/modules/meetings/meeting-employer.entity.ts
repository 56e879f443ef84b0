import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An employer taking part in a meeting, with the openings it brings (meeting_opening). Belongs to the employer's
 * principal, like the employer. `contactId` is the contact-log entry written when the meeting was held: at most
 * one per meeting and employer.
 */
@ObjectType({ description: "An employer taking part in a meeting, with the openings it brings; belongs to the employer's principal" })
@Entity()
export class MeetingEmployer {
  @Field(() => ID, { description: "The participation's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @Column('uuid')
  meetingId: string;

  @Field(() => ID, { description: "The employer's id (UUID)" })
  @Column('uuid')
  employerId: string;

  @Field(() => ID, { description: "The employer's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { nullable: true, description: "The employer's contact-log entry for the meeting, once it was held" })
  @Column('uuid', { nullable: true })
  contactId: string | null;

  @Field({ description: 'When the employer was added to the meeting (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
