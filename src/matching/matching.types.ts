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

  @Field(() => Float, { description: 'Points this factor gave, from 0 to weight (rounded to 0.01)' })
  contribution: number;

  @Field({ description: 'What the points rest on, in Swedish (e.g. the commute in minutes)' })
  detail: string;
}

@ObjectType({ description: 'A person ranked for an opening, with the score and its reasons' })
export class RankedCandidate {
  @Field(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate: Candidate;

  @Field(() => Float, { description: '0-100: half for what the work needs, half for what the person wants' })
  score: number;

  @Field({ description: 'A sentence the recruiter can say to the person and the employer' })
  explanation: string;

  @Field(() => [RankingFactor], { description: "Each factor's points and what they rest on; they sum to the score" })
  factors: RankingFactor[];
}

@ObjectType({ description: 'A person a hard requirement excludes from the ranking, with the reasons' })
export class ExcludedCandidate {
  @Field(() => Candidate, { description: 'The person; the read is written to the access log' })
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

  @Field(() => Opening, { description: 'The opening ranked for' })
  opening: Opening;

  @Field(() => Int, { description: 'People considered: open enrolment periods within your principals' })
  considered: number;

  @Field(() => [RankedCandidate], { description: 'The ranked people, best first, at most limit' })
  ranked: RankedCandidate[];

  @Field(() => [ExcludedCandidate], { description: 'Excluded by exactly one requirement, best first' })
  nearMisses: ExcludedCandidate[];

  @Field(() => Int, { description: 'How many people a hard requirement excludes (all of them; excluded lists a page)' })
  excludedCount: number;

  @Field(() => [ExcludedCandidate], { description: 'A page of the excluded, with reasons' })
  excluded: ExcludedCandidate[];
}

@ObjectType({ description: 'An open opening ranked for a person, with the score and its reasons' })
export class RankedOpening {
  @Field(() => Opening, { description: 'The opening' })
  opening: Opening;

  @Field(() => Float, { description: '0-100: half for what the work needs, half for what the person wants' })
  score: number;

  @Field({ description: 'A sentence the recruiter can say to the person and the employer (Swedish)' })
  explanation: string;

  @Field(() => [RankingFactor], { description: "Each factor's points and what they rest on; they sum to the score" })
  factors: RankingFactor[];
}

@ObjectType({ description: 'Open openings ranked for a person' })
export class OpeningRanking {
  @Field(() => [RankedOpening], { description: 'The openings, best first, at most limit' })
  ranked: RankedOpening[];

  @Field(() => Int, { description: 'How many open openings a hard requirement rules out for the person' })
  excludedCount: number;
}

@ObjectType({ description: 'One group of a dimension: its share of the population against its share of top-10 places' })
export class ExposureGroup {
  @Field({ description: 'The group, e.g. an age band, nyanländ / ej nyanländ, or a Swedish level' })
  group: string;

  @Field(() => Int, { description: 'People of the group considered' })
  population: number;

  @Field(() => Float, { description: "The group's share of the people considered, 0-1" })
  populationShare: number;

  @Field(() => Int, { description: 'Places in top-10 lists taken by the group' })
  appearances: number;

  @Field(() => Float, { description: "The group's share of the top-10 places, 0-1" })
  exposureShare: number;

  @Field(() => Float, { description: 'exposureShare / populationShare: 1 is proportional' })
  ratio: number;
}

@ObjectType({ description: 'How often the groups of one dimension appear in top-10 lists, against their share' })
export class ExposureDimension {
  @Field({ description: 'The dimension: age, newly arrived, or Swedish level' })
  dimension: string;

  @Field(() => Int, { description: 'Top-10 lists counted (one per open opening)' })
  lists: number;

  @Field(() => Float, { description: 'The lowest ratio divided by the highest: 1 is even exposure' })
  disparity: number;

  @Field(() => [ExposureGroup], { description: "The dimension's groups" })
  groups: ExposureGroup[];
}
