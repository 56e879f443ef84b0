import { Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Role, STAFF_ROLES } from '../../platform/auth/role.enum.js';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { Trim } from '../../platform/validation/trim.decorator.js';

@InputType({ description: 'A new agreement under which an organisation acts for a principal' })
export class CreateAgreementInput {
  @Field({ description: "The agreement's name, at most 200 characters" })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { description: 'The organisation that does the work, e.g. a labour-market administration' })
  @IsUUID()
  actingOrganisationId: string;

  @Field(() => ID, { description: 'The municipality that stays principal (huvudman) of the data' })
  @IsUUID()
  principalId: string;

  @Field(() => [Role], { description: "The roles in which the acting organisation's staff act for the principal" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  @IsIn(STAFF_ROLES, { each: true, message: "a principal's reviewers act for their own municipality only" })
  roles: Role[];

  @Field({ description: 'The first day in force: today or later' })
  @IsCalendarDate()
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'The last day in force; none while it runs until further notice' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

@InputType({ description: 'What an amendment may change: the name, the roles, the last day, and the first day while the agreement has not begun' })
export class AmendAgreementInput extends PartialType(PickType(CreateAgreementInput, ['name', 'roles', 'validFrom', 'validTo'] as const)) {
  @Field(() => ID, { description: "The agreement's id (UUID)" })
  @IsUUID()
  id: string;
}
