import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An agreement (avtalssamverkan, kommunallagen 9 kap. 37 §) under which an organisation acts for another
 * principal: Trelleborg's labour-market administration serves Svedala's residents while Svedala stays
 * huvudman and keeps ownership of, and inspection over, its residents' data.
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

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
