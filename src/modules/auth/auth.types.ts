import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { User } from '../organisations/user.entity.js';
import { Trim } from '../validation/trim.decorator.js';
import { Role } from './role.enum.js';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'The signed-in user and the principals they may act for today' })
export class Viewer {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => ID)
  organisationId: string;

  @Field({ description: "The name of the user's own organisation" })
  organisationName: string;

  @Field(() => [Role])
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
