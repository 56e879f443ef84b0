import { Entity, PrimaryColumn } from 'typeorm';

/**
 * A staff member responsible for a meeting. The table also holds a copy of the meeting's time range and whether it
 * is still on (columns `during` and `active`, kept by triggers from the meeting, not mapped here), so an exclusion
 * constraint refuses one person responsible for two overlapping meetings however the two are written.
 */
@Entity()
export class MeetingStaff {
  @PrimaryColumn('uuid')
  meetingId: string;

  @PrimaryColumn('uuid')
  userId: string;
}
