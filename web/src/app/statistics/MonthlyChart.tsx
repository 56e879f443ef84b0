import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { formatNumber } from '../i18n/sv';
import type { StatisticsRow } from './documents';
import { messages, monthName } from './messages';

const t = messages.monthly;

/**
 * The administration's enrolled/exited chart, month by month, with what it shows in words beside it and its data as
 * a table on request (the table is the chart's text alternative, for a screen reader and for anyone who wants the
 * figures). Colours are told apart by the line's dashes too.
 */
export function MonthlyChart({ row }: { row: StatisticsRow }) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const months = row.monthly;
  if (months.length === 0) return <Text>{t.empty}</Text>;
  const peak = months.reduce((max, m) => (m.enrolled > max.enrolled ? m : max), months[0]!);
  const exited = months.reduce((n, m) => n + m.exited, 0);
  const toWork = months.reduce((n, m) => n + m.exitsToWorkOrStudies, 0);
  const data = months.map((m) => ({ month: monthName(m.month), [t.enrolled]: m.enrolled, [t.exited]: m.exited, [t.toWork]: m.exitsToWorkOrStudies }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="monthly-heading">
      <Title order={2} id="monthly-heading">
        {t.heading}
      </Title>
      <Text>{t.summary(months.length, peak.month, peak.enrolled, exited, toWork)}</Text>
      <div role="img" aria-label={t.chartLabel}>
        <LineChart
          h={260}
          data={data}
          dataKey="month"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: t.enrolled, color: 'blue.9' },
            { name: t.exited, color: 'orange.9', strokeDasharray: '6 3' },
            { name: t.toWork, color: 'teal.9', strokeDasharray: '2 2' },
          ]}
          curveType="linear"
          lineChartProps={{ accessibilityLayer: false }}
          lineProps={{ isAnimationActive: false }}
        />
      </div>
      <Button
        variant="outline"
        color="blue.9"
        size="xs"
        w="fit-content"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((s) => !s)}
      >
        {showTable ? t.hideTable : t.showTable}
      </Button>
      <div id={tableId} hidden={!showTable}>
        <Table captionSide="top" striped withTableBorder verticalSpacing="xs">
          <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
            {t.caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.month}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t.enrolled}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t.newlyEnrolled}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t.exited}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t.toWork}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row" fw={400}>
                  {monthName(m.month)}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(m.enrolled)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.newlyEnrolled)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.exited)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.exitsToWorkOrStudies)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
