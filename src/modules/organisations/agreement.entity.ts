import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../auth/role.enum.js';

/**
 * An agreement (avtalssamverkan, kommunallagen 9 kap. 37 §) under which an organisation acts for another
 * principal: Trelleborg's labour-market administration serves Svedala's residents while Svedala stays
 * huvudman and keeps ownership of, and inspection over, its residents' data. Agreements are made, amended and ended,
 * never deleted (src/modules/organisations/agreements.service.ts); every change is kept in the change history.
 */
@ObjectType()
@Entity()
export class Agreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  /** The organisation that does the work. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  actingOrganisationId: string;

  /** The municipality that stays principal (huvudman) of the data. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  principalId: string;

  @Field()
  @Column({ type: 'date' })
  validFrom: string;

  /** Last day the agreement is in force; null while it runs until further notice. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** The roles in which the acting organisation's staff act for the principal; staff in no such role do not. */
  @Field(() => [Role])
  @Column('text', { array: true })
  roles: Role[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
