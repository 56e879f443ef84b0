import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganisationKind {
  /** A municipality: the principal (huvudman) that owns its residents' data. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** An administration (förvaltning) or board within a municipality, e.g. the labour-market administration. */
  ADMINISTRATION = 'ADMINISTRATION',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType()
@Entity()
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** For an administration: the municipality it belongs to. Null for a municipality. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** JobTech municipality concept id (e.g. STvk_dra_M1X for Trelleborg). */
  @Field()
  @Column()
  municipalityConceptId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  organisationNumber: string | null;

  @Column({ default: false })
  demo: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The principal (municipality) this organisation is part of: itself, or its parent. */
  get principalId(): string {
    return this.kind === OrganisationKind.MUNICIPALITY ? this.id : (this.parentId as string);
  }
}
