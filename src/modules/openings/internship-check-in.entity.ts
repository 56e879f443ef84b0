import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A check-in with the workplace during an internship: the day, who checked in, and how it is going. */
@ObjectType({ description: 'A check-in with the workplace during an internship: the day, who checked in, how it is going' })
@Entity()
@Index(['openingId', 'on'])
export class InternshipCheckIn {
  @Field(() => ID, { description: "The check-in's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The internship opening's id (UUID)" })
  @Column('uuid')
  openingId: string;

  @Column('uuid')
  principalId: string;

  @Field({ description: 'The day of the check-in (YYYY-MM-DD)' })
  @Column('date')
  on: string;

  @Field(() => ID, { description: 'The user who checked in' })
  @Column('uuid')
  authorId: string;

  @Field({ description: 'How it is going' })
  @Column('text')
  note: string;

  @Field({ description: 'When the check-in was recorded (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
