import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A token that lets a calendar app read a team's meeting feed over plain HTTP (calendar apps send no bearer
 * token). Only its SHA-256 is stored: the token itself is shown once, when created. Revoked, never deleted.
 */
@ObjectType()
@Entity()
export class MeetingFeedToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  teamId: string;

  @Column('text', { unique: true })
  tokenHash: string;

  @Field(() => String, { nullable: true, description: 'What it is for, e.g. "Teamets Outlook"' })
  @Column('text', { nullable: true })
  label: string | null;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
