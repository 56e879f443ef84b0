import { Module } from '@nestjs/common';
import { PlacementsModule } from '../src/modules/placements/placements.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

/** The demo seeder; placements go through PlacementsService so that the demo's follow the lifecycle's rules. */
@Module({ imports: [PlacementsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
