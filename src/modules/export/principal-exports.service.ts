import { AccessLogService } from '../audit/access-log.service.js';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService } from '../../platform/auth/auth.service.js';
import { Role } from '../../platform/auth/role.enum.js';
import { withScope, type RowScope } from '../../platform/database/row-security.js';
import { User } from '../organisations/user.entity.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { Actor } from '../../platform/auth/principal-scope.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { JobQueue } from '../../platform/jobs/job-queue.js';
import { PermanentJobError } from '../../platform/jobs/job-types.js';
import { fileDigest, writePackage, type ExportProgress } from './export-package.js';
import { PrincipalExport, PrincipalExportStatus } from './principal-export.entity.js';

/** Who may export a principal: its own administrator, or its reviewer (docs/domain.md: Svedala receives all its data). */
export const EXPORTERS = [Role.ADMINISTRATOR, Role.PRINCIPAL_REVIEWER] as const;

/** The access log's operation for the people read into a package, and for each download of it. */
export const EXPORT_OPERATION = 'principalExport';
export const DOWNLOAD_OPERATION = 'principalExportDownload';

/** Progress is written at most this often while a package is written. */
const PROGRESS_INTERVAL_MS = 1000;

/**
 * The principal's export: asked for by the principal's own administrator or reviewer (a provider's staff act for
 * the principal but the data is the principal's to take), made by the `exports.run` job, downloadable until it
 * expires. Access log: a package reads every person of the principal, so each person gets one entry as the job
 * starts reading (operation `principalExport`, by the requester) and one at every download
 * (`principalExportDownload`, by the downloader), each a single INSERT ... SELECT however many people.
 */
@Injectable()
export class PrincipalExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly accessLog: AccessLogService,
    private readonly auth: AuthService,
  ) {}

  async start(ctx: RequestContext, principalId: string): Promise<PrincipalExport> {
    assertExporter(ctx.actor, principalId);
    const repo = ctx.em.getRepository(PrincipalExport);
    const running = await repo.findOne({
      where: [
        { principalId, status: PrincipalExportStatus.QUEUED },
        { principalId, status: PrincipalExportStatus.RUNNING },
      ],
    });
    if (running)
      throw DomainError.conflict('An export of this principal is already being made', [{ field: 'principalId', message: 'an export is being made' }]);
    const row = await repo.save(repo.create({ principalId, requestedById: ctx.actor.userId, status: PrincipalExportStatus.QUEUED, counts: {} }));
    ctx.onCommit(async () => {
      await this.jobs.enqueue('exports.run', { exportId: row.id }, { jobId: `principal-export.${row.id}` });
    });
    return row;
  }

  /** The exports of the principals the caller may export, newest first. */
  list(ctx: RequestContext, principalId?: string): Promise<PrincipalExport[]> {
    if (!ctx.hasRole(...EXPORTERS)) return Promise.resolve([]);
    const principals = principalId ? [principalId].filter((p) => p === ctx.actor.homePrincipalId) : [ctx.actor.homePrincipalId];
    if (principals.length === 0) return Promise.resolve([]);
    return ctx.em
      .getRepository(PrincipalExport)
      .createQueryBuilder('e')
      .where('e.principalId IN (:...principals)', { principals })
      .orderBy('e.createdAt', 'DESC')
      .limit(20)
      .getMany();
  }

  /**
   * Makes the package (the job's work) with the rights of the person who asked for it, as they are now: the job's
   * connections read the principal's people only if the requester still may (row-level security). A failure is kept on
   * the row and not retried (a half-made package is discarded).
   */
  async run(exportId: string): Promise<void> {
    const repo = this.dataSource.getRepository(PrincipalExport);
    const row = await repo.findOneBy({ id: exportId });
    if (!row || row.status !== PrincipalExportStatus.QUEUED) return;
    let scope: RowScope;
    try {
      const requester = await this.auth.actorOf(await this.dataSource.getRepository(User).findOneBy({ id: row.requestedById }));
      assertExporter(requester, row.principalId);
      scope = { read: requester.readablePrincipalIds.filter((p) => p === row.principalId), write: [] };
    } catch {
      await repo.update(
        { id: row.id },
        { status: PrincipalExportStatus.FAILED, error: 'The requester may no longer export this principal', finishedAt: this.clock.now() },
      );
      throw new PermanentJobError(`Export ${row.id} refused: the requester may no longer export its principal`);
    }
    await withScope(scope, () => this.make(row));
  }

  private async make(row: PrincipalExport): Promise<void> {
    const repo = this.dataSource.getRepository(PrincipalExport);
    await repo.update({ id: row.id }, { status: PrincipalExportStatus.RUNNING, startedAt: this.clock.now() });
    await this.accessLog.recordPrincipal(this.dataSource.manager, row.requestedById, row.principalId, EXPORT_OPERATION);
    const dir = join(this.config.EXPORT_DIR, row.id);
    try {
      let reported = 0;
      const progress = async (p: ExportProgress) => {
        if (Date.now() - reported < PROGRESS_INTERVAL_MS && p.filesDone < p.filesTotal) return;
        reported = Date.now();
        await repo.update({ id: row.id }, { progress: Math.min(99, Math.floor((100 * p.filesDone) / p.filesTotal)), rowsWritten: p.rowsWritten });
      };
      const { manifest, tarPath } = await this.inSnapshot((db) => writePackage(db, row.principalId, row.id, dir, progress));
      const digest = await fileDigest(tarPath);
      const finishedAt = this.clock.now();
      await repo.update(
        { id: row.id },
        {
          status: PrincipalExportStatus.DONE,
          progress: 100,
          rowsWritten: manifest.files.reduce((n, f) => n + f.rows, 0),
          counts: Object.fromEntries(manifest.files.map((f) => [f.file, f.rows])),
          filePath: tarPath,
          sizeBytes: digest.bytes,
          sha256: digest.sha256,
          finishedAt,
          expiresAt: new Date(finishedAt.getTime() + this.config.EXPORT_TTL_DAYS * 86_400_000),
        },
      );
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      await rm(`${dir}.tar.gz`, { force: true });
      const message = error instanceof Error ? error.message : String(error);
      await repo.update({ id: row.id }, { status: PrincipalExportStatus.FAILED, error: message.slice(0, 500), finishedAt: this.clock.now() });
      throw new PermanentJobError(`Export ${row.id} failed: ${message}`);
    }
  }

  /**
   * A finished package for a download by `actor`, who must be allowed to export its principal; logs the download.
   * Null when there is none to download (unknown, not finished, expired, or another principal's).
   */
  async download(actor: Actor, exportId: string): Promise<PrincipalExport | null> {
    const repo = this.dataSource.getRepository(PrincipalExport);
    const row = await repo.findOneBy({ id: exportId });
    if (!row || row.principalId !== actor.homePrincipalId || !EXPORTERS.some((r) => actor.roles.includes(r))) return null;
    if (row.status !== PrincipalExportStatus.DONE || !row.filePath) return null;
    await this.transactions.withTransaction(async () => {
      await this.transactions.tx.increment(PrincipalExport, { id: row.id }, 'downloads', 1);
      await this.accessLog.recordPrincipal(this.transactions.tx, actor.userId, row.principalId, DOWNLOAD_OPERATION, row.startedAt ?? row.createdAt);
    });
    return row;
  }

  /** Deletes the packages past their expiry and marks them EXPIRED (the scheduled `exports.expire` job). */
  async expire(): Promise<number> {
    const expired = (await this.dataSource.query(
      `WITH e AS (UPDATE principal_export SET status = 'EXPIRED', file_path = NULL WHERE status = 'DONE' AND expires_at <= $1 RETURNING id) SELECT id FROM e`,
      [this.clock.now()],
    )) as Array<{ id: string }>;
    for (const row of expired) await rm(join(this.config.EXPORT_DIR, `${row.id}.tar.gz`), { force: true });
    return expired.length;
  }

  /** One access-log entry per person of the principal (as of `asOf`, for a download: the people the package holds). */
  /**
   * The package read in one snapshot (REPEATABLE READ, read only), so its files agree with one another however the
   * records change meanwhile. Not on the embedded PostgreSQL: it has one connection, which the progress updates need.
   */
  private async inSnapshot<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (!this.config.DATABASE_URL) return work(this.dataSource.manager);
    return this.transactions.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      await this.transactions.tx.query('SET TRANSACTION READ ONLY');
      return work(this.transactions.tx);
    });
  }
}

/** Refuses anyone but the principal's own administrator or reviewer. */
export function assertExporter(actor: Actor, principalId: string): void {
  if (!EXPORTERS.some((r) => actor.roles.includes(r)) || actor.homePrincipalId !== principalId) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the principal’s own administrator or reviewer may export its data', [
      { field: 'principalId', message: 'not your own principal' },
    ]);
  }
}
