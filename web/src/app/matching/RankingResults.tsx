import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import type { RankedPerson, RankingData } from './documents';
import { ExcludedResults } from './ExcludedResults';
import { factorLook } from './factors';
import { points, rankingText } from './messages';
import { passOverButtonId, PassOverButton, PassOverForm, type PassedOver, type PassOver } from './PassOver';
import css from './ranking.module.css';
import { ScoreBar, ScoreLegend } from './ScoreBar';
import { personName, PlainName, ShortlistButton, type AddToShortlist, type PersonLink } from './ShortlistButton';

export type { RankingData } from './documents';

const NONE_PASSED_OVER: ReadonlyMap<string, PassedOver> = new Map();

export interface RankingResultsProps {
  data: RankingData;
  /** The people already on the opening's shortlist */
  shortlisted: ReadonlySet<string>;
  /** Offered only when the viewer may add to the shortlist */
  onAdd?: AddToShortlist;
  /** The people passed over from this page, with the reason given */
  passedOver?: ReadonlyMap<string, PassedOver>;
  /** Offered only when the viewer may pass people over */
  onPassOver?: PassOver;
  personLink?: PersonLink;
  /** Asks for more of the ranked, when there are more to ask for */
  onShowMore?(): void;
  /** More are on their way */
  loadingMore?: boolean;
}

/**
 * The ranking as drawn from the query's answer, with no fetching of its own, so that it can be measured with a
 * fixture: the key to the bars, each ranked person with a bar, the sentence and details on demand, then the near
 * misses and the excluded by reason.
 */
export const RankingResults = memo(function RankingResults({
  data,
  shortlisted,
  onAdd,
  passedOver = NONE_PASSED_OVER,
  onPassOver,
  personLink = PlainName,
  onShowMore,
  loadingMore = false,
}: RankingResultsProps) {
  return (
    <Stack gap="xl">
      <section aria-labelledby="rangordnade">
        <Title order={2} id="rangordnade" mb="sm">
          {rankingText.rankedHeading}
        </Title>
        {data.ranked.length === 0 ? (
          <Text>{rankingText.rankedEmpty}</Text>
        ) : (
          <Stack gap="md">
            <ScoreLegend factors={data.ranked[0].factors} />
            <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.ranked.map((person, index) => (
                <li key={person.candidate.id}>
                  <RankedCard
                    person={person}
                    rank={index + 1}
                    onShortlist={shortlisted.has(person.candidate.id)}
                    onAdd={onAdd}
                    passedOver={passedOver.get(person.candidate.id)}
                    onPassOver={onPassOver}
                    PersonLink={personLink}
                  />
                </li>
              ))}
            </Stack>
            {onShowMore && (
              <Button variant="outline" color="blue.9" onClick={onShowMore} loading={loadingMore} style={{ alignSelf: 'flex-start' }}>
                {rankingText.showMore}
              </Button>
            )}
          </Stack>
        )}
      </section>
      <ExcludedResults data={data} shortlisted={shortlisted} onAdd={onAdd} personLink={personLink} />
    </Stack>
  );
});

interface RankedCardProps {
  person: RankedPerson;
  rank: number;
  onShortlist: boolean;
  onAdd?: AddToShortlist;
  passedOver?: PassedOver;
  onPassOver?: PassOver;
  PersonLink: PersonLink;
}

/**
 * One ranked person. Drawn with plain elements and the page's own classes rather than Mantine's layout components:
 * fifty of these are drawn at once, and each Mantine component costs its style hooks (the 200 ms budget, bench/web.ts).
 */
const RankedCard = memo(function RankedCard({ person, rank, onShortlist, onAdd, passedOver, onPassOver, PersonLink }: RankedCardProps) {
  const [open, setOpen] = useState(false);
  const [passing, setPassing] = useState(false);
  const { candidate } = person;
  const name = personName(candidate);
  const id = `rangordnad-${candidate.id}`;
  return (
    <article className={css.card} aria-labelledby={id}>
      <div className={css.cardHead}>
        <h3 id={id} className={css.cardTitle} tabIndex={-1}>
          <span className={css.muted}>{rankingText.rank(rank)}: </span>
          <PersonLink candidateId={candidate.id}>{name}</PersonLink>
        </h3>
        <strong>{rankingText.score(person.score)}</strong>
      </div>
      <p className={css.small}>
        {rankingText.identity} {candidate.identityNumber}
      </p>
      <ScoreBar name={name} factors={person.factors} />
      <p className={css.text}>{person.explanation}</p>
      <div className={css.actions}>
        <button
          type="button"
          className={css.button}
          aria-expanded={open}
          aria-controls={`${id}-detaljer`}
          aria-label={`${open ? rankingText.hideDetails : rankingText.showDetails} ${rankingText.detailsFor(name)}`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? rankingText.hideDetails : rankingText.showDetails}
        </button>
        <ShortlistButton candidateId={candidate.id} name={name} onShortlist={onShortlist} onAdd={onAdd} />
        {(passedOver || onPassOver) && <PassOverButton cardId={id} name={name} passedOver={passedOver} open={passing} onOpen={() => setPassing((p) => !p)} />}
      </div>
      {passing && !passedOver && onPassOver && (
        <PassOverForm
          cardId={id}
          candidateId={candidate.id}
          name={name}
          onPassOver={onPassOver}
          onCancel={() => {
            setPassing(false);
            // the button is drawn again before the keyboard is given back to it
            window.requestAnimationFrame(() => document.getElementById(passOverButtonId(id))?.focus());
          }}
        />
      )}
      <div id={`${id}-detaljer`}>{open && <FactorTable person={person} name={name} />}</div>
    </article>
  );
});

function FactorTable({ person, name }: { person: RankedPerson; name: string }) {
  return (
    <Table withTableBorder captionSide="top" verticalSpacing="xs">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {rankingText.detailsCaption(name)}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{rankingText.factor}</Table.Th>
          <Table.Th scope="col">{rankingText.got}</Table.Th>
          <Table.Th scope="col">{rankingText.max}</Table.Th>
          <Table.Th scope="col">{rankingText.why}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {person.factors.map((f) => (
          <Table.Tr key={f.factor}>
            <Table.Th scope="row" fw={400}>
              {factorLook(f.factor).label}
            </Table.Th>
            <Table.Td>{points(f.contribution)}</Table.Td>
            <Table.Td>{points(f.weight)}</Table.Td>
            <Table.Td>{f.detail || rankingText.noDetail}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
