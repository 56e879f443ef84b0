import { Module } from '@nestjs/common';
import { EmployersModule } from '../src/employers/employers.module.js';
import { OpeningsModule } from '../src/modules/openings/openings.module.js';
import { PlacementsModule } from '../src/modules/placements/placements.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

/** The demo seeder; employers, their contacts, openings and placements go through their services, so the demo follows their rules. */
@Module({ imports: [EmployersModule, OpeningsModule, PlacementsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
