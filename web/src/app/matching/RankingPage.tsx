import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { AnchorLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { AddToShortlistMutation, EXCLUDED_LIMIT, PassOverMutation, RANKED_MAX, RANKED_PAGE, RankingQuery, ShortlistQuery, type RankingData } from './documents';
import { rankingText } from './messages';
import { shortlistProblem } from './problems';
import type { PassedOver, PassOver } from './PassOver';
import { RankingResults } from './RankingResults';
import { Shortlist } from './Shortlist';
import { PlainName, type AddToShortlist, type PersonLink } from './ShortlistButton';

/** How long a ranking may take before the page says why it can take a while. */
const SLOW_AFTER_MS = 1000;

function ProfileLink({ candidateId, children }: { candidateId: string; children: ReactNode }) {
  return (
    <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId }}>
      {children}
    </AnchorLink>
  );
}

/**
 * "Matchning": the people ranked for an opening, each with a score the recruiter can explain, the near misses and the
 * excluded with their reasons, and the opening's shortlist with each person's consent to be presented.
 */
export function RankingPage({ openingId }: { openingId: string }) {
  const viewer = useViewer();
  const [limit, setLimit] = useState(RANKED_PAGE);
  const [ranking, reloadRanking] = useQuery({ query: RankingQuery, variables: { openingId, limit, excludedLimit: EXCLUDED_LIMIT } });
  // asking for more keeps the people on screen until the longer answer replaces them
  const [previous, setPrevious] = useState<RankingData | undefined>();
  const data = ranking.data?.rankCandidatesForOpening ?? (previous?.opening.id === openingId ? previous : undefined);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const answer = ranking.data?.rankCandidatesForOpening;
    if (!answer) return;
    setPrevious(answer);
    // after "Visa fler": the keyboard goes on at the first person added
    const from = focusFrom.current;
    if (from !== null && answer.ranked.length > from) document.getElementById(`rangordnad-${answer.ranked[from].candidate.id}`)?.focus();
    focusFrom.current = null;
  }, [ranking.data]);
  const mayReadShortlist = mayUse(viewer, 'shortlist');
  const [shortlist, reloadShortlist] = useQuery({
    query: ShortlistQuery,
    variables: { openingId },
    pause: !mayReadShortlist,
  });
  const [, addToShortlist] = useMutation(AddToShortlistMutation);
  const [announcement, setAnnouncement] = useState('');

  const refreshShortlist = useCallback(() => reloadShortlist({ requestPolicy: 'network-only' }), [reloadShortlist]);
  const onAdd: AddToShortlist = useCallback(
    async (candidateId, name) => {
      const result = await addToShortlist({ openingId, candidateId });
      if (result.error) return shortlistProblem(result.error);
      setAnnouncement(rankingText.added(name));
      refreshShortlist();
      return null;
    },
    [addToShortlist, openingId, refreshShortlist],
  );
  // the people passed over from here: the ranking shown is not asked again, so the page keeps what it was told
  const [, passOverMutation] = useMutation(PassOverMutation);
  const [passedOver, setPassedOver] = useState<ReadonlyMap<string, PassedOver>>(new Map());
  const onPassOver: PassOver = useCallback(
    async (candidateId, name, reason) => {
      const result = await passOverMutation({ input: { openingId, candidateId, reason } });
      if (result.error) return describeProblem(result.error);
      const entry = result.data?.passOverRankedCandidate;
      setPassedOver((before) => new Map(before).set(candidateId, { reason: entry?.decisionReason ?? reason }));
      setAnnouncement(rankingText.passedOverSaid(name));
      return null;
    },
    [passOverMutation, openingId],
  );
  const entries = useMemo(() => shortlist.data?.shortlist ?? [], [shortlist.data]);
  const shortlisted = useMemo(() => new Set(entries.map((e) => e.candidateId)), [entries]);
  const personLink: PersonLink = mayUse(viewer, 'candidate') ? ProfileLink : PlainName;

  const moreToAsk =
    data !== undefined && limit < RANKED_MAX && data.considered - data.excludedCount > data.ranked.length && (data.ranked.length === limit || ranking.fetching);
  const shownCount = data?.ranked.length ?? 0;
  const showMore = useCallback(() => {
    focusFrom.current = shownCount;
    setLimit((l) => Math.min(l + RANKED_PAGE, RANKED_MAX));
  }, [shownCount]);
  const title = data ? rankingText.titleFor(data.opening.title) : rankingText.title;
  const retry = () => reloadRanking({ requestPolicy: 'network-only' });

  return (
    <Page title={title} intro={rankingText.intro}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <Group gap="lg">
        {data && (
          <Text>
            <strong>{rankingText.employer}:</strong> {data.opening.employer?.name ?? rankingText.noEmployer}
          </Text>
        )}
        <AnchorLink to="/platser/$openingId" params={{ openingId }}>
          {rankingText.backToOpening}
        </AnchorLink>
        {data && mayReadShortlist && (
          <Anchor href="#kortlista" c="blue.9" underline="always">
            {rankingText.toShortlist}
          </Anchor>
        )}
      </Group>
      {ranking.fetching && !data && <RankingProgress />}
      {ranking.error && <ProblemAlert problem={describeProblem(ranking.error)} onRetry={retry} onReload={retry} />}
      {data && (
        <Stack gap="xl">
          <Summary data={data} />
          <RankingResults
            data={data}
            shortlisted={shortlisted}
            onAdd={mayUse(viewer, 'addToShortlist') ? onAdd : undefined}
            passedOver={passedOver}
            onPassOver={mayUse(viewer, 'passOverRankedCandidate') ? onPassOver : undefined}
            personLink={personLink}
            onShowMore={moreToAsk ? showMore : undefined}
            loadingMore={ranking.fetching}
          />
          {shortlist.error && <ProblemAlert problem={describeProblem(shortlist.error)} onRetry={refreshShortlist} />}
          {shortlist.data && (
            <Shortlist openingId={openingId} entries={entries} PersonLink={personLink} onChanged={(said) => (setAnnouncement(said), refreshShortlist())} />
          )}
        </Stack>
      )}
    </Page>
  );
}

function Summary({ data }: { data: RankingData }) {
  return (
    <Text size="lg" fw={700}>
      {rankingText.summary(data.considered, data.considered - data.excludedCount, data.ranked.length, data.nearMisses.length, data.excludedCount)}
    </Text>
  );
}

/**
 * While the ranking is worked out. The API gives no progress signal; the first ranking after a server start builds
 * the candidate pool (src/matching/live-pools.service.ts) and can take seconds, so after a second the text says so.
 */
function RankingProgress() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Group gap="sm" role="status" wrap="nowrap" align="flex-start">
      <Loader size="sm" aria-hidden="true" />
      <Text c="gray.8">{slow ? rankingText.rankingSlow : rankingText.ranking}</Text>
    </Group>
  );
}
