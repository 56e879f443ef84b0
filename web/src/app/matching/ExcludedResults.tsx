import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import type { ExcludedPerson, RankingData } from './documents';
import { rankingText } from './messages';
import css from './ranking.module.css';
import { personName, ShortlistButton, type AddToShortlist, type PersonLink } from './ShortlistButton';

interface ExcludedResultsProps {
  data: RankingData;
  shortlisted: ReadonlySet<string>;
  onAdd?: AddToShortlist;
  personLink: PersonLink;
}

/** How many near misses to draw before "Visa alla": the best of them, the rest on request. */
const NEAR_SHOWN = 10;

/** The near misses with what each lacks, then everyone excluded, grouped by reason. */
export const ExcludedResults = memo(function ExcludedResults({ data, shortlisted, onAdd, personLink: PersonLink }: ExcludedResultsProps) {
  const [allNear, setAllNear] = useState(false);
  const nearMisses = allNear ? data.nearMisses : data.nearMisses.slice(0, NEAR_SHOWN);

  /** Draws every near miss and moves focus to the first one drawn now. */
  function showAllNear() {
    const next = data.nearMisses[nearMisses.length].candidate.id;
    setAllNear(true);
    requestAnimationFrame(() => document.getElementById(`nara-${next}`)?.focus());
  }
  return (
    <>
      <section aria-labelledby="nara-traffar">
        <Title order={2} id="nara-traffar" mb="sm">
          {rankingText.nearHeading}
        </Title>
        {data.nearMisses.length === 0 ? (
          <Text>{rankingText.nearEmpty}</Text>
        ) : (
          <>
            <Text mb="sm">{rankingText.nearIntro}</Text>
            <ul className={css.nearList}>
              {nearMisses.map((near) => {
                const name = personName(near.candidate);
                return (
                  <li key={near.candidate.id} id={`nara-${near.candidate.id}`} tabIndex={-1} className={css.card}>
                    <div className={css.cardHead}>
                      <span>
                        <strong>
                          <PersonLink candidateId={near.candidate.id}>{name}</PersonLink>
                        </strong>{' '}
                        <span className={css.small}>
                          {rankingText.identity} {near.candidate.identityNumber}
                        </span>
                      </span>
                      {near.score !== null && near.score !== undefined && <span className={css.small}>{rankingText.wouldScore(near.score)}</span>}
                    </div>
                    <p className={css.text}>
                      <strong>{rankingText.missing}:</strong> {near.reasons.join('; ')}
                    </p>
                    <div className={css.actions}>
                      <ShortlistButton candidateId={near.candidate.id} name={name} onShortlist={shortlisted.has(near.candidate.id)} onAdd={onAdd} />
                    </div>
                  </li>
                );
              })}
            </ul>
            {nearMisses.length < data.nearMisses.length && (
              <Button variant="outline" color="blue.9" mt="sm" onClick={showAllNear}>
                {rankingText.showAll(data.nearMisses.length)}
              </Button>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="uteslutna">
        <Title order={2} id="uteslutna" mb="sm">
          {rankingText.excludedHeading}{' '}
          <Text span fw={400} c="gray.8" size="inherit">
            ({rankingText.people(data.excludedCount)})
          </Text>
        </Title>
        {data.excludedCount === 0 ? (
          <Text>{rankingText.excludedEmpty}</Text>
        ) : (
          <>
            <Text mb="sm">{rankingText.excludedIntro(data.excluded.length, data.excludedCount)}</Text>
            <ExcludedGroups excluded={data.excluded} PersonLink={PersonLink} />
          </>
        )}
      </section>
    </>
  );
});

/** The listed excluded by reason, the most common reason first; a person with two reasons is in both groups. */
function groupByReason(excluded: readonly ExcludedPerson[]): Array<{ reason: string; people: ExcludedPerson[] }> {
  const groups = new Map<string, ExcludedPerson[]>();
  for (const person of excluded) {
    for (const reason of person.reasons) groups.set(reason, [...(groups.get(reason) ?? []), person]);
  }
  return [...groups]
    .map(([reason, people]) => ({ reason, people }))
    .sort((a, b) => b.people.length - a.people.length || a.reason.localeCompare(b.reason, 'sv'));
}

function ExcludedGroups({ excluded, PersonLink }: { excluded: readonly ExcludedPerson[]; PersonLink: PersonLink }) {
  const groups = useMemo(() => groupByReason(excluded), [excluded]);
  return (
    <Stack gap="xs">
      {groups.map((group, index) => (
        <ReasonGroup key={group.reason} id={`skal-${index}`} reason={group.reason} people={group.people} PersonLink={PersonLink} />
      ))}
    </Stack>
  );
}

function ReasonGroup({ id, reason, people, PersonLink }: { id: string; reason: string; people: ExcludedPerson[]; PersonLink: PersonLink }) {
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="xs">
      <Title order={3} size="h5" m={0}>
        <Button
          variant="default"
          fullWidth
          justify="space-between"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          rightSection={<span aria-hidden="true">{open ? '▲' : '▼'}</span>}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          h="auto"
          py={6}
        >
          {reason} ({rankingText.people(people.length)})
        </Button>
      </Title>
      <div id={id}>
        {open && (
          <List mt="xs" ml="md" size="sm" spacing={4}>
            {people.map((person) => (
              <List.Item key={person.candidate.id}>
                <PersonLink candidateId={person.candidate.id}>{personName(person.candidate)}</PersonLink>, {person.candidate.identityNumber}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Paper>
  );
}
