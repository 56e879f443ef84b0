import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../../platform/auth/role.enum.js';

/**
 * An agreement (avtalssamverkan, kommunallagen 9 kap. 37 §) under which an organisation acts for another
 * principal: Trelleborg's labour-market administration serves Svedala's residents while Svedala stays
 * huvudman and keeps ownership of, and inspection over, its residents' data. Agreements are made, amended and ended,
 * never deleted (src/modules/organisations/agreements.service.ts); every change is kept in the change history.
 */
@ObjectType({ description: 'An agreement (avtalssamverkan, kommunallagen 9 kap. 37 §) under which an organisation acts for a principal that keeps its data' })
@Entity()
export class Agreement {
  @Field(() => ID, { description: "The agreement's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The agreement's name" })
  @Column()
  name: string;

  /** The organisation that does the work. */
  @Field(() => ID, { description: 'The organisation that does the work' })
  @Column({ type: 'uuid' })
  actingOrganisationId: string;

  /** The municipality that stays principal (huvudman) of the data. */
  @Field(() => ID, { description: 'The municipality that stays principal (huvudman) of the data' })
  @Column({ type: 'uuid' })
  principalId: string;

  @Field({ description: 'The first day in force (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  validFrom: string;

  /** Last day the agreement is in force; null while it runs until further notice. */
  @Field(() => String, { nullable: true, description: 'The last day in force (YYYY-MM-DD); null while it runs until further notice' })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** The roles in which the acting organisation's staff act for the principal; staff in no such role do not. */
  @Field(() => [Role], { description: "The roles in which the acting organisation's staff act for the principal; staff in no such role do not" })
  @Column('text', { array: true })
  roles: Role[];

  @Field({ description: 'When the agreement was recorded (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed (ISO 8601 timestamp)' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
