import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../platform/components/DataTable';
import { Facts } from '../platform/components/Facts';
import { AnchorLink } from '../platform/components/links';
import { DateDialog } from './DateDialog';
import { CompleteSfiMutation, LeaveSfiMutation, personName, type Participant } from './documents';
import { sfiText } from './messages';
import { NoteDialog } from './NoteDialog';

const t = sfiText.participants;

interface ParticipantsSectionProps {
  participants: Participant[];
  mayNote(participant: Participant): boolean;
  mayEnd(participant: Participant): boolean;
  onChanged(announcement: string): void;
}

type Dialog = { kind: 'note' | 'complete' | 'leave'; participant: Participant } | null;

/** The people on the course, each with their attendance and progress notes; notes, completion and leaving in dialogs. */
export function ParticipantsSection({ participants, mayNote, mayEnd, onChanged }: ParticipantsSectionProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, complete] = useMutation(CompleteSfiMutation);
  const [, leave] = useMutation(LeaveSfiMutation);
  const done = (announcement: string) => {
    setDialog(null);
    onChanged(announcement);
  };

  return (
    <section aria-labelledby="sfi-deltagare">
      <Title order={2} id="sfi-deltagare" size="h3" mb="sm" tabIndex={-1}>
        {t.heading} ({participants.length})
      </Title>
      {participants.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <Stack gap="md">
          {participants.map((p) => (
            <Paper key={p.id} component="article" withBorder p="md" aria-labelledby={`deltagare-${p.id}`}>
              <Stack gap="sm">
                <Title order={3} size="h4" id={`deltagare-${p.id}`}>
                  {personName(p)}
                </Title>
                <Facts items={[[t.status, sfiText.status[p.status] ?? p.status], [t.startedOn, p.startedOn], p.endedOn !== null && [t.endedOn, p.endedOn]]} />
                <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: p.candidate.id }}>
                  {t.path}
                  <VisuallyHidden> {sfiText.about(personName(p))}</VisuallyHidden>
                </AnchorLink>
                <Group gap="sm">
                  {mayNote(p) && (
                    <Button size="xs" color="blue.9" onClick={() => setDialog({ kind: 'note', participant: p })}>
                      {t.note}
                      <VisuallyHidden> {t.forPerson(personName(p))}</VisuallyHidden>
                    </Button>
                  )}
                  {p.status === 'ACTIVE' && mayEnd(p) && (
                    <>
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => setDialog({ kind: 'complete', participant: p })}>
                        {t.complete}
                        <VisuallyHidden> {sfiText.about(personName(p))}</VisuallyHidden>
                      </Button>
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => setDialog({ kind: 'leave', participant: p })}>
                        {t.leave}
                        <VisuallyHidden> {sfiText.about(personName(p))}</VisuallyHidden>
                      </Button>
                    </>
                  )}
                </Group>
                <Notes participant={p} />
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {dialog?.kind === 'note' && (
        <NoteDialog participant={dialog.participant} onClose={() => setDialog(null)} onSaved={(name) => done(sfiText.noteForm.saved(name))} />
      )}
      {(dialog?.kind === 'complete' || dialog?.kind === 'leave') && (
        <DateDialog
          title={(dialog.kind === 'complete' ? sfiText.endForm.completeTitle : sfiText.endForm.leaveTitle)(personName(dialog.participant))}
          dateLabel={sfiText.endForm.endedOn}
          confirm={dialog.kind === 'complete' ? sfiText.endForm.confirmComplete : sfiText.endForm.confirmLeave}
          field="endedOn"
          onClose={() => setDialog(null)}
          onConfirm={async (day) => {
            const { kind, participant } = dialog;
            const result = kind === 'complete' ? await complete({ id: participant.id, endedOn: day }) : await leave({ id: participant.id, endedOn: day });
            if (result.error) return result.error;
            done((kind === 'complete' ? sfiText.endForm.completed : sfiText.endForm.left)(personName(participant)));
            return undefined;
          }}
        />
      )}
    </section>
  );
}

/** A participant's attendance and progress, newest first. */
function Notes({ participant }: { participant: Participant }) {
  if (participant.notes.length === 0) return <Text c="gray.8">{t.noNotes}</Text>;
  return (
    <DataTable caption={t.notesCaption(personName(participant))} columns={[t.day, t.attendance, t.progress, t.author]}>
      {participant.notes.map((note) => (
        <Table.Tr key={note.id}>
          <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
            {note.on}
          </Table.Th>
          <Table.Td>{note.attended === null ? sfiText.none : note.attended ? t.attended : t.absent}</Table.Td>
          <Table.Td>{note.note ?? sfiText.none}</Table.Td>
          <Table.Td>{note.author.name}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
