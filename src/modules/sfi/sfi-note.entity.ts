import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An attendance or progress note on a person's SFI enrolment, by the teacher. */
@ObjectType({ description: "A teacher's note on a person's SFI enrolment: attendance on a day, progress, or both" })
@Entity()
@Index(['sfiEnrolmentId', 'on'])
export class SfiNote {
  @Field(() => ID, { description: "The note's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The SFI enrolment's id (UUID)" })
  @Column('uuid')
  sfiEnrolmentId: string;

  @Column('uuid')
  principalId: string;

  @Field({ description: 'The day the note is about, YYYY-MM-DD' })
  @Column('date')
  on: string;

  @Field(() => Boolean, { nullable: true, description: 'Attended that day; null for a progress note only' })
  @Column('boolean', { nullable: true })
  attended: boolean | null;

  @Field(() => String, { nullable: true, description: 'Progress: what the person practised, reached, needs next; null for attendance only' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The user (teacher) who wrote it' })
  @Column('uuid')
  authorId: string;

  @Field({ description: 'When the note was written (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
