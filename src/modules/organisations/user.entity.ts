import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../auth/role.enum.js';

@ObjectType()
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Login name for the local login; unique, lower case. */
  @Field()
  @Column({ unique: true })
  username: string;

  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles: Role[];

  /** scrypt hash for the local login; null for users who sign in only through the identity provider. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** The subject the municipality's OpenID Connect provider puts in its tokens for this person. */
  @Column({ type: 'text', nullable: true, unique: true })
  externalSubject: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Column({ default: false })
  demo: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
