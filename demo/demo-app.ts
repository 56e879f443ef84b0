import type { Type } from '@nestjs/common';
import { createApp, type RunningApp } from '../src/bootstrap.js';
import type { AppConfig } from '../src/platform/config/app-config.js';
import { DemoModule } from './demo.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

/**
 * The app with the demo: built as production builds it (src/bootstrap.ts), with the demo's seeder beside it, which
 * seeds an empty database when DEMO_SEED is on (the default outside production). `npm start` and the e2e tests boot this.
 */
export async function createDemoApp(config: AppConfig, extra: Type[] = []): Promise<RunningApp> {
  const running = await createApp(config, [DemoModule, ...extra]);
  try {
    if (config.demoSeed) await running.app.get(DemoSeeder).seedIfEmpty();
    return running;
  } catch (error) {
    await running.close();
    throw error;
  }
}
