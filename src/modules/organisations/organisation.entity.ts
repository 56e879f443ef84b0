import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganisationKind {
  /** A municipality: the principal (huvudman) that owns its residents' data. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** An administration (förvaltning) or board within a municipality, e.g. the labour-market administration. */
  ADMINISTRATION = 'ADMINISTRATION',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'The kind of organisation',
  valuesMap: {
    MUNICIPALITY: { description: "A municipality: the principal (huvudman) that owns its residents' data" },
    ADMINISTRATION: { description: 'An administration (förvaltning) or board within a municipality, e.g. the labour-market administration' },
  },
});

@ObjectType({ description: 'A municipality (a principal) or an administration within one' })
@Entity()
export class Organisation {
  @Field(() => ID, { description: "The organisation's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The organisation's name" })
  @Column()
  name: string;

  @Field(() => OrganisationKind, { description: 'Municipality or administration' })
  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** For an administration: the municipality it belongs to. Null for a municipality. */
  @Field(() => ID, { nullable: true, description: 'For an administration: the municipality it belongs to; null for a municipality' })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** JobTech municipality concept id (e.g. STvk_dra_M1X for Trelleborg). */
  @Field({ description: 'JobTech municipality concept id (e.g. STvk_dra_M1X for Trelleborg)' })
  @Column()
  municipalityConceptId: string;

  @Field(() => String, { nullable: true, description: 'Organisationsnummer (NNNNNN-NNNN), if recorded' })
  @Column({ type: 'text', nullable: true })
  organisationNumber: string | null;


  @Field({ description: 'When the record was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The principal (municipality) this organisation is part of: itself, or its parent. */
  get principalId(): string {
    return this.kind === OrganisationKind.MUNICIPALITY ? this.id : (this.parentId as string);
  }
}
