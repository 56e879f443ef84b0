import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { SkillNeed } from './skill-need.entity.js';

export enum ContactKind {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  MEETING = 'MEETING',
  EVENT = 'EVENT',
}
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How a contact with an employer took place',
  valuesMap: {
    VISIT: { description: 'A visit' },
    PHONE: { description: 'A phone call' },
    EMAIL: { description: 'An email' },
    MEETING: { description: 'A meeting' },
    EVENT: { description: 'An event (e.g. a fair or a recruitment meeting)' },
  },
});

/**
 * One entry of an employer's contact log: the business developers log every contact (visit, call, mail,
 * meeting, event) with what the employer said it needs and when to follow up.
 */
@ObjectType({ description: "One entry of an employer's contact log: a business developer's contact, the skill needs heard and the next follow-up" })
@Entity()
@Index(['employerId', 'occurredAt'])
export class EmployerContact {
  @Field(() => ID, { description: "The entry's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The employer's id (UUID)" })
  @Column('uuid')
  employerId: string;

  /** Copied from the employer so that access to the log is scoped like the employer itself. */
  @Field(() => ID, { description: 'The principal (huvudman), copied from the employer' })
  @Index()
  @Column('uuid')
  principalId: string;

  @Field({ description: 'When the contact took place (ISO 8601 timestamp)' })
  @Column('timestamptz')
  occurredAt: Date;

  @Field(() => ContactKind, { description: 'How the contact took place' })
  @Column('text')
  kind: ContactKind;

  @Field(() => ID, { description: 'The staff member who had the contact' })
  @Index()
  @Column('uuid')
  authorId: string;

  @Field({ description: 'What was said, as the author wrote it' })
  @Column('text')
  summary: string;

  /** Shown through EmployerContactsResolver.skillNeeds, which loads them when they were not read with the entry. */
  @OneToMany(() => SkillNeed, (n) => n.contact, { cascade: true })
  skillNeeds?: SkillNeed[];

  @Field(() => String, { nullable: true, description: 'Date the author plans to follow up' })
  @Column('date', { nullable: true })
  nextFollowUpOn: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the follow-up was done: the author logged a later contact with the employer',
  })
  @Column('timestamptz', { nullable: true })
  followUpDoneAt: Date | null;

  @Field({ description: 'When the entry was logged (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
