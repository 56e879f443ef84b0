import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { User } from '../../modules/organisations/user.entity.js';
import { Trim } from '../validation/trim.decorator.js';
import { Role } from './role.enum.js';

@InputType({ description: "A local login's credentials" })
export class LoginInput {
  @Field({ description: 'The login name, at most 100 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @Field({ description: 'The password, at most 200 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

@ObjectType({ description: 'A bearer token and the user it is for' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field({ description: 'When the token expires (ISO 8601 timestamp)' })
  expiresAt: Date;

  @Field(() => User, { description: 'The user signed in' })
  user: User;
}

@ObjectType({ description: 'The signed-in user and the principals they may act for today' })
export class Viewer {
  @Field(() => ID, { description: "The user's id (UUID)" })
  userId: string;

  @Field({ description: "The user's full name" })
  name: string;

  @Field(() => ID, { description: "The user's own organisation" })
  organisationId: string;

  @Field(() => [Role], { description: "The user's roles" })
  roles: Role[];

  @Field(() => [ID], { description: 'Principals (municipalities) whose records the user may read' })
  readablePrincipalIds: string[];

  @Field(() => [ID], { description: 'Principals whose records the user may create or change' })
  writablePrincipalIds: string[];

  @Field(() => [String], {
    description:
      "The queries and mutations the user's roles may call, by name, as the API checks them; each record's principal is still checked when called",
  })
  permissions: string[];
}
