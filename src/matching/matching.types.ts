import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Candidate } from '../candidates/candidate.entity.js';
import { Opening } from '../modules/openings/opening.entity.js';

@ObjectType({ description: "One factor's part of a score, and what it rests on" })
export class RankingFactor {
  @Field({ description: 'e.g. skills, experienceOccupation, wantedOccupation, sector, commute' })
  factor: string;

  @Field({ description: "'employer' (what the work needs) or 'person' (what the person wants)" })
  side: string;

  @Field(() => Float, { description: 'The most this factor can give' })
  weight: number;

  @Field(() => Float)
  contribution: number;

  @Field()
  detail: string;
}

@ObjectType()
export class RankedCandidate {
  @Field(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate: Candidate;

  @Field(() => Float, { description: '0-100: half for what the work needs, half for what the person wants' })
  score: number;

  @Field({ description: 'A sentence the recruiter can say to the person and the employer' })
  explanation: string;

  @Field(() => [RankingFactor])
  factors: RankingFactor[];
}

@ObjectType()
export class ExcludedCandidate {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => [String], { description: 'The hard requirements not met' })
  reasons: string[];

  @Field(() => Float, { nullable: true, description: 'For a near miss (one requirement short): the score it would have had' })
  score: number | null;
}

@ObjectType({ description: 'Candidates ranked for an opening, with those a hard requirement excludes' })
export class CandidateRanking {
  @Field(() => ID, { description: 'The kept record of this ranking as shown (RankingRecord)' })
  recordId: string;

  @Field(() => Opening)
  opening: Opening;

  @Field(() => Int, { description: 'People considered: open enrolment periods within your principals' })
  considered: number;

  @Field(() => [RankedCandidate])
  ranked: RankedCandidate[];

  @Field(() => [ExcludedCandidate], { description: 'Excluded by exactly one requirement, best first' })
  nearMisses: ExcludedCandidate[];

  @Field(() => Int)
  excludedCount: number;

  @Field(() => [ExcludedCandidate], { description: 'A page of the excluded, with reasons' })
  excluded: ExcludedCandidate[];
}

@ObjectType()
export class RankedOpening {
  @Field(() => Opening)
  opening: Opening;

  @Field(() => Float)
  score: number;

  @Field()
  explanation: string;

  @Field(() => [RankingFactor])
  factors: RankingFactor[];
}

@ObjectType({ description: 'Open openings ranked for a person' })
export class OpeningRanking {
  @Field(() => [RankedOpening])
  ranked: RankedOpening[];

  @Field(() => Int)
  excludedCount: number;
}

@ObjectType()
export class ExposureGroup {
  @Field()
  group: string;

  @Field(() => Int, { description: 'People of the group considered' })
  population: number;

  @Field(() => Float)
  populationShare: number;

  @Field(() => Int, { description: 'Places in top-10 lists taken by the group' })
  appearances: number;

  @Field(() => Float)
  exposureShare: number;

  @Field(() => Float, { description: 'exposureShare / populationShare: 1 is proportional' })
  ratio: number;
}

@ObjectType({ description: 'How often the groups of one dimension appear in top-10 lists, against their share' })
export class ExposureDimension {
  @Field()
  dimension: string;

  @Field(() => Int, { description: 'Top-10 lists counted (one per open opening)' })
  lists: number;

  @Field(() => Float, { description: 'The lowest ratio divided by the highest: 1 is even exposure' })
  disparity: number;

  @Field(() => [ExposureGroup])
  groups: ExposureGroup[];
}
