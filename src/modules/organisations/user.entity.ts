import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../platform/auth/role.enum.js';

@ObjectType({ description: 'A member of staff who signs in to Brygga' })
@Entity('app_user')
export class User {
  @Field(() => ID, { description: "The user's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Login name for the local login; unique, lower case. */
  @Field({ description: 'Login name for the local login; unique, lower case' })
  @Column({ unique: true })
  username: string;

  @Field({ description: 'Full name' })
  @Column()
  name: string;

  @Field(() => String, { nullable: true, description: 'Email address' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => ID, { description: 'The organisation the user works in' })
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => [Role], { description: "The user's roles; they decide what the user may do" })
  @Column({ type: 'text', array: true })
  roles: Role[];

  /** scrypt hash for the local login; null for users who sign in only through the identity provider. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** The subject the municipality's OpenID Connect provider puts in its tokens for this person. */
  @Column({ type: 'text', nullable: true, unique: true })
  externalSubject: string | null;

  @Field({ description: 'False once deactivated: the user can no longer sign in' })
  @Column({ default: true })
  active: boolean;


  @Field({ description: 'When the user was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
