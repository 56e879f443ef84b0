import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A relation between two taxonomy concepts: SSYK-4 group -> related skill, occupation field -> SSYK-4 group,
 * and occupation substitutability (25 % or 75 %), the graph the ranking uses for occupation proximity.
 */
@Entity()
@Index(['toId'])
export class TaxonomyRelation {
  @PrimaryColumn('text')
  kind: string;

  @PrimaryColumn('text')
  fromId: string;

  @PrimaryColumn('text')
  toId: string;

  @Column('timestamptz', { default: () => 'now()' })
  importedAt: Date;
}
