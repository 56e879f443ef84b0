import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../../platform/database/versioned.entity.js';

/**
 * A place where recruitment meetings are held (docs/domain.md: "physical in Svedala or Trelleborg"), with the number of
 * people it holds. Belongs to the municipality it is in; kept, not deleted, when no longer used (`active`).
 */
@ObjectType({ description: 'A place where recruitment meetings are held, with how many it holds; belongs to its municipality; kept inactive when unused' })
@Entity()
export class MeetingVenue extends AuditedEntity {
  @Field(() => ID, { description: "The venue's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The municipality the venue is in' })
  @Column('uuid')
  principalId: string;

  @Field({ description: "The venue's name, unique within the municipality" })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Street address' })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, e.g. 231 42' })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field({ description: 'Town or city' })
  @Column('text')
  city: string;

  @Field(() => Int, { description: 'How many invited people it holds (those who have not declined)' })
  @Column('int')
  capacity: number;

  @Field({ description: 'false: no longer in use, no new meetings are planned there' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => ID, { description: 'The user who registered it' })
  @Column('uuid')
  createdById: string;
}
