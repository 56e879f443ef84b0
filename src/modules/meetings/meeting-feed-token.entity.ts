import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A token that lets a calendar app read a team's meeting feed over plain HTTP (calendar apps send no bearer
 * token). Only its SHA-256 is stored: the token itself is shown once, when created. Revoked, never deleted.
 */
@ObjectType({ description: "A secret link for calendar apps to read a team's meetings; only its SHA-256 is kept, so it is shown once; revoked, never deleted" })
@Entity()
export class MeetingFeedToken {
  @Field(() => ID, { description: "The feed token's id (UUID), used to revoke it" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The sector team whose meetings the feed holds' })
  @Column('uuid')
  teamId: string;

  @Column('text', { unique: true })
  tokenHash: string;

  @Field(() => String, { nullable: true, description: 'What it is for, e.g. "Teamets Outlook"' })
  @Column('text', { nullable: true })
  label: string | null;

  @Field(() => ID, { description: 'The user who created it' })
  @Column('uuid')
  createdById: string;

  @Field({ description: 'When it was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (ISO 8601 timestamp); from then on its feed URL answers 404' })
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a calendar app last read the feed with it (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
