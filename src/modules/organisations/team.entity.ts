import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TeamMember } from './team-member.entity.js';

/**
 * A team of staff: a sector team (bransch-team: secretary, recruiter, career counsellor, teacher grouped per
 * industry) when it has a sector, otherwise a unit such as the business developers (Näringsliv).
 */
@ObjectType()
@Entity()
export class Team {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  /** The organisation whose staff make up the team. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sectorId: string | null;

  /** The principals (municipalities) whose residents and employers the team serves. */
  @Field(() => [ID])
  @Column({ type: 'uuid', array: true })
  servedPrincipalIds: string[];

  @OneToMany(() => TeamMember, (m) => m.team)
  members: TeamMember[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
