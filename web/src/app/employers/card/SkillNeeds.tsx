import { Button, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { AnchorLink } from '../../platform/components/links';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import { formatNumber } from '../../platform/i18n/sv';
import { EmployerTimelineQuery, LARGEST_PAGE, type EmployerOpening, type SkillNeed } from './documents';
import { cardText } from './messages';
import { OpeningFromNeedForm, type CreatedOpening } from './OpeningFromNeedForm';

const t = cardText.needs;

interface SkillNeedsProps {
  employerId: string;
  /** Changes when a contact was logged or an opening made: the needs are read again */
  changes: number;
  /** The employer's openings, to show which need already has one */
  openings: EmployerOpening[];
  mayCreate: boolean;
  onCreated(): void;
}

interface LoggedNeed {
  need: SkillNeed;
  loggedOn: string;
}

/**
 * The skill needs logged in the employer's contacts (the API lists them only on each contact, so they are read
 * from the newest contacts), each with the opening made from it or a button that makes one.
 */
export function SkillNeeds({ employerId, changes, openings, mayCreate, onCreated }: SkillNeedsProps) {
  const [{ data, error }, reload] = useQuery({ query: EmployerTimelineQuery, variables: { employerId, limit: LARGEST_PAGE, offset: 0 } });
  const [making, setMaking] = useState<LoggedNeed | null>(null);
  const [created, setCreated] = useState<CreatedOpening | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (changes > 0) reload({ requestPolicy: 'network-only' });
  }, [changes]);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const needs: LoggedNeed[] = (data?.employerTimeline.items ?? []).flatMap((c) => c.skillNeeds.map((need) => ({ need, loggedOn: c.occurredAt })));
  const openingOf = (needId: string) => openings.find((o) => o.sourceSkillNeedId === needId);

  return (
    <section aria-labelledby="kompetensbehov">
      <Title order={2} id="kompetensbehov" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="sm">
        <div role="status">
          {created && (
            <Paper ref={createdRef} tabIndex={-1} withBorder p="sm">
              <Text fw={700}>{t.created(created.title, created.team?.name ?? null)}</Text>
              <AnchorLink to="/platser/$openingId" params={{ openingId: created.id }}>
                {t.openCreated(created.title)}
              </AnchorLink>
            </Paper>
          )}
        </div>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {data && needs.length === 0 && <Text>{t.empty}</Text>}
        {data?.employerTimeline.hasNextPage && <Text c="gray.8">{t.fromNewest(LARGEST_PAGE)}</Text>}
        {needs.length > 0 && (
          <Table withTableBorder striped verticalSpacing="xs" aria-label={t.caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.occupation}</Table.Th>
                <Table.Th scope="col">{t.headcount}</Table.Th>
                <Table.Th scope="col">{t.neededBy}</Table.Th>
                <Table.Th scope="col">{t.loggedOn}</Table.Th>
                <Table.Th scope="col">{t.opening}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.map((logged) => {
                const { need } = logged;
                const label = need.occupation?.label ?? need.occupationConceptId;
                const opening = openingOf(need.id);
                return (
                  <Table.Tr key={need.id}>
                    <Table.Th scope="row" fw={400}>
                      {label}
                    </Table.Th>
                    <Table.Td>{formatNumber(need.headcount)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{need.neededBy ? formatDate(need.neededBy) : cardText.none}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(logged.loggedOn)}</Table.Td>
                    <Table.Td>
                      {opening ? (
                        <AnchorLink to="/platser/$openingId" params={{ openingId: opening.id }}>
                          {opening.title}
                        </AnchorLink>
                      ) : mayCreate ? (
                        <Button
                          size="xs"
                          variant="outline"
                          color="blue.9"
                          onClick={() => {
                            setCreated(null);
                            setMaking(logged);
                          }}
                        >
                          {t.create}
                          <VisuallyHidden> {t.createFor(label)}</VisuallyHidden>
                        </Button>
                      ) : (
                        cardText.none
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={making !== null}
        onClose={() => setMaking(null)}
        title={making ? t.dialogTitle(making.need.occupation?.label ?? making.need.occupationConceptId) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': cardText.closeDialog }}
        returnFocus={created === null}
      >
        {making && (
          <OpeningFromNeedForm
            key={making.need.id}
            need={making.need}
            onCancel={() => setMaking(null)}
            onCreated={(opening) => {
              setCreated(opening);
              setMaking(null);
              onCreated();
            }}
          />
        )}
      </Modal>
    </section>
  );
}
