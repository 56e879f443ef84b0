import { Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { CaptionTable } from '../platform/components/CaptionTable';
import { numeric } from '../platform/components/DataTable';
import { PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { formatNumber } from '../platform/i18n/sv';
import { KeptExposureReportsQuery, type KeptExposureReport } from './documents';
import { formatDecimal, messages, monthName } from './messages';

const t = messages.exposure;
const kept = t.kept;
/** The four-fifths rule, as in the chart above it. */
const FOUR_FIFTHS = 0.8;

/** The report's lowest disparity and in which dimension; none in a month without proposals. */
function lowest(report: KeptExposureReport['report']): { value: number; dimension: string } | null {
  if (report.appearances === 0 || report.dimensions.length === 0) return null;
  const least = report.dimensions.reduce((a, b) => (b.disparity < a.disparity ? b : a));
  return { value: least.disparity, dimension: t.dimension[least.dimension] ?? least.dimension };
}

/**
 * The monthly exposure reports the scheduled job kept, per principal, newest month first: the record a manager can
 * point to afterwards, as it was computed then. A table, so it reads the same to a screen reader as on screen.
 */
export function KeptExposureReports() {
  const [{ data, error, fetching }, reload] = useQuery({ query: KeptExposureReportsQuery });
  return (
    <section aria-labelledby="kept-exposure-heading">
      <Title order={3} size="h4" id="kept-exposure-heading" mb="xs">
        {kept.heading}
      </Title>
      <Text c="gray.8" mb="sm">
        {kept.intro}
      </Text>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data && (
        <CaptionTable
          caption={kept.caption}
          columns={[kept.month, kept.principal, numeric(kept.population), numeric(kept.appearances), kept.lowest, kept.producedOn]}
          rows={data.keptRankingExposureReports}
          empty={kept.none}
          minWidth={720}
          striped
          fz="sm"
          row={(r) => {
            const least = lowest(r.report);
            const value = least && kept.lowestIn(formatDecimal(least.value), least.dimension);
            return (
              <Table.Tr key={`${r.principalId}-${r.month}`}>
                <Table.Th scope="row" fw={400}>
                  {monthName(r.month)}
                </Table.Th>
                <Table.Td>{r.principalName}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.report.population)}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.report.appearances)}</Table.Td>
                <Table.Td>{!least ? t.noProposals : least.value < FOUR_FIFTHS ? `${value}, ${t.warning}` : value}</Table.Td>
                <Table.Td>{formatDate(r.producedAt)}</Table.Td>
              </Table.Tr>
            );
          }}
        />
      )}
    </section>
  );
}
