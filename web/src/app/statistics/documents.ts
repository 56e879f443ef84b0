import { graphql, type ResultOf } from '../platform/graphql';

const ShareFields = graphql(`
  fragment ShareFields on Share {
    numerator
    denominator
    percent
  }
`);

export const StatisticsRowFields = graphql(
  `
    fragment StatisticsRowFields on StatisticsRow {
      key
      label
      total
      enrolled
      newlyEnrolled
      exits
      exitsByOutcome {
        work
        studies
        other
        workPending
        settled
      }
      shareOfEnrolled {
        ...ShareFields
      }
      shareOfExits {
        ...ShareFields
      }
      openAtEnd
      currentPlan {
        ...ShareFields
      }
      workingDaysToPlan {
        count
        median
        targetWorkingDays
        withinTarget {
          ...ShareFields
        }
      }
      workingDaysToSector {
        count
        median
        targetWorkingDays
        withinTarget {
          ...ShareFields
        }
      }
      overdueFollowUps
      monthly {
        month
        enrolled
        newlyEnrolled
        exited
        exitsToWorkOrStudies
      }
      economy {
        aidReducedPerMonth
        taxIncreasePerMonth
        programmeCost
      }
    }
  `,
  [ShareFields],
);

export const StatisticsQuery = graphql(
  `
    query Statistics($from: String!, $to: String!, $groupBy: StatisticsGroupBy!, $principalId: ID) {
      statistics(from: $from, to: $to, groupBy: $groupBy, principalId: $principalId) {
        from
        to
        asOf
        groupBy
        principalIds
        rows {
          ...StatisticsRowFields
        }
        total {
          ...StatisticsRowFields
        }
      }
    }
  `,
  [StatisticsRowFields],
);

export type StatisticsResult = ResultOf<typeof StatisticsQuery>['statistics'];
export type StatisticsRow = StatisticsResult['total'];
export type Share = StatisticsRow['shareOfEnrolled'];

/** The principals the viewer reads (for the principal filter) and may write (whose parameters they may set). */
export const StatisticsScopeQuery = graphql(`
  query StatisticsScope {
    viewer {
      readablePrincipalIds
      writablePrincipalIds
    }
    organisations {
      id
      name
    }
  }
`);

export const StatisticsExportQuery = graphql(`
  query StatisticsExport($from: String!, $to: String!, $groupBy: StatisticsGroupBy!, $principalId: ID, $format: ExportFormat!) {
    statisticsExport(from: $from, to: $to, groupBy: $groupBy, principalId: $principalId, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const EconomicParametersQuery = graphql(`
  query EconomicParameters($principalId: ID) {
    economicParameters(principalId: $principalId) {
      principalId
      principalName
      aidPerPersonMonth
      taxPerWorkExitMonth
      costPerEnrolled
      version
      updatedAt
      updatedBy {
        name
      }
    }
  }
`);

export type EconomicParameters = ResultOf<typeof EconomicParametersQuery>['economicParameters'][number];

export const SetEconomicParametersMutation = graphql(`
  mutation SetEconomicParameters($input: SetEconomicParametersInput!) {
    setEconomicParameters(input: $input) {
      principalId
      version
    }
  }
`);

export const MonthlyReportsQuery = graphql(`
  query MonthlyReports($principalId: ID, $limit: Int!, $offset: Int!) {
    monthlyReports(principalId: $principalId, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        principalName
        month
        producedAt
      }
    }
  }
`);

export const MonthlyReportQuery = graphql(
  `
    query MonthlyReport($id: ID!) {
      monthlyReport(id: $id) {
        id
        principalName
        month
        bySector {
          rows {
            ...StatisticsRowFields
          }
          total {
            ...StatisticsRowFields
          }
        }
      }
    }
  `,
  [StatisticsRowFields],
);

export const MonthlyReportExportQuery = graphql(`
  query MonthlyReportExport($id: ID!, $format: ExportFormat!) {
    monthlyReportExport(id: $id, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const ExposureHistoryQuery = graphql(`
  query ExposureHistory {
    rankingExposureHistory(months: 12) {
      month
      lists
      appearances
      population
      dimensions {
        dimension
        disparity
        groups {
          group
          population
          appearances
          ratio
        }
      }
    }
  }
`);

export type ExposureMonth = ResultOf<typeof ExposureHistoryQuery>['rankingExposureHistory'][number];

export const FailedJobsQuery = graphql(`
  query FailedJobs {
    failedJobs(limit: 50) {
      id
      name
      attempts
      reason
      failedAt
    }
  }
`);

export const KeptExposureReportsQuery = graphql(`
  query KeptExposureReports {
    keptRankingExposureReports(limit: 24) {
      principalId
      principalName
      month
      producedAt
      report {
        month
        lists
        appearances
        population
        dimensions {
          dimension
          disparity
        }
      }
    }
  }
`);

export type KeptExposureReport = ResultOf<typeof KeptExposureReportsQuery>['keptRankingExposureReports'][number];
