import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';

/** One step of a placement's history: who moved it, when, from where to where. Rows are only ever added. */
@ObjectType({ description: "One step of a placement's history: who moved it, when, from where to where; rows are only ever added" })
@Entity()
@Index('IDX_placement_stage_change_placement_at', ['placementId', 'at'])
export class PlacementStageChange {
  @Field(() => ID, { description: "The step's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The placement's id (UUID)" })
  @Column('uuid')
  placementId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => PlacementStage, { nullable: true, description: 'Null when the placement was created' })
  @Column('text', { nullable: true })
  fromStage: PlacementStage | null;

  @Field(() => PlacementOutcome, { nullable: true, description: 'The outcome before, if any' })
  @Column('text', { nullable: true })
  fromOutcome: PlacementOutcome | null;

  @Field(() => PlacementStage, { description: 'The stage after' })
  @Column('text')
  toStage: PlacementStage;

  @Field(() => PlacementOutcome, { nullable: true, description: 'The outcome after, if any' })
  @Column('text', { nullable: true })
  toOutcome: PlacementOutcome | null;

  @Field({ description: 'The day it happened (YYYY-MM-DD)' })
  @Column('date')
  on: string;

  @Field(() => ID, { description: 'The user who made the change' })
  @Column('uuid')
  actorId: string;

  @Field({ description: 'When it was recorded' })
  @Column('timestamptz')
  at: Date;

  @Field(() => String, { nullable: true, description: 'The note given with the change' })
  @Column('text', { nullable: true })
  note: string | null;
}
