import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem, fieldError } from '../platform/api/errors';
import { Facts } from '../platform/components/Facts';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatNumber, sv } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { CourseForm } from './CourseForm';
import { QUEUE_PAGE, SectorsQuery, SfiCourseQuery } from './documents';
import { sfiText } from './messages';
import { ParticipantsSection } from './ParticipantsSection';
import { QueueSection } from './QueueSection';

const t = sfiText.course;

/**
 * A sector SFI course as the teacher works with it: the facts, the queue (longest waiting first) with "Starta plats",
 * and the participants with their attendance and progress notes, completion and leaving.
 */
export function SfiCoursePage({ courseId }: { courseId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: SfiCourseQuery, variables: { id: courseId, limit: QUEUE_PAGE } });
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [sectors] = useQuery({ query: SectorsQuery, pause: !editing });
  const editButton = useRef<HTMLButtonElement>(null);
  const reloadCourse = () => reload({ requestPolicy: 'network-only' });

  if (!data) {
    const problem = error ? describeProblem(error) : null;
    const notFound = problem?.kind === 'invalid' && fieldError(problem, 'id');
    return (
      <Page title={t.fallbackTitle}>
        {fetching && <PageLoader />}
        {problem && !fetching && (
          <ProblemAlert problem={notFound ? { kind: 'not-found', message: sv.errors.notFound, fields: {} } : problem} onRetry={reloadCourse} />
        )}
        <AnchorLink to="/sfi">{t.back}</AnchorLink>
      </Page>
    );
  }

  const course = data.sfiCourse;
  const writable = (principalId: string) => data.viewer.writablePrincipalIds.includes(principalId);
  const changed = (message: string) => {
    setAnnouncement(message);
    reloadCourse();
  };
  return (
    <Page title={course.name}>
      <AnchorLink to="/sfi">{t.back}</AnchorLink>
      <Text role="status" fw={700}>
        {announcement}
      </Text>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={reloadCourse} />}
      <Stack gap="xl">
        <section aria-labelledby="sfi-kurs">
          <Title order={2} id="sfi-kurs" size="h3" mb="sm">
            {t.facts}
          </Title>
          <Facts
            items={[
              [sfiText.courses.sector, course.sector.name],
              [sfiText.courses.level, sfiText.level[course.level] ?? course.level],
              [sfiText.courses.period, `${course.startOn} – ${course.endOn}`],
              [sfiText.courses.places, formatNumber(course.places)],
              [sfiText.courses.placesLeft, formatNumber(course.placesLeft)],
              [sfiText.courses.queue, formatNumber(course.queueLength)],
              [t.organisation, course.organisation.name],
              [t.served, course.servedPrincipals.map((p) => p.name).join(', ')],
              [t.workplaceLearning, course.workplaceLearning ?? sfiText.none],
            ]}
          />
          {mayUse(viewer, 'updateSfiCourse') && (
            <Group mt="sm">
              <Button ref={editButton} variant="outline" color="blue.9" onClick={() => (setAnnouncement(''), setEditing(true))}>
                {t.edit}
              </Button>
            </Group>
          )}
        </section>
        <QueueSection
          queue={data.sfiQueue.items}
          totalCount={data.sfiQueue.totalCount}
          places={course.places}
          mayStart={(person) => mayUse(viewer, 'startSfi') && writable(person.principalId)}
          onStarted={(name) => {
            changed(sfiText.queue.started(name));
            document.getElementById('sfi-deltagare')?.focus();
          }}
          onLeft={(name) => {
            changed(sfiText.queue.left(name));
            document.getElementById('sfi-ko')?.focus();
          }}
        />
        <ParticipantsSection
          participants={course.participants}
          mayNote={(p) => mayUse(viewer, 'addSfiNote') && writable(p.principalId)}
          mayEnd={(p) => mayUse(viewer, 'completeSfi') && writable(p.principalId)}
          onChanged={changed}
        />
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={sfiText.form.editTitle}
        size="lg"
        closeButtonProps={{ 'aria-label': sfiText.closeDialog }}
      >
        {editing && sectors.data && (
          <CourseForm
            course={course}
            sectors={sectors.data.sectors.map((s) => ({ value: s.id, label: s.name }))}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              changed(t.saved);
              editButton.current?.focus();
            }}
          />
        )}
        {editing && !sectors.data && <PageLoader />}
      </Modal>
    </Page>
  );
}
