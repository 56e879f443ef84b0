import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TeamMember } from './team-member.entity.js';

/**
 * A team of staff: a sector team (bransch-team: secretary, recruiter, career counsellor, teacher grouped per
 * industry) when it has a sector, otherwise a unit such as the business developers (Näringsliv).
 */
@ObjectType({ description: 'A team of staff: a sector team (bransch-team) when it has a sector, otherwise a unit such as the business developers' })
@Entity()
export class Team {
  @Field(() => ID, { description: "The team's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The team's name" })
  @Column()
  name: string;

  /** The organisation whose staff make up the team. */
  @Field(() => ID, { description: 'The organisation whose staff make up the team' })
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The sector of a sector team; null for other teams' })
  @Column({ type: 'uuid', nullable: true })
  sectorId: string | null;

  /** The principals (municipalities) whose residents and employers the team serves. */
  @Field(() => [ID], { description: 'The principals (municipalities) whose residents and employers the team serves' })
  @Column({ type: 'uuid', array: true })
  servedPrincipalIds: string[];

  @OneToMany(() => TeamMember, (m) => m.team)
  members: TeamMember[];

  @Field({ description: 'When the team was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
