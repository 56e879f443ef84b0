import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { useViewer } from '../../platform/session/session';
import { EmployerTimelineQuery, TIMELINE_PAGE, type TimelineContact } from './documents';
import { cardText } from './messages';
import { TimelineEntry } from './TimelineEntry';

const t = cardText.timeline;

interface TimelineProps {
  employerId: string;
  /** Changes when a contact was logged: the timeline is read again from the newest */
  changes: number;
}

/** Every contact with the employer, newest first, a page at a time ("Visa fler" adds the next page below). */
export function Timeline({ employerId, changes }: TimelineProps) {
  const client = useClient();
  const viewer = useViewer();
  const [items, setItems] = useState<TimelineContact[] | null>(null);
  const [totalCount, setTotalCount] = useState(0);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The first contact of a page added by "Visa fler", which gets focus so a keyboard user reads on from there. */
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (offset: number) => {
      setLoading(true);
      setProblem(null);
      const result = await client.query(EmployerTimelineQuery, { employerId, limit: TIMELINE_PAGE, offset }).toPromise();
      setLoading(false);
      if (result.error || !result.data) return setProblem(result.error ? describeProblem(result.error) : null);
      const page = result.data.employerTimeline;
      setTotalCount(page.totalCount);
      setItems((before) => (offset === 0 ? page.items : [...(before ?? []), ...page.items]));
      if (offset > 0 && page.items[0]) setFocusId(page.items[0].id);
    },
    [client, employerId],
  );

  useEffect(() => {
    void load(0);
  }, [load, changes]);

  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-contact="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId, items]);

  return (
    <section aria-labelledby="kontakthistorik">
      <Title order={2} id="kontakthistorik" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="sm">
        <Text role="status" fw={700}>
          {announcement}
        </Text>
        {items === null && loading && <PageLoader />}
        {items?.length === 0 && <Text>{t.empty}</Text>}
        {items && items.length > 0 && (
          <>
            <Text c="gray.8">{t.count(items.length, totalCount)}</Text>
            <Stack ref={listRef} component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((contact) => (
                <li key={contact.id}>
                  <TimelineEntry contact={contact} viewer={viewer} onClosed={setAnnouncement} onReload={() => void load(0)} />
                </li>
              ))}
            </Stack>
          </>
        )}
        {problem && <ProblemAlert problem={problem} onRetry={() => void load(items?.length ?? 0)} onReload={() => void load(0)} />}
        {items && items.length < totalCount && (
          <Group>
            <Button variant="outline" color="blue.9" loading={loading} onClick={() => void load(items.length)}>
              {t.more}
            </Button>
          </Group>
        )}
      </Stack>
    </section>
  );
}
