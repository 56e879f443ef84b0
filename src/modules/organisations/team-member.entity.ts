import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Role } from '../../platform/auth/role.enum.js';
import { Team } from './team.entity.js';

@ObjectType({ description: 'A member of a team and their role in it' })
@Entity()
export class TeamMember {
  @Field(() => ID, { description: "The team's id (UUID)" })
  @PrimaryColumn('uuid')
  teamId: string;

  @Field(() => ID, { description: "The user's id (UUID)" })
  @PrimaryColumn('uuid')
  userId: string;

  /** The member's role in this team (a secretary, the recruiter, ...). */
  @Field(() => Role, { description: "The member's role in this team (a secretary, the recruiter, ...)" })
  @Column({ type: 'text' })
  role: Role;

  @ManyToOne(() => Team, (t) => t.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team: Relation<Team>;
}
