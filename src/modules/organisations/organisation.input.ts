import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../platform/auth/role.enum.js';
import { Trim } from '../../platform/validation/trim.decorator.js';

@InputType({ description: 'A new member of staff: a password for the local login or a subject in the identity provider, or both' })
export class CreateUserInput {
  @Field({ description: 'Login name: lower-case letters, digits, dot, dash, underscore' })
  @Matches(/^[a-z0-9._-]{2,60}$/, { message: 'username must be 2-60 lower-case letters, digits, dots, dashes or underscores' })
  username: string;

  @Field({ description: 'Full name, at most 200 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'Email address' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => ID, { description: 'An organisation of your municipality' })
  @IsUUID()
  organisationId: string;

  @Field(() => [Role], { description: "The user's roles, at least one" })
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

@InputType({ description: "A user's new roles" })
export class SetUserRolesInput {
  @Field(() => ID, { description: "The user's id (UUID)" })
  @IsUUID()
  userId: string;

  @Field(() => [Role], { description: 'The roles, replacing the ones the user has' })
  @IsArray()
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}

@InputType({ description: 'A new team of your organisation' })
export class CreateTeamInput {
  @Field({ description: "The team's name, at most 200 characters" })
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

@InputType({ description: 'A member of a team and their role in it' })
export class TeamMemberInput {
  @Field(() => ID, { description: "The team's id (UUID)" })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: "The user's id (UUID)" })
  @IsUUID()
  userId: string;

  @Field(() => Role, { description: "The member's role in the team; one of the roles the user has" })
  @IsEnum(Role)
  role: Role;
}
