import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { Paginated } from '../../platform/graphql/pagination.js';
import { User } from '../organisations/user.entity.js';
import type { EconomicEstimate, OutcomeCounts, Share } from './indicators.js';
import { StatisticsGroupBy } from './statistics.enums.js';

/**
 * The statistics' GraphQL types. They hold no personal data: counts, shares and the names of groups (principals,
 * sectors, teams and, grouped by secretary, staff). The service builds plain objects of these shapes, and the
 * monthly report keeps the same objects as JSON.
 */

@ObjectType('Share', { description: 'A share kept exact: numerator / denominator, and in whole percent (rounded half up)' })
export class ShareType implements Share {
  @Field(() => Int, { description: 'The count that is the share' })
  numerator: number;

  @Field(() => Int, { description: 'The count it is a share of' })
  denominator: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator; null when the denominator is 0' })
  fraction: number | null;

  @Field(() => Int, { nullable: true, description: 'The fraction in whole percent, rounded half up (33.9 % -> 34); null when the denominator is 0' })
  percent: number | null;
}

@ObjectType({ description: 'How many exits had one reason' })
export class ExitReasonCount {
  @Field(() => ExitReason, { description: 'The exit reason' })
  reason: ExitReason;

  @Field(() => Int, { description: 'How many exits' })
  count: number;
}

@ObjectType({ description: 'Exits in the period by where they count (Kolada): work only after one continuous month' })
export class ExitOutcomeCounts implements OutcomeCounts {
  @Field(() => Int, { description: 'Jobs on the regular labour market (subsidised or not) that lasted one continuous month' })
  work: number;

  @Field(() => Int, { description: 'Studies that entitle to student aid' })
  studies: number;

  @Field(() => Int, { description: 'Every other exit, including municipal labour-market employments and jobs that ended within the month' })
  other: number;

  @Field(() => Int, { description: 'Exits to work whose month has not passed (or not been checked): in neither share yet' })
  workPending: number;

  @Field(() => Int, { description: 'work + studies + other: the denominator of the share of exits' })
  settled: number;
}

@ObjectType({ description: 'Working days (weekends and Swedish holidays excluded) from first contact to a step' })
export class WorkingDaysSummary {
  @Field(() => Int, { description: 'Steps taken in the period (plans established, sectors chosen)' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'The median (the mean of the two middle values for an even count)' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'The mean, in working days' })
  mean: number | null;

  @Field(() => Int, { description: 'The target in working days: 1 for the plan, 5 (the first week) for the sector' })
  targetWorkingDays: number;

  @Field(() => ShareType, { description: 'The share taken within the target' })
  withinTarget: ShareType;
}

@ObjectType({ description: 'One month of the series (the administration’s enrolled/exited chart), within the period' })
export class MonthlyFigures {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'The month’s first day within the period' })
  from: string;

  @Field({ description: 'The month’s last day within the period' })
  to: string;

  @Field(() => Int, { description: 'People with an enrolment period during the month' })
  enrolled: number;

  @Field(() => Int, { description: 'People whose first contact fell in the month' })
  newlyEnrolled: number;

  @Field(() => Int, { description: 'Exits in the month, of every reason' })
  exited: number;

  @Field(() => Int, { description: 'Exits in the month to work (after its month) or studies' })
  exitsToWorkOrStudies: number;
}

@ObjectType({ description: 'Economic-effect estimates from the principal’s parameters, in kronor (docs/rules.md)' })
export class EconomicEstimateType implements EconomicEstimate {
  @Field(() => Float, { description: '(exits to work + studies) x aid per person and month' })
  aidReducedPerMonth: number;

  @Field(() => Float, { description: 'exits to work x municipal tax per person and month' })
  taxIncreasePerMonth: number;

  @Field(() => Float, { nullable: true, description: 'enrolled x cost per enrolled; null when no cost is set' })
  programmeCost: number | null;
}

@ObjectType({ description: 'The indicators of one group (or of all: the total row) for a period' })
export class StatisticsRow {
  @Field(() => ID, { nullable: true, description: 'The group’s id (principal, sector, team or secretary); null for "none yet" and for the total' })
  key: string | null;

  @Field({ description: 'The group’s name, "Ingen bransch vald" and the like for periods without one, "Totalt" for the total' })
  label: string;

  @Field({ description: 'The total row (every group together; a person in two groups counts once)' })
  total: boolean;

  @Field(() => Int, { description: 'People with an enrolment period overlapping the period' })
  enrolled: number;

  @Field(() => Int, { description: 'People whose first contact fell in the period' })
  newlyEnrolled: number;

  @Field(() => Int, { description: 'Enrolment periods that ended in the period' })
  exits: number;

  @Field(() => [ExitReasonCount], { description: 'Exits in the period per reason (every reason, zeros included)' })
  exitsByReason: ExitReasonCount[];

  @Field(() => ExitOutcomeCounts, { description: 'Exits in the period by where they count (Kolada)' })
  exitsByOutcome: ExitOutcomeCounts;

  @Field(() => ShareType, { description: '(exits to work + studies) / enrolled' })
  shareOfEnrolled: ShareType;

  @Field(() => ShareType, { description: '(exits to work + studies) / settled exits (Kolada; pending exits to work left out)' })
  shareOfExits: ShareType;

  @Field(() => Int, { description: 'Enrolment periods open at the end of the period (or today)' })
  openAtEnd: number;

  @Field(() => ShareType, { description: 'Of the periods open at the end, those with a plan established by then' })
  currentPlan: ShareType;

  @Field(() => WorkingDaysSummary, { description: 'First contact to plan, for plans established in the period (target 1)' })
  workingDaysToPlan: WorkingDaysSummary;

  @Field(() => WorkingDaysSummary, { description: 'First contact to sector choice, for sectors chosen in the period (target 5)' })
  workingDaysToSector: WorkingDaysSummary;

  @Field(() => Int, { description: 'Of the periods open at the end, those whose weekly follow-up was overdue on that day' })
  overdueFollowUps: number;

  @Field(() => [MonthlyFigures], { description: 'The same figures per calendar month of the period' })
  monthly: MonthlyFigures[];

  @Field(() => EconomicEstimateType, { nullable: true, description: 'Null when a principal in the group has no economic parameters' })
  economy: EconomicEstimateType | null;
}

@ObjectType({ description: 'Indicators for a period, per group, with the total' })
export class StatisticsResult {
  @Field({ description: "The period's first day (YYYY-MM-DD)" })
  from: string;

  @Field({ description: "The period's last day, inclusive (YYYY-MM-DD)" })
  to: string;

  @Field({ description: 'The day open periods, plans and overdue follow-ups are counted on: the period’s end, or today if earlier' })
  asOf: string;

  @Field(() => StatisticsGroupBy, { description: 'What the rows are per' })
  groupBy: StatisticsGroupBy;

  @Field(() => [ID], { description: 'The principals counted' })
  principalIds: string[];

  @Field(() => [StatisticsRow], { description: 'One row per group, by name; the group without one ("none yet") last' })
  rows: StatisticsRow[];

  @Field(() => StatisticsRow, { description: 'Every group together; a person in two groups counts once' })
  total: StatisticsRow;
}

@ObjectType({ description: 'A file to download' })
export class ExportFile {
  @Field({ description: 'A file name for saving, with its extension' })
  filename: string;

  @Field({ description: 'The media type: text/csv; charset=utf-8, or the XLSX (spreadsheetml) type' })
  contentType: string;

  @Field({ description: 'The file’s bytes, base64-encoded' })
  base64: string;
}

@ObjectType({ description: 'A principal’s economic-effect parameters (estimates, docs/rules.md), in kronor' })
export class EconomicParameters {
  @Field(() => ID, { description: 'The principal (municipality)' })
  principalId: string;

  @Field({ description: 'The principal’s name' })
  principalName: string;

  @Field(() => Float, { description: 'Aid no longer paid per month per person who leaves for work or studies' })
  aidPerPersonMonth: number;

  @Field(() => Float, { description: 'Municipal tax gained per month per person who leaves for work' })
  taxPerWorkExitMonth: number;

  @Field(() => Float, { nullable: true, description: 'The programme’s cost per enrolled person' })
  costPerEnrolled: number | null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with setEconomicParameters' })
  version: number;

  @Field({ description: 'When the parameters were last set (ISO 8601 timestamp)' })
  updatedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The user who last set them' })
  updatedById: string | null;

  @Field(() => User, { nullable: true, description: 'The user who last set the parameters' })
  updatedBy?: User | null;
}

@ObjectType({ description: 'A kept monthly follow-up report: one principal, one month' })
export class MonthlyReportSummary {
  @Field(() => ID, { description: "The report's id (UUID)" })
  id: string;

  @Field(() => ID, { description: 'The principal (municipality)' })
  principalId: string;

  @Field({ description: 'The principal’s name' })
  principalName: string;

  @Field({ description: 'The month’s first day' })
  month: string;

  @Field({ description: 'When the report was produced (ISO 8601 timestamp)' })
  producedAt: Date;
}

@ObjectType({ description: 'A monthly follow-up report with its content, as produced' })
export class MonthlyReport extends MonthlyReportSummary {
  @Field(() => StatisticsResult, { description: 'The month per sector, with the total' })
  bySector: StatisticsResult;

  @Field(() => StatisticsResult, { description: 'The month per sector team, with the total' })
  byTeam: StatisticsResult;
}

export const MonthlyReportPage = Paginated(MonthlyReportSummary, 'MonthlyReportPage');
