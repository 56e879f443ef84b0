import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A browser's signed-in session (signIn). The browser's cookie holds a random token; the row keeps only its SHA-256,
 * so a copy of the table lets no one in. Nothing else about the person or their device is kept. In PostgreSQL, so
 * every API instance knows every session and signing out or deactivating a user takes effect everywhere at once.
 */
@Entity('user_session')
export class UserSession {
  /** SHA-256 of the cookie's token, hex. */
  @PrimaryColumn('text')
  tokenHash: string;

  @Column('uuid')
  userId: string;

  @Column('timestamptz')
  createdAt: Date;

  /** The last request seen, recorded at most once a minute (see SessionsService). */
  @Column('timestamptz')
  lastSeenAt: Date;
}
