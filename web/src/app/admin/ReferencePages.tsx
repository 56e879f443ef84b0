import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../api/errors';
import { Facts } from '../components/Facts';
import { PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { today } from '../i18n/dates';
import { formatNumber } from '../i18n/sv';
import { AdminPage, formatMoment } from './AdminPage';
import { AgreementsQuery, FailedJobsQuery, ImportTaxonomyMutation, TaxonomyStatusQuery } from './documents';
import { adminText } from './messages';

/** "Administration: Avtal": the agreements the organisation works under, with their parties by name and whether each is in force. */
export function AgreementsPage() {
  const t = adminText.agreements;
  const [{ data, error, fetching }, reload] = useQuery({ query: AgreementsQuery });
  const day = today();
  const state = (from: string, to: string | null) => (from > day ? t.notYet : to !== null && to < day ? t.ended : t.inForce);
  return (
    <AdminPage section={adminText.sections.agreements} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data &&
        (data.agreements.length === 0 ? (
          <Text>{t.empty}</Text>
        ) : (
          <Table captionSide="top" withTableBorder striped verticalSpacing="xs">
            <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.name}</Table.Th>
                <Table.Th scope="col">{t.acting}</Table.Th>
                <Table.Th scope="col">{t.principal}</Table.Th>
                <Table.Th scope="col">{t.validFrom}</Table.Th>
                <Table.Th scope="col">{t.validTo}</Table.Th>
                <Table.Th scope="col">{t.state}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.agreements.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">{a.name}</Table.Th>
                  <Table.Td>{a.actingOrganisation.name}</Table.Td>
                  <Table.Td>{a.principal.name}</Table.Td>
                  <Table.Td>{a.validFrom}</Table.Td>
                  <Table.Td>{a.validTo ?? t.untilFurther}</Table.Td>
                  <Table.Td>{state(a.validFrom, a.validTo)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </AdminPage>
  );
}

/** "Administration: Taxonomi": which JobTech taxonomy is loaded (when it last changed, concepts per type) and a new import. */
export function TaxonomyPage() {
  const t = adminText.taxonomy;
  const [{ data, error, fetching }, reload] = useQuery({ query: TaxonomyStatusQuery });
  const [{ fetching: importing }, importTaxonomy] = useMutation(ImportTaxonomyMutation);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const status = data?.taxonomyStatus;

  async function startImport() {
    setProblem(null);
    setAnnouncement('');
    const result = await importTaxonomy({});
    if (result.error) return setProblem(describeProblem(result.error));
    setAnnouncement(t.importStarted(result.data?.importTaxonomy ?? ''));
  }

  return (
    <AdminPage section={adminText.sections.taxonomy} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {status && (
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
          {status.types.length > 0 && (
            <Table captionSide="top" withTableBorder striped verticalSpacing="xs" maw={480}>
              <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
                {t.caption}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.type}</Table.Th>
                  <Table.Th scope="col">{t.count}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.types.map((row) => (
                  <Table.Tr key={row.type}>
                    <Table.Th scope="row">{t.typeName(row.type)}</Table.Th>
                    <Table.Td>{formatNumber(row.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </AdminPage>
  );
}

/** "Administration: Misslyckade jobb": background jobs that failed for good, with their reason. */
export function FailedJobsPage() {
  const t = adminText.jobs;
  const [{ data, error, fetching }, reload] = useQuery({ query: FailedJobsQuery });
  return (
    <AdminPage section={adminText.sections.jobs} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data &&
        (data.failedJobs.length === 0 ? (
          <Text>{t.empty}</Text>
        ) : (
          <Table captionSide="top" withTableBorder striped verticalSpacing="xs">
            <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.name}</Table.Th>
                <Table.Th scope="col">{t.attempts}</Table.Th>
                <Table.Th scope="col">{t.reason}</Table.Th>
                <Table.Th scope="col">{t.when}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.failedJobs.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Th scope="row">{job.name}</Table.Th>
                  <Table.Td>{formatNumber(job.attempts)}</Table.Td>
                  <Table.Td>{job.reason}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(job.failedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </AdminPage>
  );
}
