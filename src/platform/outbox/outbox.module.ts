import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxProcessor } from './outbox.processor.js';
import { OutboxRelay } from './outbox-relay.js';
import { OutboxService } from './outbox.service.js';

/**
 * The transactional outbox: events recorded with the change that caused them, handed to @OutboxHandler providers
 * through the job queue, swept again until handled. Its own module (not inside placements) because its consumers
 * are other features: the plan now, the enrolment, Kolada and the statistics next.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxService, OutboxRelay, OutboxProcessor],
  exports: [OutboxService],
})
export class OutboxModule {}
