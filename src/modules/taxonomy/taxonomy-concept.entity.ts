import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A concept of Arbetsförmedlingen's JobTech Taxonomy (occupation, SSYK group, skill, language, licence, SNI
 * code, municipality, ...), keyed by JobTech's stable concept id. Brygga stores these ids, never free text,
 * wherever a concept exists in the taxonomy.
 */
@ObjectType({ description: "A concept of the JobTech Taxonomy (occupation, skill, language, licence, municipality, ...), keyed by its stable id" })
@Entity()
@Index(['type', 'code'])
export class TaxonomyConcept {
  @Field(() => ID, { description: "JobTech's concept id" })
  @PrimaryColumn('text')
  id: string;

  @Field({ description: 'JobTech concept type, e.g. occupation-name, ssyk-level-4, skill, sni-level-5' })
  @Index()
  @Column('text')
  type: string;

  @Field({ description: 'Swedish preferred label' })
  @Column('text')
  label: string;

  @Field(() => String, { nullable: true, description: 'SSYK 2012 or SNI 2007 code, or ISO 639 language code' })
  @Column('text', { nullable: true })
  code: string | null;

  @Field(() => ID, { nullable: true, description: 'The broader concept in its hierarchy' })
  @Column('text', { nullable: true })
  parentId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  importedAt: Date;
}
