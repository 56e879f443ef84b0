import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Role } from '../auth/role.enum.js';
import { Team } from './team.entity.js';

@ObjectType()
@Entity()
export class TeamMember {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  teamId: string;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  userId: string;

  /** The member's role in this team (a secretary, the recruiter, ...). */
  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @ManyToOne(() => Team, (t) => t.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team: Relation<Team>;
}
