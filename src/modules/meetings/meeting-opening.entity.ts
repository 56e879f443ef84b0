import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An opening an employer brings to a meeting; the ranking proposes people for it. */
@Entity()
export class MeetingOpening {
  @PrimaryColumn('uuid')
  meetingId: string;

  @PrimaryColumn('uuid')
  openingId: string;

  @Column('uuid')
  employerId: string;

  /** The order the openings were given in; ties in the invite list follow it. */
  @Column('int')
  position: number;
}
