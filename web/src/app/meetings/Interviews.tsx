import { Button, Group, List, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { AnchorLink } from '../platform/components/links';
import { DialogForm } from '../platform/components/DialogForm';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { BookInterviewMutation, personName, type Invitation, type MeetingDetails } from './documents';
import { formatDateTime, toInstant } from './format';
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
                      </AnchorLink>
                      {interview.scheduledAt ? `, ${t.at(formatDateTime(interview.scheduledAt))}` : ''}
                      {interview.note ? `: ${interview.note}` : ''}
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
            meeting={meeting}
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
  meeting: MeetingDetails;
  invitation: Invitation;
  openings: ReadonlyArray<{ value: string; label: string }>;
  onClose(): void;
  onBooked(): void;
}

/** The opening, when the interview takes place (the meeting's day and a time after it, to start with) and a note. */
function BookForm({ meeting, invitation, openings, onClose, onBooked }: BookFormProps) {
  const [openingId, setOpeningId] = useState<string | null>(openings.length === 1 ? openings[0]!.value : null);
  const [date, setDate] = useState(dayjs(meeting.endsAt).format('YYYY-MM-DD'));
  const [time, setTime] = useState(dayjs(meeting.endsAt).format('HH:mm'));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, book] = useMutation(BookInterviewMutation);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const scheduledAt = toInstant(date, time);
    const found: Record<string, string> = {};
    if (!openingId) found.openingId = mt.form.required;
    if (!scheduledAt) found[date ? 'time' : 'date'] = mt.form.required;
    else if (scheduledAt < meeting.startsAt) found.time = t.notBefore;
    setMissing(found);
    if (!openingId || !scheduledAt || Object.keys(found).length > 0) return;
    const result = await book({ input: { invitationId: invitation.id, openingId, scheduledAt, note: note.trim() || undefined } });
    if (result.error) return setProblem(meetingProblem(result.error));
    onBooked();
  }

  return (
    <DialogForm onSubmit={submit} onCancel={onClose} loading={fetching} cancel={t.cancel} confirm={t.save}>
      <Select
        label={t.opening}
        data={openings}
        value={openingId}
        onChange={setOpeningId}
        error={missing.openingId ?? fieldError(problem, 'openingId')}
        withAsterisk
        data-autofocus
        comboboxProps={{ withinPortal: false }}
      />
      <Group align="flex-start">
        <DateField label={t.date} value={date} onChange={setDate} error={missing.date} withAsterisk inDialog />
        <TextInput
          type="time"
          label={t.time}
          description={t.timeDescription}
          descriptionProps={{ c: 'gray.8' }}
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          error={missing.time ?? fieldError(problem, 'scheduledAt')}
          withAsterisk
          w={140}
        />
      </Group>
      <Textarea
        label={t.note}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(problem, 'note')}
        maxLength={2000}
        autosize
        minRows={2}
      />
      {problem && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}
