import { Module } from '@nestjs/common';
import { SectorsResolver } from './sectors.resolver.js';

@Module({ providers: [SectorsResolver] })
export class SectorsModule {}
