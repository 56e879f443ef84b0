import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Employer } from './employer.entity.js';

/** A person at the employer the administration talks to. */
@ObjectType({ description: 'A person at the employer the administration talks to' })
@Entity()
export class EmployerContactPerson {
  @Field(() => ID, { description: "The contact person's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  employerId: string;

  @ManyToOne(() => Employer, (e) => e.contactPersons, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer: Relation<Employer>;

  @Field({ description: 'Full name' })
  @Column()
  name: string;

  @Field(() => String, { nullable: true, description: 'Their role at the employer, e.g. HR-ansvarig' })
  @Column('text', { nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number' })
  @Column('text', { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Email address' })
  @Column('text', { nullable: true })
  email: string | null;
}
