import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageArgs, Paginated } from '../../platform/graphql/pagination.js';
import { Trim } from '../../platform/validation/trim.decorator.js';

/** The kinds of record a principal sets a retention period for (migration Retention). */
export enum RetentionKind {
  /** A person's records, counted from the end of their last enrolment period: thinned by anonymising them */
  PERSON_RECORDS = 'PERSON_RECORDS',
  /** Access-log entries, counted from when the read happened: deleted */
  ACCESS_LOG = 'ACCESS_LOG',
  /** How long after the last period ended a person's request for erasure (GDPR art. 17) may be granted */
  ERASURE_ON_REQUEST = 'ERASURE_ON_REQUEST',
}
registerEnumType(RetentionKind, {
  name: 'RetentionKind',
  description: 'The kinds of record a principal sets a retention period for',
  valuesMap: {
    PERSON_RECORDS: { description: "A person's records, counted from the end of their last enrolment period: thinned by anonymising them" },
    ACCESS_LOG: { description: 'Access-log entries, counted from when the read happened: deleted' },
    ERASURE_ON_REQUEST: { description: 'How long after the last period ended a request for erasure (GDPR art. 17) may be granted' },
  },
});

/** What started a thinning. */
export enum RetentionTrigger {
  RUN = 'RUN',
  SCHEDULE = 'SCHEDULE',
  ERASURE_REQUEST = 'ERASURE_REQUEST',
}
registerEnumType(RetentionTrigger, {
  name: 'RetentionTrigger',
  description: 'What started a thinning',
  valuesMap: {
    RUN: { description: 'A user ran it (runRetention), or previewed it (previewRetention, a dry run)' },
    SCHEDULE: { description: 'The scheduled job' },
    ERASURE_REQUEST: { description: "A person's request for erasure (erasePerson)" },
  },
});

/** The most people a preview names; its count is always the whole. */
export const PREVIEW_PEOPLE = 500;

/** The least a rule may say, per kind: records are never thinned the year they are made, an erasure may be at once. */
export const MIN_YEARS: Readonly<Record<RetentionKind, number>> = {
  [RetentionKind.PERSON_RECORDS]: 1,
  [RetentionKind.ACCESS_LOG]: 1,
  [RetentionKind.ERASURE_ON_REQUEST]: 0,
};

@ObjectType({ description: 'How long a principal keeps one kind of record, and the law or plan it follows' })
export class RetentionRule {
  @Field(() => ID, { description: "The rule's id (UUID)" })
  id: string;

  @Field(() => ID, { description: 'The principal (municipality) the rule is of' })
  principalId: string;

  @Field({ description: "The principal's name" })
  principalName: string;

  @Field(() => RetentionKind, { description: 'The kind of record' })
  kind: RetentionKind;

  @Field(() => Int, { description: 'Years the records are kept (see kind for from when)' })
  years: number;

  @Field(() => [Int], { description: 'People born on these days of the month are never thinned (the research sample, 12 kap. 2 § SoL)' })
  exemptBirthDays: number[];

  @Field({ description: 'The legal ground and source, in Swedish' })
  legalNote: string;

  @Field({ description: 'False while the rule is the migration’s default, which no one has confirmed' })
  confirmed: boolean;

  @Field({ description: 'When the rule was last set (ISO 8601 timestamp)' })
  updatedAt: Date;

  updatedById: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with setRetentionRule' })
  version: number;
}

@ObjectType({ description: 'How many records of one kind a run found (dry run) or thinned' })
export class RetentionCount {
  @Field(() => RetentionKind, { description: 'The kind of record' })
  kind: RetentionKind;

  @Field(() => Int, { description: 'How many records' })
  count: number;
}

@ObjectType({ description: 'One person whose records a run would thin: the internal id and the end of the last period only' })
export class RetentionCandidate {
  @Field(() => ID, { description: "The person's internal id (UUID)" })
  candidateId: string;

  @Field({ description: 'The end date of the person’s last enrolment period (YYYY-MM-DD)' })
  lastPeriodEndedOn: string;
}

@ObjectType({ description: 'What a thinning would remove today, without removing anything' })
export class RetentionPreview {
  @Field(() => ID, { description: 'The principal (municipality)' })
  principalId: string;

  @Field({ description: 'Today, the day the rules were applied to' })
  asOf: string;

  @Field(() => [RetentionCount], { description: 'How many records of each kind would be thinned' })
  counts: RetentionCount[];

  @Field(() => [RetentionCandidate], { description: `The people whose records would be thinned, oldest first (at most ${PREVIEW_PEOPLE})` })
  people: RetentionCandidate[];
}

@ObjectType({ description: 'What one thinning or erasure did: counts only, never personal data' })
export class RetentionReport {
  @Field(() => ID, { description: "The report's id (UUID)" })
  id: string;

  @Field(() => ID, { description: 'The principal (municipality)' })
  principalId: string;

  @Field({ description: 'When it ran (ISO 8601 timestamp)' })
  ranAt: Date;

  @Field({ description: 'True for a preview that removed nothing' })
  dryRun: boolean;

  @Field(() => RetentionTrigger, { description: 'What started it' })
  trigger: RetentionTrigger;

  @Field(() => [RetentionCount], { description: 'How many records of each kind were found (dry run) or thinned' })
  counts: RetentionCount[];

  ranById: string | null;

  @Field({ description: 'Who ran it: the user’s name, or "schedule"' })
  ranByName: string;

  @Field(() => ID, { nullable: true, description: 'ERASURE_REQUEST: the internal id of the person erased' })
  candidateId: string | null;

  @Field(() => String, { nullable: true, description: 'ERASURE_REQUEST: the ground of the request as recorded (a case number, never a name)' })
  reason: string | null;
}

export const RetentionReportPage = Paginated(RetentionReport, 'RetentionReportPage');

@InputType({ description: 'A retention rule to set for a principal' })
export class SetRetentionRuleInput {
  @Field(() => ID, { description: 'The principal (municipality)' })
  @IsUUID()
  principalId: string;

  @Field(() => RetentionKind, { description: 'The kind of record' })
  @IsEnum(RetentionKind)
  kind: RetentionKind;

  @Field(() => Int, { description: 'Years the records are kept: at least 1 for PERSON_RECORDS and ACCESS_LOG, at least 0 for ERASURE_ON_REQUEST' })
  @IsInt()
  @Min(0)
  @Max(100)
  years: number;

  @Field(() => [Int], { nullable: true, description: 'Default: as they are' })
  @IsOptional()
  @ArrayMaxSize(31)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(31, { each: true })
  exemptBirthDays?: number[];

  @Field({ description: 'The legal ground and source, in Swedish, at most 2,000 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalNote: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class RetentionPrincipalArgs {
  @Field(() => ID, { description: 'The principal (municipality)' })
  @IsUUID()
  principalId: string;
}

@ArgsType()
export class RetentionRulesArgs {
  @Field(() => ID, { nullable: true, description: 'Default: your own municipality' })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@ArgsType()
export class RetentionReportsArgs extends PageArgs {
  @Field(() => ID, { description: 'The principal (municipality)' })
  @IsUUID()
  principalId: string;
}

@ArgsType()
export class ErasePersonArgs {
  @Field(() => ID, { description: "The person's id (UUID)" })
  @IsUUID()
  candidateId: string;

  @Field({ description: 'The ground of the request: a case number (diarienummer) or the like, never a name or an identity number' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
