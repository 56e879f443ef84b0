import { Global, Module } from '@nestjs/common';
import { ChangeHistory } from './change-history.service.js';
import { RecordChangeResolver } from './history.resolver.js';
import { CandidateHistoryResolver, ConsentHistoryResolver, EmployerHistoryResolver, OpeningHistoryResolver } from './record-history.resolver.js';

/** The change history every module that edits people's or partners' records writes through. */
@Global()
@Module({
  providers: [ChangeHistory, RecordChangeResolver, CandidateHistoryResolver, EmployerHistoryResolver, OpeningHistoryResolver, ConsentHistoryResolver],
  exports: [ChangeHistory],
})
export class HistoryModule {}
