import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';

@Module({ imports: [CandidatesModule], providers: [MatchingService, MatchingResolver] })
export class MatchingModule {}
