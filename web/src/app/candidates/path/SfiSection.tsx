import { Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { memo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { TitledSection } from '../../platform/components/TitledSection';
import { formatDate, today } from '../../platform/i18n/dates';
import { QueueForSfiMutation, SfiCoursesQuery, type SfiPlace } from './documents';
import { FormPanel } from './FormPanel';
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
    <TitledSection id="sfi-plats" heading={t.heading}>
      <CaptionTable
        caption={t.caption}
        columns={[t.course, t.status, t.queuedSince, t.waiting]}
        rows={enrolments}
        empty={t.none}
        minWidth={560}
        plain
        striped
        row={(place) => (
          <Table.Tr key={place.id}>
            <Table.Th scope="row" fw={400}>
              {place.course.name}
            </Table.Th>
            <Table.Td>{t.status_[place.status] ?? place.status}</Table.Td>
            <Table.Td>{formatDate(place.queuedSince)}</Table.Td>
            <Table.Td>{t.waitingDays(place.waitingDays)}</Table.Td>
          </Table.Tr>
        )}
      />
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
    </TitledSection>
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
    <FormPanel id="sfi-ko" heading={t.queueHeading} onSubmit={submit} mt="md">
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
    </FormPanel>
  );
}
