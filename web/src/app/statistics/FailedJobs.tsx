import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { DataTable, numeric } from '../platform/components/DataTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { Section } from '../platform/components/Section';
import { formatNumber } from '../platform/i18n/sv';
import { FailedJobsQuery } from './documents';
import { messages } from './messages';

const t = messages.failedJobs;

/** The background jobs that failed for good, with their reasons, so that nothing is dropped unseen. */
export function FailedJobs() {
  const [{ data, error }, reload] = useQuery({ query: FailedJobsQuery });
  const jobs = data?.failedJobs;
  return (
    <Section id="failed-jobs-heading" heading={t.heading} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {jobs && jobs.length === 0 && <Text>{t.empty}</Text>}
      {jobs && jobs.length > 0 && (
        <DataTable striped fz="sm" caption={t.caption} columns={[t.name, t.failedAt, numeric(t.attempts), t.reason]}>
          {jobs.map((job) => (
            <Table.Tr key={`${job.id}-${job.failedAt as string}`}>
              <Table.Th scope="row" fw={400}>
                {t.jobName[job.name] ?? job.name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayjs(job.failedAt as string).format('YYYY-MM-DD HH:mm')}</Table.Td>
              <Table.Td ta="right">{formatNumber(job.attempts)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{job.reason}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
