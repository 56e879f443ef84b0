import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A field's value as kept: a JSON scalar, or a list of them. */
export type FieldValue = string | number | boolean | null | Array<string | number | boolean | null>;

/** The kinds of record whose every edit is kept in the change history. */
export enum HistoryKind {
  AGREEMENT = 'AGREEMENT',
  CANDIDATE = 'CANDIDATE',
  CONSENT = 'CONSENT',
  EMPLOYER = 'EMPLOYER',
  OPENING = 'OPENING',
}
registerEnumType(HistoryKind, {
  name: 'HistoryKind',
  description: 'The kinds of record whose every edit is kept in the change history',
  valuesMap: {
    AGREEMENT: { description: 'An agreement between municipalities' },
    CANDIDATE: { description: "A person's profile" },
    CONSENT: { description: 'A consent' },
    EMPLOYER: { description: 'An employer' },
    OPENING: { description: 'An opening' },
  },
});

/**
 * One field of one record changed by one person (docs/rules.md "Change history"): who changed what from what to what,
 * and when. Rows are only ever added. `before` is null when the record was created, `after` when a value was cleared.
 */
@ObjectType({ description: 'One field of one record changed by one person: who changed what from what to what, and when; rows are only ever added' })
@Entity()
@Index(['kind', 'recordId', 'at'])
export class RecordChange {
  @Field(() => ID, { description: "The change's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the change was made (ISO 8601 timestamp)' })
  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Field(() => HistoryKind, { description: 'The kind of record' })
  @Column('text')
  kind: HistoryKind;

  @Field(() => ID, { description: 'The id of the record changed' })
  @Column('uuid')
  recordId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: 'The user who made the change' })
  @Column('uuid')
  userId: string;

  @Field(() => String, { nullable: true, description: 'The automation that made the change for the user, when it was not the user directly' })
  @Column('text', { nullable: true })
  via: string | null;

  @Field({ description: "The field's name in the API" })
  @Column('text')
  field: string;

  @Column('jsonb', { nullable: true })
  before: FieldValue;

  @Column('jsonb', { nullable: true })
  after: FieldValue;
}
