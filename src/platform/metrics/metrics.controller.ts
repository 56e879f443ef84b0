import { Controller, Get, Headers, Res } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/allow.decorator.js';
import { AppConfig } from '../config/app-config.js';
import { DomainError } from '../errors/domain-error.js';
import { Metrics } from './metrics.js';

interface TextResponse {
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

/**
 * `GET /metrics` in Prometheus's text format, for Prometheus only: the caller is no user (so no sign-in, hence
 * @Public for the guard) but must send `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN the path
 * answers 404, as if it were not there.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: TextResponse): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (token === undefined) throw DomainError.notFound('Metrics (set METRICS_TOKEN to serve them)');
    if (!sameSecret(/^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw DomainError.unauthenticated('Metrics need the bearer token METRICS_TOKEN');
    }
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}

/** Compared in constant time (by digest, so the lengths do not tell either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
