import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PrincipalExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  /** The package was deleted when it expired (EXPORT_TTL_DAYS); the row stays as the record that it was made. */
  EXPIRED = 'EXPIRED',
}

registerEnumType(PrincipalExportStatus, {
  name: 'PrincipalExportStatus',
  description: "Where a principal's export stands",
  valuesMap: {
    QUEUED: { description: 'Asked for; waiting for the background job' },
    RUNNING: { description: 'Being written' },
    DONE: { description: 'Ready to download until expiresAt' },
    FAILED: { description: 'Failed; see error' },
    EXPIRED: { description: 'The package was deleted when it expired (EXPORT_TTL_DAYS); the row stays as the record that it was made' },
  },
});

@ObjectType({ description: 'One file of an export package and its number of records' })
export class PrincipalExportCount {
  @Field({ description: 'The file, e.g. people.jsonl' })
  file: string;

  @Field(() => Int, { description: 'Records in the file' })
  rows: number;
}

/**
 * A principal's export (huvudmannens uttag): everything the principal owns, as one package (docs/export-format in
 * the package's README). Asked for by the principal's administrator or reviewer; made by a background job; kept
 * until `expiresAt`, then deleted by the expiry job.
 */
@ObjectType({ description: "A principal's export (huvudmannens uttag): all the principal owns as one .tar.gz, made by a background job, kept until expiresAt" })
@Entity()
export class PrincipalExport {
  @Field(() => ID, { description: "The export's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The principal (municipality) exported' })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: 'The user who asked for it' })
  @Column('uuid')
  requestedById: string;

  @Field(() => PrincipalExportStatus, { description: 'Where the export stands' })
  @Column('text')
  status: PrincipalExportStatus;

  @Field(() => Int, { description: 'Per cent of the package’s files written (0-100)' })
  @Column('int', { default: 0 })
  progress: number;

  @Field(() => Float, { description: 'Records written so far' })
  @Column('bigint', { default: 0, transformer: { to: (v: number) => v, from: (v: string | null) => Number(v ?? 0) } })
  rowsWritten: number;

  /** Records per file, once written. */
  @Column('jsonb', { default: {} })
  counts: Record<string, number>;

  /** Where the package is on disk (EXPORT_DIR); never exposed. */
  @Column('text', { nullable: true })
  filePath: string | null;

  @Field(() => Float, { nullable: true, description: 'Size of the .tar.gz in bytes' })
  @Column('bigint', { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the .tar.gz, hex' })
  @Column('text', { nullable: true })
  sha256: string | null;

  @Field(() => String, { nullable: true, description: 'Why the export failed' })
  @Column('text', { nullable: true })
  error: string | null;

  @Field(() => Int, { description: 'How many times the package was downloaded' })
  @Column('int', { default: 0 })
  downloads: number;

  @Field({ description: 'When it was asked for (ISO 8601 timestamp)' })
  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the job started writing it (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it finished or failed (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the package is deleted' })
  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;
}
