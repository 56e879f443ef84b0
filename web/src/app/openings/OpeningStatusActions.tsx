import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { SetOpeningStatusMutation, type OpeningDetail } from './documents';
import { openingsText } from './messages';
import { Section } from './Section';

const t = openingsText.opening;
type OpeningStatus = OpeningDetail['nextStatuses'][number];

interface Props {
  opening: Pick<OpeningDetail, 'id' | 'version' | 'status' | 'nextStatuses'>;
  /** After a change, or to load the opening again after someone else's (CONFLICT) */
  onChanged(): void;
}

/**
 * The opening's status and the moves the API allows from it (nextStatuses: a draft is opened or closed, an open
 * opening filled or closed; FILLED and CLOSED are final), each sending the version read so that a change made
 * meanwhile by someone else is refused rather than overwritten.
 */
export function OpeningStatusActions({ opening, onChanged }: Props) {
  const viewer = useViewer();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [{ fetching }, setStatus] = useMutation(SetOpeningStatusMutation);
  /** The move asked for last: shown as loading, and asked again by "Försök igen" after a network error */
  const [pending, setPending] = useState<OpeningStatus | null>(null);
  const current = openingsText.status[opening.status] ?? opening.status;

  async function change(status: OpeningStatus) {
    setProblem(null);
    setAnnouncement('');
    setPending(status);
    const result = await setStatus({ input: { id: opening.id, version: opening.version, status } });
    if (result.error) return setProblem(describeProblem(result.error));
    setAnnouncement(t.statusChanged(openingsText.status[status] ?? status));
    onChanged();
  }

  function reload() {
    setProblem(null);
    onChanged();
  }

  const actions = mayUse(viewer, 'setOpeningStatus') ? opening.nextStatuses : [];
  return (
    <Section id="status" title={actions.length > 0 ? t.statusHeading : t.status}>
      <Stack gap="sm">
        <Text>
          {t.status}: <strong>{current}</strong>
        </Text>
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
        {problem && <ProblemAlert problem={problem} onReload={reload} onRetry={() => pending && void change(pending)} />}
        {opening.nextStatuses.length === 0 ? (
          <Text c="gray.8">{t.statusFinal}</Text>
        ) : (
          actions.length > 0 && (
            <Group gap="sm">
              {actions.map((status) => (
                <Button
                  key={status}
                  variant={status === 'CLOSED' ? 'outline' : 'filled'}
                  color="blue.9"
                  loading={fetching && pending === status}
                  disabled={fetching}
                  onClick={() => void change(status)}
                >
                  {openingsText.statusAction[status] ?? status}
                </Button>
              ))}
            </Group>
          )
        )}
      </Stack>
    </Section>
  );
}
