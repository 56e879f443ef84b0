import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../auth/role.enum.js';
import { Trim } from '../validation/trim.decorator.js';

@InputType()
export class CreateUserInput {
  @Field({ description: 'Login name: lower-case letters, digits, dot, dash, underscore' })
  @Matches(/^[a-z0-9._-]{2,60}$/, { message: 'username must be 2-60 lower-case letters, digits, dots, dashes or underscores' })
  username: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => [Role])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field({ nullable: true, description: 'For the local login; at least 12 characters' })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;

  @Field({ nullable: true, description: "The subject in the identity provider's tokens" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalSubject?: string;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => [Role])
  @IsArray()
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}

@InputType()
export class CreateTeamInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The sector of a sector team (bransch-team); none for other teams' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field(() => [ID], { nullable: true, description: 'The principals whose people the team serves; defaults to all you act for' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servedPrincipalIds?: string[];
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => Role, { description: "The member's role in the team; one of the roles the user has" })
  @IsEnum(Role)
  role: Role;
}
