import type { MixedList } from 'typeorm';
import { Initial1763798400000 } from '../../../migrations/1763798400000-Initial.js';
import { CandidatesPlansSfi1763971200000 } from '../../../migrations/1763971200000-CandidatesPlansSfi.js';
import { Openings1764057600000 } from '../../../migrations/1764057600000-Openings.js';
import { Shortlists1764144000000 } from '../../../migrations/1764144000000-Shortlists.js';
import { RankingChanges1764230400000 } from '../../../migrations/1764230400000-RankingChanges.js';
import { Placements1764316800000 } from '../../../migrations/1764316800000-Placements.js';
import { ExitChecksStatistics1764403200000 } from '../../../migrations/1764403200000-ExitChecksStatistics.js';
import { Meetings1764576000000 } from '../../../migrations/1764576000000-Meetings.js';
import { StatisticsCells1764662400000 } from '../../../migrations/1764662400000-StatisticsCells.js';
import { LoginThrottle1764748800000 } from '../../../migrations/1764748800000-LoginThrottle.js';
import { OutboxOrder1764835200000 } from '../../../migrations/1764835200000-OutboxOrder.js';
import { Sessions1764921600000 } from '../../../migrations/1764921600000-Sessions.js';
import { MeetingInterviewTime1765008000000 } from '../../../migrations/1765008000000-MeetingInterviewTime.js';
import { AgreementLifeCycle1765094400000 } from '../../../migrations/1765094400000-AgreementLifeCycle.js';
import { Retention1765267200000 } from '../../../migrations/1765267200000-Retention.js';
import { PrincipalExport1765353600000 } from '../../../migrations/1765353600000-PrincipalExport.js';
import { ConsentBasisAccessPurpose1765440000000 } from '../../../migrations/1765440000000-ConsentBasisAccessPurpose.js';
import { RowLevelSecurity1765526400000 } from '../../../migrations/1765526400000-RowLevelSecurity.js';
import { CommuteLimitsLanguageNeeds1765612800000 } from '../../../migrations/1765612800000-CommuteLimitsLanguageNeeds.js';
import { RankingRecords1765699200000 } from '../../../migrations/1765699200000-RankingRecords.js';
import { ExposureReports1765785600000 } from '../../../migrations/1765785600000-ExposureReports.js';
import { StatisticsSql1765872000000 } from '../../../migrations/1765872000000-StatisticsSql.js';
import { DropDemoFlag1765958400000 } from '../../../migrations/1765958400000-DropDemoFlag.js';

/** Every migration, in order. Listed explicitly so the compiled app, the CLI and ts-jest load the same set. */
export const MIGRATIONS: MixedList<Function> = [Initial1763798400000, CandidatesPlansSfi1763971200000, Openings1764057600000, Shortlists1764144000000, RankingChanges1764230400000, Placements1764316800000, ExitChecksStatistics1764403200000, Meetings1764576000000, StatisticsCells1764662400000, LoginThrottle1764748800000, OutboxOrder1764835200000, Sessions1764921600000, MeetingInterviewTime1765008000000, AgreementLifeCycle1765094400000, Retention1765267200000, PrincipalExport1765353600000, ConsentBasisAccessPurpose1765440000000, RowLevelSecurity1765526400000, CommuteLimitsLanguageNeeds1765612800000, RankingRecords1765699200000, ExposureReports1765785600000, StatisticsSql1765872000000, DropDemoFlag1765958400000];
