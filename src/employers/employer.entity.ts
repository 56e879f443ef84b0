import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EmployerContactPerson } from './employer-contact-person.entity.js';

export enum EmployerStatus {
  /** Not yet working with the administration. */
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(EmployerStatus, { name: 'EmployerStatus' });

/**
 * A local employer, identified by organisationsnummer. Belongs to a principal: the municipality in whose
 * employer register the administration keeps it (Svedala's employers stay Svedala's data).
 */
@ObjectType()
@Entity()
export class Employer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The municipality (huvudman) whose register the employer is in' })
  @Index()
  @Column('uuid')
  principalId: string;

  @Field({ description: 'Organisationsnummer, NNNNNN-NNNN' })
  @Column({ unique: true })
  organisationNumber: string;

  @Field()
  @Column()
  name: string;

  @Field(() => [String], { description: 'SNI 2007 industry codes' })
  @Column('text', { array: true, default: () => "'{}'" })
  sniCodes: string[];

  @Field(() => ID, { description: 'JobTech municipality concept id of the workplace' })
  @Column('text')
  municipalityConceptId: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  city: string | null;

  @Field(() => [ID], { description: 'Sectors the employer recruits in' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  sectorIds: string[];

  @Field(() => EmployerStatus)
  @Column('text')
  status: EmployerStatus;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  responsibleUserId: string | null;

  /** Shown through EmployersResolver.contactPersons, which loads them when they were not read with the employer. */
  @OneToMany(() => EmployerContactPerson, (p) => p.employer, { cascade: true })
  contactPersons?: EmployerContactPerson[];

  @Field(() => Date, { nullable: true, description: 'Set when archived; archived employers are left out of searches' })
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @Column({ default: false })
  demo: boolean;

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
