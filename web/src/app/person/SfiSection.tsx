import { Button, Group, NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { memo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../api/errors';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDate, today } from '../i18n/dates';
import { QueueForSfiMutation, SfiCoursesQuery, type SfiPlace } from './documents';
import { personText } from './messages';

const t = personText.sfi;

interface SfiSectionProps {
  candidateId: string;
  enrolments: readonly SfiPlace[];
  mayQueue: boolean;
  onChanged(): void;
}

/** The person's sector SFI: each course queued for or taken, with its status and the days waited. */
export const SfiSection = memo(function SfiSection({ candidateId, enrolments, mayQueue, onChanged }: SfiSectionProps) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <section aria-labelledby="sfi-plats">
      <Title order={2} id="sfi-plats" size="h3" mb="sm">
        {t.heading}
      </Title>
      {enrolments.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table captionSide="top" striped>
            <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.course}</Table.Th>
                <Table.Th scope="col">{t.status}</Table.Th>
                <Table.Th scope="col">{t.queuedSince}</Table.Th>
                <Table.Th scope="col">{t.waiting}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {enrolments.map((place) => (
                <Table.Tr key={place.id}>
                  <Table.Th scope="row" fw={400}>
                    {place.course.name}
                  </Table.Th>
                  <Table.Td>{t.status_[place.status] ?? place.status}</Table.Td>
                  <Table.Td>{formatDate(place.queuedSince)}</Table.Td>
                  <Table.Td>{t.waitingDays(place.waitingDays)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mayQueue && (
        <QueueForm
          candidateId={candidateId}
          onQueued={() => {
            setAnnouncement(t.queued);
            onChanged();
          }}
        />
      )}
      <Text role="status" fw={700} mt="xs">
        {announcement}
      </Text>
    </section>
  );
});

function QueueForm({ candidateId, onQueued }: { candidateId: string; onQueued(): void }) {
  const [{ data }] = useQuery({ query: SfiCoursesQuery, variables: { from: today() } });
  const courses = data?.sfiCourses.items ?? [];
  const [courseId, setCourseId] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, queue] = useMutation(QueueForSfiMutation);
  const chosen = courseId || courses[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await queue({ input: { candidateId, courseId: chosen } });
    if (result.error) return setProblem(describeProblem(result.error));
    onQueued();
  }

  if (courses.length === 0) return null;
  return (
    <Paper withBorder p="md" mt="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sfi-ko">
        <Title order={3} id="sfi-ko" size="h4" mb="sm">
          {t.queueHeading}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t.queueCourse}
            value={chosen}
            onChange={(e) => setCourseId(e.currentTarget.value)}
            data={courses.map((c) => ({ value: c.id, label: t.placesLeft(c.name, c.placesLeft, c.queueLength) }))}
            error={fieldError(problem, 'courseId')}
          />
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.queue}
          </Button>
        </Group>
        {problem && <ProblemAlert problem={problem} />}
      </form>
    </Paper>
  );
}
