import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a member of staff did with a person a ranking put forward (EU AI Act: the human decision on a proposal). */
export enum RankingDecision {
  SHORTLISTED = 'SHORTLISTED',
  PRESENTED = 'PRESENTED',
  INVITED = 'INVITED',
  PASSED_OVER = 'PASSED_OVER',
}
registerEnumType(RankingDecision, {
  name: 'RankingDecision',
  description: 'What a member of staff did with a person a ranking put forward (the human decision on a proposal)',
  valuesMap: {
    SHORTLISTED: { description: "Put on the opening's shortlist" },
    PRESENTED: { description: 'Presented to the employer' },
    INVITED: { description: 'Invited to a recruitment meeting for the opening' },
    PASSED_OVER: { description: 'Passed over (passOverRankedCandidate), with an optional reason' },
  },
});

/** How a person appeared in a ranking: among the ranked, or a near miss (one requirement short). */
export enum RankingPlacement {
  RANKED = 'RANKED',
  NEAR_MISS = 'NEAR_MISS',
}
registerEnumType(RankingPlacement, {
  name: 'RankingPlacement',
  description: 'How a person appeared in a ranking',
  valuesMap: {
    RANKED: { description: 'Among the ranked' },
    NEAR_MISS: { description: 'A near miss: one hard requirement short' },
  },
});

@ObjectType({ description: 'A factor’s weight in a kept ranking: the most points it could give' })
export class FactorWeight {
  @Field({ description: "The factor's name, e.g. skills, commute" })
  factor: string;

  @Field(() => Float, { description: 'The most points the factor could give' })
  weight: number;
}

/**
 * A ranking as it was shown: who asked, when, for which opening, with which engine and weights, and how many were
 * considered and excluded. Holds no one's personal data; each person in it is a {@link RankingRecordEntry}.
 */
@ObjectType({ description: 'A ranking as shown to a member of staff: who asked, when, the engine and its weights' })
@Entity()
@Index(['openingId', 'requestedAt'])
export class RankingRecord {
  @Field(() => ID, { description: "The kept ranking's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The opening ranked for' })
  @Column('uuid')
  openingId: string;

  @Field(() => ID, { description: 'The user who asked for the ranking' })
  @Column('uuid')
  requestedById: string;

  @Field({ description: 'When the ranking was made (ISO 8601 timestamp)' })
  @Column('timestamptz')
  requestedAt: Date;

  @Field({ description: 'The ranking engine’s version (src/matching/rank.ts ENGINE_VERSION)' })
  @Column('text')
  engineVersion: string;

  /** The factors' weights, by factor name (read through RankingRecord.weights as a list). */
  @Column('jsonb')
  weights: Record<string, number>;

  @Field(() => Int, { description: "People considered: open enrolment periods within the asker's principals" })
  @Column('int')
  considered: number;

  @Field(() => Int, { description: 'How many were excluded by a hard requirement' })
  @Column('int')
  excludedCount: number;
}

/**
 * One person in a kept ranking, with what was shown about them (score, explanation or the reasons they were a near
 * miss) and the human decision that followed. Belongs to the person's principal: it is part of their record (their
 * right to an explanation, and the register extract), and goes with the person's other records when they are erased.
 */
@ObjectType({ description: 'A person in a kept ranking: what was shown, and what a member of staff then decided' })
@Entity()
@Index(['candidateId'])
@Index(['recordId'])
export class RankingRecordEntry {
  @Field(() => ID, { description: "The entry's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  recordId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Column('uuid')
  candidateId: string;

  @Column('uuid')
  principalId: string;

  @Field(() => RankingPlacement, { description: 'Ranked, or a near miss' })
  @Column('text')
  placement: RankingPlacement;

  @Field(() => Int, { nullable: true, description: 'Place in the list (1 best) for the ranked; null for a near miss' })
  @Column('int', { nullable: true })
  position: number | null;

  @Field(() => Float, { nullable: true, description: 'The score shown, 0-100; for a near miss the score it would have had' })
  @Column('numeric', {
    precision: 5,
    scale: 1,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  score: number | null;

  @Field({ description: 'The explanation as shown, or the near miss’s reasons' })
  @Column('text')
  explanation: string;

  @Field(() => RankingDecision, { nullable: true, description: 'The latest decision a member of staff made about the person; null until one was made' })
  @Column('text', { nullable: true })
  decision: RankingDecision | null;

  @Field(() => String, { nullable: true, description: 'Why, when passed over with a reason' })
  @Column('text', { nullable: true })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who decided' })
  @Column('uuid', { nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the decision was made (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  decidedAt: Date | null;
}
