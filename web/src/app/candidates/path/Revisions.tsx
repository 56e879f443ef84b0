import { Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { AnchorLink } from '../../platform/components/links';
import { formatDate } from '../../platform/i18n/dates';
import type { PersonPlan } from './documents';
import { personText } from './messages';

const t = personText.plan;
/** Revisions shown before "Visa alla" (the latest are what a colleague asks about); the rest are drawn when opened. */
const LATEST = 3;

type Revision = PersonPlan['revisions'][number];

/** Every revision of the plan, newest first: who, when, each field before → after, and when Brygga did it itself. */
export const Revisions = memo(function Revisions({ revisions }: { revisions: readonly Revision[] }) {
  const [all, setAll] = useState(false);
  return (
    <section aria-labelledby="plan-andringar">
      <Title order={3} id="plan-andringar" size="h4" mb={4}>
        {t.revisionsHeading}
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        {t.revisionsIntro}
      </Text>
      <Stack gap="sm">
        {revisions.slice(0, LATEST).map((revision) => (
          <RevisionEntry key={revision.id} revision={revision} />
        ))}
        {revisions.length > LATEST && (
          <details onToggle={(e) => setAll(e.currentTarget.open)}>
            <summary>
              <Text span fw={700} c="blue.9">
                {t.showAllRevisions(revisions.length)}
              </Text>
            </summary>
            {all && (
              <Stack gap="sm" mt="sm">
                {revisions.slice(LATEST).map((revision) => (
                  <RevisionEntry key={revision.id} revision={revision} />
                ))}
              </Stack>
            )}
          </details>
        )}
      </Stack>
    </section>
  );
});

function RevisionEntry({ revision }: { revision: Revision }) {
  const placementId = revision.via ? /placement ([0-9a-f-]{36})/.exec(revision.via)?.[1] : undefined;
  const changes = revision.changes.filter((c) => c.field !== 'activity.id');
  return (
    <Paper component="article" withBorder p="sm" aria-label={`${personText.action[revision.action] ?? revision.action}, ${formatDate(revision.at)}`}>
      <Text fw={700}>{personText.action[revision.action] ?? revision.action}</Text>
      <Text size="sm" c="gray.8">
        {t.by(revision.author.name, `${formatDate(revision.at)} ${revision.at.slice(11, 16)}`)}
      </Text>
      {revision.via && (
        <Text size="sm" fw={700}>
          {placementId ? t.automaticFromPlacement : t.automatic}
          {placementId && (
            <>
              {' '}
              <AnchorLink to="/placeringar/$placementId" params={{ placementId }} size="sm">
                {t.openPlacement}
              </AnchorLink>
            </>
          )}
        </Text>
      )}
      {changes.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {changes.map((change) => (
            <li key={change.field}>
              <Text size="sm">
                {t.change(personText.field[change.field] ?? change.field, showValue(change.field, change.from), showValue(change.field, change.to))}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

/** A revision's JSON value in words: enums by their Swedish names, flags as ja/nej, ids only as "ändrat". */
function showValue(field: string, json: string | null): string {
  if (json === null) return t.empty;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value !== 'string') return String(value);
  if (field === 'activity.type') return personText.activityType[value] ?? value;
  if (field === 'activity.status') return personText.activityStatus[value] ?? value;
  if (field === 'kind') return t.kind[value] ?? value;
  if (/Id$/.test(field)) return t.changedValue;
  return value;
}
