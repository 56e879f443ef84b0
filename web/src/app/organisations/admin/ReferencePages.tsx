import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { Facts } from '../../platform/components/Facts';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { QueryState } from '../../platform/components/QueryState';
import { formatNumber } from '../../platform/i18n/sv';
import { AdminPage, formatMoment } from './AdminPage';
import { FailedJobsQuery, ImportTaxonomyMutation, TaxonomyStatusQuery } from './documents';
import { adminText } from './messages';

/** "Administration: Taxonomi": which JobTech taxonomy is loaded (when it last changed, concepts per type) and a new import. */
export function TaxonomyPage() {
  const t = adminText.taxonomy;
  const [taxonomy, reload] = useQuery({ query: TaxonomyStatusQuery });
  const [{ fetching: importing }, importTaxonomy] = useMutation(ImportTaxonomyMutation);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  async function startImport() {
    setProblem(null);
    setAnnouncement('');
    const result = await importTaxonomy({});
    if (result.error) return setProblem(describeProblem(result.error));
    setAnnouncement(t.importStarted(result.data?.importTaxonomy ?? ''));
  }

  return (
    <AdminPage section={adminText.sections.taxonomy} intro={t.intro}>
      <QueryState state={taxonomy} reload={reload}>
        {({ taxonomyStatus: status }) => (
          <Stack gap="md">
            <section aria-labelledby="taxonomi-version">
              <Title order={2} size="h3" id="taxonomi-version" mb="sm">
                {t.loaded}
              </Title>
              {status.lastChangedAt === null ? (
                <Text>{t.never}</Text>
              ) : (
                <Facts
                  items={[
                    [t.lastChanged, formatMoment(status.lastChangedAt)],
                    [t.concepts, formatNumber(status.concepts)],
                    [t.relations, formatNumber(status.relations)],
                  ]}
                />
              )}
            </section>
            <Group align="center">
              <Button color="blue.9" onClick={() => void startImport()} loading={importing} aria-describedby="taxonomi-import">
                {t.import}
              </Button>
              <Button variant="outline" color="blue.9" onClick={() => reload({ requestPolicy: 'network-only' })}>
                {t.reload}
              </Button>
            </Group>
            <Text id="taxonomi-import" c="gray.8">
              {t.importDescription}
            </Text>
            <Text role="status" fw={700}>
              {announcement}
            </Text>
            {problem && <ProblemAlert problem={problem} />}
            <CaptionTable
              caption={t.caption}
              columns={[t.type, t.count]}
              rows={status.types}
              striped
              maw={480}
              row={(row) => (
                <Table.Tr key={row.type}>
                  <Table.Th scope="row">{t.typeName(row.type)}</Table.Th>
                  <Table.Td>{formatNumber(row.count)}</Table.Td>
                </Table.Tr>
              )}
            />
          </Stack>
        )}
      </QueryState>
    </AdminPage>
  );
}

/**
 * "Administration: Misslyckade jobb": background jobs that failed for good, with their reason, and, where jobs run on
 * Redis, the way to the queue board (served by the API, outside the web app, so an ordinary link).
 */
export function FailedJobsPage() {
  const t = adminText.jobs;
  const [jobs, reload] = useQuery({ query: FailedJobsQuery });
  return (
    <AdminPage section={adminText.sections.jobs} intro={t.intro}>
      <QueryState state={jobs} reload={reload}>
        {(data) => (
          <Stack gap="md">
            {data.queueBoardPath && (
              <Text>
                {t.boardBefore}{' '}
                <Anchor href={data.queueBoardPath} c="blue.9" underline="always">
                  {t.boardLink}
                </Anchor>
              </Text>
            )}
            <CaptionTable
              caption={t.caption}
              columns={[t.name, t.attempts, t.reason, t.when]}
              rows={data.failedJobs}
              empty={t.empty}
              striped
              row={(job) => (
                <Table.Tr key={job.id}>
                  <Table.Th scope="row">{job.name}</Table.Th>
                  <Table.Td>{formatNumber(job.attempts)}</Table.Td>
                  <Table.Td>{job.reason}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(job.failedAt)}</Table.Td>
                </Table.Tr>
              )}
            />
          </Stack>
        )}
      </QueryState>
    </AdminPage>
  );
}
