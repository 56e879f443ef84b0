import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sector (bransch): one of the broad industries the sector teams work in, chosen by each job seeker in
 * their first week. Mapped to JobTech occupation fields and through them to SSYK-4 groups, so openings and
 * candidates described by occupation fall into a sector without anyone typing it.
 */
@ObjectType({ description: 'A sector (bransch): a broad industry the sector teams work in, mapped to JobTech occupation fields and SSYK-4 groups' })
@Entity()
export class Sector {
  @Field(() => ID, { description: "The sector's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable code, e.g. VARD_OMSORG' })
  @Column({ unique: true })
  code: string;

  @Field({ description: "The sector's name" })
  @Column()
  name: string;

  @Field({ description: 'What the sector covers' })
  @Column()
  description: string;

  @Field(() => [ID], { description: 'JobTech occupation field (yrkesområde) concept ids' })
  @Column({ type: 'text', array: true })
  occupationFieldIds: string[];

  @Field(() => [ID], { description: 'JobTech SSYK-4 group concept ids that belong to the sector' })
  @Column({ type: 'text', array: true })
  ssyk4Ids: string[];
}
