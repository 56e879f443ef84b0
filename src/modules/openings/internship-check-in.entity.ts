import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A check-in with the workplace during an internship: the day, who checked in, and how it is going. */
@ObjectType()
@Entity()
@Index(['openingId', 'on'])
export class InternshipCheckIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  openingId: string;

  @Column('uuid')
  principalId: string;

  @Field()
  @Column('date')
  on: string;

  @Field(() => ID)
  @Column('uuid')
  authorId: string;

  @Field()
  @Column('text')
  note: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
