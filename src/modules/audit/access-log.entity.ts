import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessPurpose } from './access-purpose.js';

/**
 * One read of a person's record (docs/rules.md: every read is logged with who, when and why). The why is the
 * purpose, with the case read for when the screen names one, and the API operation that read it. The identity
 * number is never written here.
 */
@ObjectType({ description: "One read of a person's record: who read it, when, through which operation and why" })
@Entity()
@Index(['principalId', 'at'])
@Index(['candidateId', 'at'])
export class AccessLogEntry {
  @Field(() => ID, { description: "The entry's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the read happened (ISO 8601 timestamp)' })
  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Field(() => ID, { description: 'The user who read' })
  @Column('uuid')
  userId: string;

  @Field(() => ID, { description: 'The person whose record was read' })
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: 'The principal (municipality) that owns the record' })
  @Column('uuid')
  principalId: string;

  @Field({ description: 'The operation that read the record, e.g. candidate, candidates, teamCaseload' })
  @Column('text')
  operation: string;

  @Field(() => AccessPurpose, { description: 'Why the record was read: as the screen declared it, or as the operation implies' })
  @Column('text', { default: AccessPurpose.OTHER })
  purpose: AccessPurpose;

  @Field(() => ID, { nullable: true, description: 'The case read for: an enrolment period, opening, meeting or course' })
  @Column('uuid', { nullable: true })
  caseId: string | null;

  /** Set by the access log's query, not stored: the name of the person read, for a viewer who may read them. */
  @Field(() => String, { nullable: true, description: 'The name of the person read, when you may read their record (null otherwise)' })
  candidateName?: string | null;
}
