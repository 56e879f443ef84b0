import { Table, Text } from '@mantine/core';
import { formatNumber } from '../platform/i18n/sv';
import type { Share, StatisticsRow } from './documents';
import { formatDecimal, messages } from './messages';

const t = messages.table;

/** A share as the table shows it: whole percent, then numerator of denominator. */
function ShareCell({ share }: { share: Share }) {
  return (
    <>
      <span>{messages.percentOnly(share.percent)}</span>{' '}
      <Text span size="xs" c="gray.8" style={{ display: 'block' }}>
        ({formatNumber(share.numerator)} av {formatNumber(share.denominator)})
      </Text>
    </>
  );
}

const median = (value: number | null | undefined) => (value === null || value === undefined ? messages.none : formatDecimal(value));

/** The indicators, each a label and how a row shows it. */
const INDICATORS: Array<{ label: string; cell(row: StatisticsRow): React.ReactNode; short?: boolean }> = [
  { label: t.enrolled, cell: (r) => formatNumber(r.enrolled), short: true },
  { label: t.newlyEnrolled, cell: (r) => formatNumber(r.newlyEnrolled), short: true },
  { label: t.exits, cell: (r) => formatNumber(r.exits), short: true },
  { label: t.work, cell: (r) => formatNumber(r.exitsByOutcome.work) },
  { label: t.studies, cell: (r) => formatNumber(r.exitsByOutcome.studies) },
  { label: t.other, cell: (r) => formatNumber(r.exitsByOutcome.other) },
  { label: t.pending, cell: (r) => formatNumber(r.exitsByOutcome.workPending) },
  { label: t.shareOfEnrolled, cell: (r) => <ShareCell share={r.shareOfEnrolled} />, short: true },
  { label: t.shareOfExits, cell: (r) => <ShareCell share={r.shareOfExits} />, short: true },
  { label: t.openAtEnd, cell: (r) => formatNumber(r.openAtEnd) },
  { label: t.currentPlan, cell: (r) => <ShareCell share={r.currentPlan} />, short: true },
  { label: t.daysToPlan, cell: (r) => median(r.workingDaysToPlan.median), short: true },
  { label: t.planWithin, cell: (r) => <ShareCell share={r.workingDaysToPlan.withinTarget} /> },
  { label: t.daysToSector, cell: (r) => median(r.workingDaysToSector.median), short: true },
  { label: t.sectorWithin, cell: (r) => <ShareCell share={r.workingDaysToSector.withinTarget} /> },
  { label: t.overdue, cell: (r) => formatNumber(r.overdueFollowUps), short: true },
];

interface IndicatorTableProps {
  rows: readonly StatisticsRow[];
  total: StatisticsRow;
  caption: string;
  /** The groups side by side as columns (the principals), every indicator a row; else a row per group */
  sideBySide: boolean;
}

/** The indicators per group and in total: the principals side by side, or a line per sector, team or secretary. */
export function IndicatorTable({ rows, total, caption, sideBySide }: IndicatorTableProps) {
  const all = [...rows, total];
  const captionNode = (
    <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
      {caption}
    </Table.Caption>
  );
  if (sideBySide) {
    return (
      <Table captionSide="top" striped withTableBorder verticalSpacing="xs">
        {captionNode}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.indicator}</Table.Th>
            {all.map((row) => (
              <Table.Th scope="col" key={row.key ?? (row.total ? 'total' : 'none')} ta="right">
                {row.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {INDICATORS.map((indicator) => (
            <Table.Tr key={indicator.label}>
              <Table.Th scope="row" fw={400}>
                {indicator.label}
              </Table.Th>
              {all.map((row) => (
                <Table.Td key={row.key ?? (row.total ? 'total' : 'none')} ta="right" fw={row.total ? 700 : undefined}>
                  {indicator.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  const columns = INDICATORS.filter((i) => i.short);
  // ten columns: narrow cell padding lets them fit beside the menu at 1280 px; on a narrower screen the table scrolls
  // sideways on its own, never the page, and its region takes focus so that a keyboard can scroll it (WCAG 2.1.1, 1.4.10)
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table captionSide="top" striped withTableBorder verticalSpacing="xs" horizontalSpacing={6} fz="sm">
        {captionNode}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.group}</Table.Th>
            {columns.map((c) => (
              <Table.Th scope="col" key={c.label} ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {all.map((row) => (
            <Table.Tr key={row.key ?? (row.total ? 'total' : 'none')}>
              <Table.Th scope="row" fw={row.total ? 700 : 400}>
                {row.label}
              </Table.Th>
              {columns.map((c) => (
                <Table.Td key={c.label} ta="right" fw={row.total ? 700 : undefined}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
