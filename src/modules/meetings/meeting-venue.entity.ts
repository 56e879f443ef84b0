import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A place where recruitment meetings are held (docs/domain.md: "physical in Svedala or Trelleborg"), with the number of
 * people it holds. Belongs to the municipality it is in; kept, not deleted, when no longer used (`active`).
 */
@ObjectType()
@Entity()
export class MeetingVenue {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The municipality the venue is in' })
  @Column('uuid')
  principalId: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field()
  @Column('text')
  city: string;

  @Field(() => Int, { description: 'How many invited people it holds (those who have not declined)' })
  @Column('int')
  capacity: number;

  @Field()
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @Field(() => Int, { description: 'Send back with updates; a stale version gives CONFLICT' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
