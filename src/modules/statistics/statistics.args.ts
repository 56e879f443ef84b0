import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { IsCalendarDate, isCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { periodProblem } from './period.js';
import { ExportFormat, StatisticsGroupBy } from './statistics.enums.js';

/** class-validator on `to`: the period [from, to] is one the statistics answer for ({@link periodProblem}). */
function IsPeriodEnd(options?: ValidationOptions): PropertyDecorator {
  const problem = (args: ValidationArguments) => {
    const from = (args.object as { from?: unknown }).from;
    // a malformed date is reported by @IsCalendarDate on its own field
    return isCalendarDate(from) && isCalendarDate(args.value) ? periodProblem(from, args.value) : null;
  };
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPeriodEnd',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (_value: unknown, args: ValidationArguments) => problem(args) === null, defaultMessage: (args: ValidationArguments) => problem(args) ?? '' },
    });
}

/** numeric(12,2): kronor with at most two decimals, not negative. */
const MAX_AMOUNT = 9_999_999_999.99;

@ArgsType()
export class StatisticsArgs {
  @Field({ description: 'The period’s first day' })
  @IsCalendarDate()
  from: string;

  @Field({ description: 'The period’s last day (inclusive); at most three years after from' })
  @IsCalendarDate()
  @IsPeriodEnd()
  to: string;

  @Field(() => StatisticsGroupBy, { defaultValue: StatisticsGroupBy.PRINCIPAL, description: 'What the rows are per (default PRINCIPAL)' })
  @IsEnum(StatisticsGroupBy)
  groupBy: StatisticsGroupBy = StatisticsGroupBy.PRINCIPAL;

  @Field(() => ID, { nullable: true, description: 'Only this principal; default: every principal you may read' })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@ArgsType()
export class StatisticsExportArgs extends StatisticsArgs {
  @Field(() => ExportFormat, { description: 'CSV or XLSX' })
  @IsEnum(ExportFormat)
  format: ExportFormat;
}

@ArgsType()
export class EconomicParametersArgs {
  @Field(() => ID, { nullable: true, description: 'Only this principal; default: every principal you may read' })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@ArgsType()
export class MonthlyReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this principal’s reports; default: every principal you may read' })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@ArgsType()
export class MonthlyReportArgs {
  @Field(() => ID, { description: "The report's id (UUID)" })
  @IsUUID()
  id: string;
}

@ArgsType()
export class MonthlyReportExportArgs {
  @Field(() => ID, { description: "The report's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => ExportFormat, { description: 'CSV or XLSX' })
  @IsEnum(ExportFormat)
  format: ExportFormat;
}

@InputType({ description: "A principal's economic-effect parameters, in kronor" })
export class SetEconomicParametersInput {
  @Field(() => ID, { description: 'The principal (municipality)' })
  @IsUUID()
  principalId: string;

  @Field(() => Float, { description: 'Kronor of aid no longer paid per month per person who leaves for work or studies (seeds: 8,000)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_AMOUNT)
  aidPerPersonMonth: number;

  @Field(() => Float, { description: 'Kronor of municipal tax gained per month per person who leaves for work (seeds: 7,500)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_AMOUNT)
  taxPerWorkExitMonth: number;

  @Field(() => Float, { nullable: true, description: 'Kronor the programme costs per enrolled person (seeds: 27,027 Trelleborg, 28,915 Svedala); null: not set' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_AMOUNT)
  costPerEnrolled?: number | null;

  @Field(() => Int, { description: 'The version you read; 0 when the principal has no parameters yet' })
  @IsInt()
  @Min(0)
  version: number;
}
