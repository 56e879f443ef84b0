import { Button, Group, List, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, type Problem } from '../api/errors';
import { AnchorLink } from '../components/links';
import { ProblemAlert } from '../components/ProblemAlert';
import { BookInterviewMutation, personName, type Invitation, type MeetingDetails } from './documents';
import { formatDateTime } from './format';
import { mt } from './messages';
import { meetingProblem } from './problems';

const t = mt.interviews;

interface InterviewsProps {
  meeting: MeetingDetails;
  invitations: readonly Invitation[];
  /** Whether the viewer may book (bookMeetingInterview, the meeting's municipality writable) */
  mayBook: boolean;
  onBooked(announcement: string): void;
}

/** The people who came, each with the interviews booked for them and, for those who may, "Boka intervju". */
export function Interviews({ meeting, invitations, mayBook, onBooked }: InterviewsProps) {
  const came = invitations.filter((i) => i.attendance === 'ATTENDED');
  const [booking, setBooking] = useState<Invitation | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const openings = meeting.employers.flatMap((e) => e.openings.map((o) => ({ value: o.id, label: `${o.title} – ${e.employer.name}` })));
  const close = () => {
    setBooking(null);
    opener.current?.focus();
  };
  return (
    <section aria-labelledby="trff-intervjuer">
      <Stack gap="sm">
        <Title order={2} size="h3" id="trff-intervjuer">
          {t.heading}
        </Title>
        <Text size="sm" c="gray.8">
          {t.intro}
        </Text>
        {came.length === 0 && <Text>{t.nobodyCame}</Text>}
        {came.map((invitation) => {
          const name = personName(invitation.candidate);
          return (
            <Stack key={invitation.id} gap={4}>
              <Group gap="sm">
                <Text fw={700}>{name}</Text>
                {mayBook && (
                  <Button
                    size="xs"
                    color="blue.9"
                    variant="outline"
                    onClick={(e) => {
                      opener.current = e.currentTarget;
                      setBooking(invitation);
                    }}
                  >
                    {t.book(name)}
                  </Button>
                )}
              </Group>
              {invitation.interviews.length === 0 ? (
                <Text size="sm">{t.none}</Text>
              ) : (
                <List size="sm">
                  {invitation.interviews.map((interview) => (
                    <List.Item key={interview.id}>
                      <AnchorLink to="/placeringar/$placementId" params={{ placementId: interview.placement.id }}>
                        {interview.placement.opening?.title ?? interview.openingId}
                      </AnchorLink>{' '}
                      ({formatDateTime(interview.bookedAt)}){interview.note ? `: ${interview.note}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          );
        })}
      </Stack>
      <Modal
        opened={booking !== null}
        onClose={close}
        title={booking ? t.title(personName(booking.candidate)) : ''}
        closeButtonProps={{ 'aria-label': t.close }}
      >
        {booking && (
          <BookForm
            invitation={booking}
            openings={openings}
            onClose={close}
            onBooked={() => {
              const name = personName(booking.candidate);
              close();
              onBooked(t.booked(name));
            }}
          />
        )}
      </Modal>
    </section>
  );
}

interface BookFormProps {
  invitation: Invitation;
  openings: ReadonlyArray<{ value: string; label: string }>;
  onClose(): void;
  onBooked(): void;
}

function BookForm({ invitation, openings, onClose, onBooked }: BookFormProps) {
  const [openingId, setOpeningId] = useState<string | null>(openings.length === 1 ? openings[0]!.value : null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, book] = useMutation(BookInterviewMutation);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    if (!openingId) return setMissing(mt.form.required);
    setMissing(undefined);
    const result = await book({ input: { invitationId: invitation.id, openingId, note: note.trim() || undefined } });
    if (result.error) return setProblem(meetingProblem(result.error));
    onBooked();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t.opening}
          data={openings}
          value={openingId}
          onChange={setOpeningId}
          error={missing ?? fieldError(problem, 'openingId')}
          withAsterisk
          data-autofocus
          comboboxProps={{ withinPortal: false }}
        />
        <Textarea
          label={t.note}
          description={t.noteDescription}
          descriptionProps={{ c: 'gray.8' }}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(problem, 'note')}
          maxLength={2000}
          autosize
          minRows={2}
        />
        {problem && <ProblemAlert problem={problem} />}
        <Group justify="flex-end">
          <Button variant="outline" color="blue.9" onClick={onClose}>
            {t.cancel}
          </Button>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
