import { Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryState } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { AnchorLink } from '../../platform/components/links';
import { PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import type { EmployerOpeningsResult } from './documents';
import { cardText } from './messages';

const t = cardText.openings;

interface EmployerOpeningsProps {
  result: UseQueryState<EmployerOpeningsResult>;
  onRetry(): void;
}

/** The employer's openings, each a link to its page. */
export function EmployerOpenings({ result, onRetry }: EmployerOpeningsProps) {
  const page = result.data?.openings;
  return (
    <section aria-labelledby="platser">
      <Title order={2} id="platser" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="sm">
        {result.fetching && !page && <PageLoader />}
        {result.error && <ProblemAlert problem={describeProblem(result.error)} onRetry={onRetry} />}
        {page && page.items.length === 0 && <Text>{t.empty}</Text>}
        {page && page.totalCount > page.items.length && <Text c="gray.8">{t.showingOf(page.items.length, page.totalCount)}</Text>}
        {page && page.items.length > 0 && (
          <Table withTableBorder striped verticalSpacing="xs" aria-label={t.caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.title}</Table.Th>
                <Table.Th scope="col">{t.kind}</Table.Th>
                <Table.Th scope="col">{t.status}</Table.Th>
                <Table.Th scope="col">{t.startOn}</Table.Th>
                <Table.Th scope="col">{t.team}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/platser/$openingId" params={{ openingId: o.id }}>
                      {o.title}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{t.kindLabel[o.kind] ?? o.kind}</Table.Td>
                  <Table.Td>{t.statusLabel[o.status] ?? o.status}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.startOn)}</Table.Td>
                  <Table.Td>{o.team?.name ?? cardText.none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </section>
  );
}
