import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EmployerContact } from './employer-contact.entity.js';

/** A skill need an employer expressed in a contact: which occupation, how many people, by when. */
@ObjectType({ description: 'A skill need an employer expressed in a contact: which occupation, how many people, by when' })
@Entity()
export class SkillNeed {
  @Field(() => ID, { description: "The skill need's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  contactId: string;

  @ManyToOne(() => EmployerContact, (c) => c.skillNeeds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<EmployerContact>;

  @Field(() => ID, { description: "The employer's id (UUID)" })
  @Index()
  @Column('uuid')
  employerId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: 'JobTech occupation-name or SSYK-4 group concept id' })
  @Column('text')
  occupationConceptId: string;

  @Field(() => Int, { description: 'How many people are needed' })
  @Column('int')
  headcount: number;

  @Field(() => String, { nullable: true, description: 'When the people are needed' })
  @Column('date', { nullable: true })
  neededBy: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note' })
  @Column('text', { nullable: true })
  note: string | null;
}
