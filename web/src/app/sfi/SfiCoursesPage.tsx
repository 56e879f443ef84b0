import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { CaptionTable } from '../platform/components/CaptionTable';
import { SectorFilter } from '../platform/components/FilterSelect';
import { AnchorLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { QueryState } from '../platform/components/QueryState';
import { formatNumber } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { CourseForm } from './CourseForm';
import { QUEUE_PAGE, SectorsQuery, SfiCoursesQuery } from './documents';
import { sfiText } from './messages';
import type { SfiSearch } from './search';

const t = sfiText.courses;

/** "Bransch-SFI": the sector SFI courses with their places and queues, filtered by sector; a course is created in a dialog. */
export function SfiCoursesPage({ search }: { search: SfiSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [query, reload] = useQuery({ query: SfiCoursesQuery, variables: { sectorId: search.bransch ?? null, limit: QUEUE_PAGE } });
  const [sectors] = useQuery({ query: SectorsQuery });
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const sectorOptions = (sectors.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name }));

  return (
    <Page title={t.title} intro={t.intro}>
      <Group align="flex-end" justify="space-between">
        <SectorFilter records={sectors.data?.sectors} value={search.bransch} onChange={(bransch) => void navigate({ to: '/sfi', search: { bransch } })} w={280} />
        {mayUse(viewer, 'createSfiCourse') && (
          <Button ref={newButton} color="blue.9" onClick={() => (setAnnouncement(''), setCreating(true))}>
            {t.newCourse}
          </Button>
        )}
      </Group>
      <Text role="status" fw={700}>
        {announcement}
      </Text>
      <QueryState state={query} reload={reload}>
        {({ sfiCourses }) => (
          <Stack gap="xs">
            <Text aria-live="polite">{t.count(sfiCourses.totalCount)}</Text>
            <CaptionTable
              caption={t.caption}
              columns={[t.name, t.sector, t.level, t.period, t.places, t.placesLeft, t.queue]}
              rows={sfiCourses.items}
              empty={t.empty}
              striped
              row={(course) => (
                <Table.Tr key={course.id}>
                  <Table.Th scope="row">
                    <AnchorLink to="/sfi/$courseId" params={{ courseId: course.id }}>
                      {course.name}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{course.sector.name}</Table.Td>
                  <Table.Td>{sfiText.level[course.level] ?? course.level}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {course.startOn} – {course.endOn}
                  </Table.Td>
                  <Table.Td>{formatNumber(course.places)}</Table.Td>
                  <Table.Td>{formatNumber(course.placesLeft)}</Table.Td>
                  <Table.Td>{formatNumber(course.queueLength)}</Table.Td>
                </Table.Tr>
              )}
            />
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={sfiText.form.createTitle}
        size="lg"
        closeButtonProps={{ 'aria-label': sfiText.closeDialog }}
      >
        {creating && (
          <CourseForm
            course={null}
            sectors={sectorOptions}
            onCancel={() => setCreating(false)}
            onSaved={(name) => {
              setCreating(false);
              setAnnouncement(t.created(name));
              reload({ requestPolicy: 'network-only' });
              newButton.current?.focus();
            }}
          />
        )}
      </Modal>
    </Page>
  );
}
