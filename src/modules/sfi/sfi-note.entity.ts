import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An attendance or progress note on a person's SFI enrolment, by the teacher. */
@ObjectType()
@Entity()
@Index(['sfiEnrolmentId', 'on'])
export class SfiNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  sfiEnrolmentId: string;

  @Column('uuid')
  principalId: string;

  @Field()
  @Column('date')
  on: string;

  @Field(() => Boolean, { nullable: true, description: 'Attended that day; null for a progress note only' })
  @Column('boolean', { nullable: true })
  attended: boolean | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID)
  @Column('uuid')
  authorId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
