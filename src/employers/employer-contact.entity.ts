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
registerEnumType(ContactKind, { name: 'ContactKind' });

/**
 * One entry of an employer's contact log: the business developers log every contact (visit, call, mail,
 * meeting, event) with what the employer said it needs and when to follow up.
 */
@ObjectType()
@Entity()
@Index(['employerId', 'occurredAt'])
export class EmployerContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  employerId: string;

  /** Copied from the employer so that access to the log is scoped like the employer itself. */
  @Field(() => ID)
  @Index()
  @Column('uuid')
  principalId: string;

  @Field()
  @Column('timestamptz')
  occurredAt: Date;

  @Field(() => ContactKind)
  @Column('text')
  kind: ContactKind;

  @Field(() => ID, { description: 'The staff member who had the contact' })
  @Index()
  @Column('uuid')
  authorId: string;

  @Field()
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

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
