import { Table, Text } from '@mantine/core';
import { DataTable, numeric } from '../platform/components/DataTable';
import { Section } from '../platform/components/Section';
import { formatNumber } from '../platform/i18n/sv';
import { ChartFigure } from './ChartFigure';
import type { StatisticsRow } from './documents';
import { messages, monthName } from './messages';

const t = messages.monthly;

/** The administration's enrolled/exited chart, month by month, with its figures. Colours are told apart by the line's dashes too. */
export function MonthlyChart({ row }: { row: StatisticsRow }) {
  const months = row.monthly;
  if (months.length === 0) return <Text>{t.empty}</Text>;
  const peak = months.reduce((max, m) => (m.enrolled > max.enrolled ? m : max), months[0]!);
  const exited = months.reduce((n, m) => n + m.exited, 0);
  const toWork = months.reduce((n, m) => n + m.exitsToWorkOrStudies, 0);
  const data = months.map((m) => ({ month: monthName(m.month), [t.enrolled]: m.enrolled, [t.exited]: m.exited, [t.toWork]: m.exitsToWorkOrStudies }));
  return (
    <Section id="monthly-heading" heading={t.heading}>
      <ChartFigure
        summary={<Text>{t.summary(months.length, peak.month, peak.enrolled, exited, toWork)}</Text>}
        texts={t}
        data={data}
        lines={[t.enrolled, t.exited, t.toWork]}
        chart={{ h: 260, curveType: 'linear' }}
        table={
          <DataTable striped caption={t.caption} columns={[t.month, numeric(t.enrolled), numeric(t.newlyEnrolled), numeric(t.exited), numeric(t.toWork)]}>
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
          </DataTable>
        }
      />
    </Section>
  );
}
