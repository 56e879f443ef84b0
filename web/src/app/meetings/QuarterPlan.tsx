import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatNumber } from '../platform/i18n/sv';
import { MeetingPlanningQuery } from './documents';
import { mt } from './messages';

const t = mt.quarter;

interface QuarterPlanProps {
  year: number;
  quarter: number;
  onQuarter(year: number, quarter: number): void;
}

/** The quarter's meetings per municipality (and within it per sector) against the municipality's target. */
export function QuarterPlan({ year, quarter, onQuarter }: QuarterPlanProps) {
  const [{ data, error, fetching }, reload] = useQuery({ query: MeetingPlanningQuery, variables: { year, quarter } });
  const plan = data?.meetingPlanning;
  const step = (delta: number) => {
    const index = year * 4 + (quarter - 1) + delta;
    onQuarter(Math.floor(index / 4), (index % 4) + 1);
  };
  return (
    <section aria-labelledby="motesplan-rubrik">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="motesplan-rubrik">
            {t.heading(year, quarter)}
          </Title>
          <Group gap="xs">
            <Button variant="outline" color="blue.9" size="xs" onClick={() => step(-1)}>
              {t.previous}
            </Button>
            <Button variant="outline" color="blue.9" size="xs" onClick={() => step(1)}>
              {t.next}
            </Button>
          </Group>
        </Group>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {fetching && !plan && <PageLoader />}
        {plan && (
          <Table captionSide="top" withTableBorder verticalSpacing="xs" opacity={fetching ? 0.6 : 1}>
            <Table.Caption style={{ textAlign: 'left' }} c="gray.9">
              {t.caption(plan.from, plan.to)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {[t.municipality, t.target, t.held, t.planned, t.cancelled, t.state].map((heading) => (
                  <Table.Th key={heading} scope="col">
                    {heading}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.municipalities.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t.empty}</Table.Td>
                </Table.Tr>
              )}
              {plan.municipalities.map((m) => (
                <Fragment key={m.principal.id}>
                  <Table.Tr bg="gray.0">
                    <Table.Th scope="row">{m.principal.name}</Table.Th>
                    <Table.Td>{m.target > 0 ? formatNumber(m.target) : t.noTarget}</Table.Td>
                    <Table.Td>{formatNumber(m.held)}</Table.Td>
                    <Table.Td>{formatNumber(m.planned)}</Table.Td>
                    <Table.Td>{formatNumber(m.cancelled)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={700}>
                        {m.target === 0 ? t.noTarget : m.met ? t.met : m.onTrack ? t.onTrack : t.behind(m.missing)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {m.sectors.map((s) => (
                    <Table.Tr key={s.sector.id}>
                      <Table.Th scope="row" fw={400} pl="xl">
                        {s.sector.name}
                      </Table.Th>
                      <Table.Td />
                      <Table.Td>{formatNumber(s.held)}</Table.Td>
                      <Table.Td>{formatNumber(s.planned)}</Table.Td>
                      <Table.Td>{formatNumber(s.cancelled)}</Table.Td>
                      <Table.Td />
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </section>
  );
}
