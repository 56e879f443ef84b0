import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, type Problem } from '../platform/api/errors';
import { ButtonLink } from '../platform/components/links';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { CancelMeetingMutation, MarkHeldMutation, SendInvitationsMutation, type MeetingDetails } from './documents';
import { mt } from './messages';
import { meetingProblem } from './problems';

const t = mt.page;

interface MeetingActionsProps {
  meeting: MeetingDetails;
  onChanged(announcement: string): void;
  onReload(): void;
}

/**
 * The meeting's next steps as its status allows (planned → invitations sent → held; cancelled before it is held):
 * each shown only to someone who may take it for the meeting's municipality. The API decides whether the meeting
 * has started, so a step taken too early is refused with the reason rather than hidden by this browser's clock.
 */
export function MeetingActions({ meeting, onChanged, onReload }: MeetingActionsProps) {
  const viewer = useViewer();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [send, sendInvitations] = useMutation(SendInvitationsMutation);
  const [held, markHeld] = useMutation(MarkHeldMutation);
  const writable = viewer.writablePrincipalIds.includes(meeting.principalId);
  const may = (operation: string) => writable && mayUse(viewer, operation);
  const input = { id: meeting.id, version: meeting.version };

  const canSend = meeting.status === 'PLANNED' && may('sendMeetingInvitations');
  const canAttend = (meeting.status === 'INVITATIONS_SENT' || meeting.status === 'HELD') && may('recordMeetingAttendance');
  const canHold = meeting.status === 'INVITATIONS_SENT' && may('markMeetingHeld');
  const canCancel = (meeting.status === 'PLANNED' || meeting.status === 'INVITATIONS_SENT') && may('cancelMeeting');
  if (!canSend && !canAttend && !canHold && !canCancel) return null;

  async function run(step: 'send' | 'held') {
    setProblem(null);
    const result = step === 'send' ? await sendInvitations({ input }) : await markHeld({ input });
    if (result.error) return setProblem(meetingProblem(result.error));
    onChanged(step === 'send' ? t.sent : t.held);
  }

  return (
    <section aria-labelledby="trff-atgarder">
      <Stack gap="sm">
        <h2 id="trff-atgarder" className="visually-hidden">
          {t.actions}
        </h2>
        {problem && <ProblemAlert problem={problem} onReload={onReload} />}
        <Group gap="sm">
          {canSend && (
            <Button color="blue.9" loading={send.fetching} onClick={() => void run('send')}>
              {t.send}
            </Button>
          )}
          {canAttend && (
            <ButtonLink to="/moten/$meetingId/narvaro" params={{ meetingId: meeting.id }} variant="filled">
              {t.attendance}
            </ButtonLink>
          )}
          {canHold && (
            <Button color="blue.9" variant="outline" loading={held.fetching} onClick={() => void run('held')}>
              {t.markHeld}
            </Button>
          )}
          {canCancel && (
            <Button ref={cancelButton} color="red.9" variant="outline" onClick={() => setCancelOpen(true)}>
              {t.cancel}
            </Button>
          )}
        </Group>
        {canSend && (
          <Text size="sm" c="gray.8">
            {t.sendHelp}
          </Text>
        )}
      </Stack>
      <Modal
        opened={cancelOpen}
        onClose={() => {
          setCancelOpen(false);
          cancelButton.current?.focus();
        }}
        title={t.cancelTitle}
        closeButtonProps={{ 'aria-label': t.close }}
      >
        {cancelOpen && (
          <CancelForm
            meeting={meeting}
            onClose={() => {
              setCancelOpen(false);
              cancelButton.current?.focus();
            }}
            onCancelled={() => {
              setCancelOpen(false);
              onChanged(t.cancelled);
            }}
          />
        )}
      </Modal>
    </section>
  );
}

function CancelForm({ meeting, onClose, onCancelled }: { meeting: MeetingDetails; onClose(): void; onCancelled(): void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelMeetingMutation);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    if (!reason.trim()) return setMissing(mt.form.required);
    setMissing(undefined);
    const result = await cancel({ input: { id: meeting.id, version: meeting.version, reason: reason.trim() } });
    if (result.error) return setProblem(meetingProblem(result.error));
    onCancelled();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t.cancelReason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ?? fieldError(problem, 'reason')}
          maxLength={1000}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        {problem && <ProblemAlert problem={problem} />}
        <Group justify="flex-end">
          <Button variant="outline" color="blue.9" onClick={onClose}>
            {t.cancelKeep}
          </Button>
          <Button type="submit" color="red.9" loading={fetching}>
            {t.cancelConfirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
