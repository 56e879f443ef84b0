import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { DataTable } from '../platform/components/DataTable';
import { ListPager } from '../platform/components/ListPager';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { Section } from '../platform/components/Section';
import { formatDate } from '../platform/i18n/dates';
import { MonthlyReportExportQuery, MonthlyReportQuery, MonthlyReportsQuery } from './documents';
import { saveFile } from './download';
import { IndicatorTable } from './IndicatorTable';
import { messages, monthName } from './messages';

const t = messages.reports;
const PAGE_SIZE = 12;
/** The formats a report is downloaded in, each with its button. */
const FORMATS = [
  { format: 'CSV', name: 'CSV', short: t.csv },
  { format: 'XLSX', name: 'Excel', short: t.xlsx },
] as const;

/** The kept monthly follow-up reports: each opened on the page, or downloaded as CSV or Excel. */
export function MonthlyReports({ principalId }: { principalId?: string }) {
  const [page, setPage] = useState(1);
  const [{ data, error }, reload] = useQuery({ query: MonthlyReportsQuery, variables: { principalId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } });
  const [open, setOpen] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const client = useClient();
  const reports = data?.monthlyReports;

  async function download(id: string, format: (typeof FORMATS)[number]['format']) {
    setProblem(null);
    const result = await client.query(MonthlyReportExportQuery, { id, format }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) return setProblem(describeProblem(result.error));
    if (result.data) {
      saveFile(result.data.monthlyReportExport);
      setAnnouncement(messages.downloads.done(result.data.monthlyReportExport.filename));
    }
  }

  return (
    <Section id="reports-heading" heading={t.heading} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {problem && <ProblemAlert problem={problem} />}
      {reports && reports.totalCount === 0 && <Text>{t.empty}</Text>}
      {reports && reports.items.length > 0 && (
        <DataTable striped caption={t.caption} columns={[t.month, t.principal, t.produced, t.actions]}>
          {reports.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={400}>
                {monthName(r.month.slice(0, 7))}
              </Table.Th>
              <Table.Td>{r.principalName}</Table.Td>
              <Table.Td>{formatDate(r.producedAt as string)}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button size="xs" variant="outline" color="blue.9" aria-label={t.show(r.month, r.principalName)} onClick={() => setOpen(r.id)}>
                    {t.showShort}
                  </Button>
                  {FORMATS.map(({ format, name, short }) => (
                    <Button
                      key={format}
                      size="xs"
                      variant="outline"
                      color="blue.9"
                      aria-label={t.downloadLabel(name, r.month, r.principalName)}
                      onClick={() => void download(r.id, format)}
                    >
                      {short}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {reports && <ListPager label={t.heading} page={page} pages={Math.max(1, Math.ceil(reports.totalCount / PAGE_SIZE))} onChange={setPage} />}
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      {open && <MonthlyReportView id={open} onClose={() => setOpen(null)} />}
    </Section>
  );
}

/** One report as it was produced: the month per sector, with the total. */
function MonthlyReportView({ id, onClose }: { id: string; onClose(): void }) {
  const [{ data, error }] = useQuery({ query: MonthlyReportQuery, variables: { id } });
  if (error) return <ProblemAlert problem={describeProblem(error)} />;
  const report = data?.monthlyReport;
  if (!report) return null;
  const heading = t.reportHeading(report.month, report.principalName);
  return (
    <Stack gap="sm" component="section" aria-label={heading}>
      <Group justify="space-between">
        <Title order={3}>{heading}</Title>
        <Button size="xs" variant="outline" color="blue.9" onClick={onClose}>
          {t.close}
        </Button>
      </Group>
      <IndicatorTable rows={report.bySector.rows} total={report.bySector.total} caption={`${heading}: ${t.bySector.toLowerCase()}`} sideBySide={false} />
    </Stack>
  );
}
