import { Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { DataTable, numeric } from '../platform/components/DataTable';
import { PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { Section } from '../platform/components/Section';
import { formatNumber } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { ChartFigure } from './ChartFigure';
import { ExposureHistoryQuery, type ExposureMonth } from './documents';
import { KeptExposureReports } from './KeptExposureReports';
import { formatDecimal, messages, monthName } from './messages';

const t = messages.exposure;
const DIMENSIONS = ['age', 'newly arrived', 'Swedish level'];
/** The four-fifths rule: a group put forward at less than 0.8 of the most exposed group's rate is a warning sign. */
const FOUR_FIFTHS = 0.8;

/** A month's disparity in one dimension; none in a month without proposals (there is nothing to compare). */
function disparity(month: ExposureMonth, dimension: string): number | null {
  if (month.appearances === 0) return null;
  return month.dimensions.find((d) => d.dimension === dimension)?.disparity ?? null;
}

/**
 * The ranking's exposure per month over the last year: the disparity of each dimension as a chart, a table and in
 * words; for managers, the monthly reports the job kept.
 */
export function Exposure() {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: ExposureHistoryQuery });
  const months = data?.rankingExposureHistory ?? [];
  const withProposals = months.filter((m) => m.appearances > 0);
  const below = withProposals.filter((m) => DIMENSIONS.some((d) => (disparity(m, d) ?? 1) < FOUR_FIFTHS)).length;
  const chart = months.map((m) => ({
    month: monthName(m.month),
    ...Object.fromEntries(DIMENSIONS.map((d) => [t.dimension[d], disparity(m, d)])),
  }));
  return (
    <Section id="exposure-heading" heading={t.heading} intro={t.intro}>
      <Text>{t.disparityExplained}</Text>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data && (
        <ChartFigure
          summary={<Text fw={700}>{t.summary(months.length, withProposals.length, below)}</Text>}
          texts={t}
          data={chart}
          lines={DIMENSIONS.map((d) => t.dimension[d]!)}
          chart={{
            h: 240,
            yAxisProps: { domain: [0, 1] },
            valueFormatter: (v) => formatDecimal(v),
            referenceLines: [{ y: FOUR_FIFTHS, label: t.threshold, color: 'red.9' }],
            connectNulls: false,
          }}
          table={
            <DataTable
              striped
              fz="sm"
              caption={t.caption}
              columns={[t.month, numeric(t.lists), numeric(t.appearances), numeric(t.population), ...DIMENSIONS.map((d) => numeric(t.dimension[d]!))]}
            >
              {months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row" fw={400}>
                    {monthName(m.month)}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(m.lists)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.appearances)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.population)}</Table.Td>
                  {DIMENSIONS.map((d) => {
                    const value = disparity(m, d);
                    return (
                      <Table.Td ta="right" key={d}>
                        {value === null ? t.noProposals : value < FOUR_FIFTHS ? `${formatDecimal(value)} (${t.warning})` : formatDecimal(value)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </DataTable>
          }
        />
      )}
      {mayUse(viewer, 'keptRankingExposureReports') && <KeptExposureReports />}
    </Section>
  );
}
