import { Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatNumber } from '../i18n/sv';
import { FailedJobsQuery } from './documents';
import { messages } from './messages';

const t = messages.failedJobs;

/** The background jobs that failed for good, with their reasons, so that nothing is dropped unseen. */
export function FailedJobs() {
  const [{ data, error }, reload] = useQuery({ query: FailedJobsQuery });
  const jobs = data?.failedJobs;
  return (
    <Stack gap="sm" component="section" aria-labelledby="failed-jobs-heading">
      <Title order={2} id="failed-jobs-heading">
        {t.heading}
      </Title>
      <Text c="gray.8">{t.intro}</Text>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {jobs && jobs.length === 0 && <Text>{t.empty}</Text>}
      {jobs && jobs.length > 0 && (
        <Table captionSide="top" striped withTableBorder verticalSpacing="xs" fz="sm">
          <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
            {t.caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.name}</Table.Th>
              <Table.Th scope="col">{t.failedAt}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t.attempts}
              </Table.Th>
              <Table.Th scope="col">{t.reason}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
