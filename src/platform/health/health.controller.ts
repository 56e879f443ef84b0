import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { Public } from '../auth/allow.decorator.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';

/** Liveness (the process answers) and readiness (the database and, when configured, Redis answer). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [() => this.db.pingCheck('database', { timeout: 3000 })];
    if (this.config.REDIS_URL) checks.push(() => this.redis());
    return this.health.check(checks);
  }

  private async redis() {
    const indicator = this.indicators.check('redis');
    try {
      await Promise.race([
        this.jobs.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout after 3000 ms')), 3000).unref()),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
