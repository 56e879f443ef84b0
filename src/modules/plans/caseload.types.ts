import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';

/** The caseload of one secretary: counted over open enrolment periods in the caller's scope. */
@ObjectType({ description: 'The caseload of one labour-market secretary, counted over open enrolment periods in your scope' })
export class SecretaryCaseload {
  @Field(() => ID, { nullable: true, description: 'The secretary; null for periods nobody has held a first meeting in yet' })
  secretaryId: string | null;

  @Field(() => User, { nullable: true, description: 'The secretary; null for periods nobody has held a first meeting in yet' })
  secretary: User | null;

  @Field(() => Int, { description: 'Open enrolment periods (one per person)' })
  openCandidates: number;

  @Field(() => Int, { description: 'Of those, the ones whose weekly follow-up is overdue' })
  overdueFollowUps: number;

  @Field(() => Int, { description: 'Of those, the ones without a plan' })
  withoutPlan: number;
}

/** The caseload of a sector team: its open enrolment periods in the caller's scope, in all and per secretary. */
@ObjectType({ description: 'The caseload of a sector team: its open enrolment periods in your scope, in all and per secretary' })
export class TeamCaseload {
  @Field(() => ID, { description: "The team's id (UUID)" })
  teamId: string;

  @Field(() => Team, { description: 'The sector team' })
  team: Team;

  @Field(() => Int, { description: 'Open enrolment periods (one per person)' })
  openCandidates: number;

  @Field(() => Int, { description: 'Of those, the ones whose weekly follow-up is overdue' })
  overdueFollowUps: number;

  @Field(() => Int, { description: 'Of those, the ones without a plan' })
  withoutPlan: number;

  @Field(() => [SecretaryCaseload], { description: 'Per secretary, by name' })
  secretaries: SecretaryCaseload[];
}
