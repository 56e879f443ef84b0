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
