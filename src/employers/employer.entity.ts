import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../platform/database/versioned.entity.js';
import { EmployerContactPerson } from './employer-contact-person.entity.js';

export enum EmployerStatus {
  /** Not yet working with the administration. */
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(EmployerStatus, {
  name: 'EmployerStatus',
  description: 'Where the administration stands with an employer',
  valuesMap: {
    PROSPECT: { description: 'Not yet working with the administration' },
    ACTIVE: { description: 'Working with the administration' },
    INACTIVE: { description: 'No longer working with it (archiving sets this)' },
  },
});

/**
 * A local employer, identified by organisationsnummer. Belongs to a principal: the municipality in whose
 * employer register the administration keeps it (Svedala's employers stay Svedala's data).
 */
@ObjectType({ description: "A local employer, identified by organisationsnummer, in a principal's employer register" })
@Entity()
export class Employer extends AuditedEntity {
  @Field(() => ID, { description: "The employer's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The municipality (huvudman) whose register the employer is in' })
  @Index()
  @Column('uuid')
  principalId: string;

  @Field({ description: 'Organisationsnummer, NNNNNN-NNNN' })
  @Column({ unique: true })
  organisationNumber: string;

  @Field({ description: "The employer's name" })
  @Column()
  name: string;

  @Field(() => [String], { description: 'SNI 2007 industry codes' })
  @Column('text', { array: true, default: () => "'{}'" })
  sniCodes: string[];

  @Field(() => ID, { description: 'JobTech municipality concept id of the workplace' })
  @Column('text')
  municipalityConceptId: string;

  @Field(() => String, { nullable: true, description: 'Street address of the workplace' })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, e.g. 231 42' })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'Postal town' })
  @Column('text', { nullable: true })
  city: string | null;

  @Field(() => [ID], { description: 'Sectors the employer recruits in' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  sectorIds: string[];

  @Field(() => EmployerStatus, { description: 'Whether the administration works with the employer now' })
  @Column('text')
  status: EmployerStatus;

  @Field(() => ID, { nullable: true, description: 'The business developer responsible for the employer, if any' })
  @Index()
  @Column('uuid', { nullable: true })
  responsibleUserId: string | null;

  /** Shown through EmployersResolver.contactPersons, which loads them when they were not read with the employer. */
  @OneToMany(() => EmployerContactPerson, (p) => p.employer, { cascade: true })
  contactPersons?: EmployerContactPerson[];

  @Field(() => Date, { nullable: true, description: 'Set when archived; archived employers are left out of searches' })
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

}
