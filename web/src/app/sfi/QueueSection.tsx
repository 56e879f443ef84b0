import { Button, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { CaptionTable } from '../platform/components/CaptionTable';
import { AnchorLink } from '../platform/components/links';
import { TitledSection } from '../platform/components/TitledSection';
import { DateDialog } from './DateDialog';
import { LeaveSfiMutation, personName, StartSfiMutation, type QueuedPerson } from './documents';
import { sfiText } from './messages';

const t = sfiText.queue;

interface QueueSectionProps {
  queue: QueuedPerson[];
  totalCount: number;
  places: number;
  /** Whether the viewer may start this person or record that they left the queue (startSfi, leaveSfi, and a principal they act for) */
  mayStart(person: QueuedPerson): boolean;
  onStarted(name: string): void;
  /** After someone left the queue without starting */
  onLeft(name: string): void;
}

/** The course's queue, longest waiting first, with the days each person has waited and "Starta plats". */
export function QueueSection({ queue, totalCount, places, mayStart, onStarted, onLeft }: QueueSectionProps) {
  const [starting, setStarting] = useState<QueuedPerson | null>(null);
  const [leaving, setLeaving] = useState<QueuedPerson | null>(null);
  const [, start] = useMutation(StartSfiMutation);
  const [, leave] = useMutation(LeaveSfiMutation);
  const anyAction = queue.some(mayStart);

  return (
    <TitledSection id="sfi-ko" heading={t.heading(totalCount)} focusable>
      <Stack gap="sm">
        <CaptionTable
          caption={t.caption}
          columns={[t.name, t.since, t.waiting, anyAction && t.actions]}
          rows={queue}
          empty={t.empty}
          striped
          row={(person) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row">
                <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: person.candidate.id }}>
                  {personName(person)}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{person.queuedSince}</Table.Td>
              <Table.Td>{sfiText.days(person.waitingDays)}</Table.Td>
              {anyAction && (
                <Table.Td>
                  {mayStart(person) && (
                    <Group gap="xs">
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => setStarting(person)}>
                        {t.start}
                        <VisuallyHidden> {t.startFor(personName(person))}</VisuallyHidden>
                      </Button>
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => setLeaving(person)}>
                        {t.leave}
                        <VisuallyHidden> {sfiText.about(personName(person))}</VisuallyHidden>
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          )}
        />
      </Stack>
      {starting && (
        <DateDialog
          title={t.startTitle(personName(starting))}
          dateLabel={t.startedOn}
          confirm={t.confirmStart}
          field="startedOn"
          refusal={(problem) => (problem.reason === 'COURSE_FULL' ? t.courseFull(places) : null)}
          onClose={() => setStarting(null)}
          onConfirm={async (day) => {
            const result = await start({ id: starting.id, startedOn: day });
            if (result.error) return result.error;
            setStarting(null);
            onStarted(personName(starting));
            return undefined;
          }}
        />
      )}
      {leaving && (
        <DateDialog
          title={t.leaveTitle(personName(leaving))}
          dateLabel={t.leftOn}
          confirm={t.confirmLeave}
          field="endedOn"
          onClose={() => setLeaving(null)}
          onConfirm={async (day) => {
            const result = await leave({ id: leaving.id, endedOn: day });
            if (result.error) return result.error;
            setLeaving(null);
            onLeft(personName(leaving));
            return undefined;
          }}
        />
      )}
    </TitledSection>
  );
}
