import { Group, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { Facts } from '../platform/components/Facts';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { formatNumber } from '../platform/i18n/sv';
import { personName, PlacementQuery, stageSince, type PlacementDetails } from './documents';
import { pm, stateLabel, type OutcomeValue, type StageValue } from './messages';
import { PlacementActions } from './PlacementActions';
import { StageHistory } from './StageHistory';

/** A placement: who and where, where it stands, the terms of a hire, its legal next moves and its history. */
export function PlacementPage({ placementId }: { placementId: string }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlacementQuery, variables: { id: placementId } });
  const [announcement, setAnnouncement] = useState('');
  const detailsRef = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const placement = data?.placement;

  if (!placement) {
    return (
      <Page title={pm.page.loadingTitle}>
        {fetching && <PageLoader />}
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={reload} onReload={reload} />}
      </Page>
    );
  }
  return (
    <Page title={pm.page.title(personName(placement))}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={reload} onReload={reload} />}
      <Group gap="lg">
        <AnchorLink to="/placeringar">{pm.page.back}</AnchorLink>
        <AnchorLink to="/placeringar" search={{ candidateId: placement.candidateId }}>
          {pm.page.allForPerson}
        </AnchorLink>
      </Group>
      <Details placement={placement} headingRef={detailsRef} />
      {placement.outcome === 'HIRED' && <HiredTerms placement={placement} />}
      {(placement.nextSteps.stages.length > 0 || placement.nextSteps.outcomes.length > 0) && (
        <section aria-labelledby="placering-nasta-steg">
          <Title order={2} id="placering-nasta-steg" size="h3" mb="sm">
            {pm.page.moves}
          </Title>
          <PlacementActions
            key={placement.version}
            placement={placement}
            onReload={reload}
            onChanged={(_updated, message) => {
              setAnnouncement(message);
              reload();
              detailsRef.current?.focus();
            }}
          />
        </section>
      )}
      <section aria-labelledby="placering-historik">
        <Title order={2} id="placering-historik" size="h3" mb="sm">
          {pm.page.history}
        </Title>
        <StageHistory history={placement.changes} />
      </section>
    </Page>
  );
}

function Details({ placement, headingRef }: { placement: PlacementDetails; headingRef: React.Ref<HTMLHeadingElement> }) {
  const since = stageSince(placement);
  return (
    <section aria-labelledby="placering-uppgifter">
      <Title order={2} id="placering-uppgifter" size="h3" mb="sm" ref={headingRef} tabIndex={-1}>
        {pm.page.details}
      </Title>
      <Facts
        items={[
          [
            pm.page.person,
            <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: placement.candidateId }}>
              {personName(placement)}
            </AnchorLink>,
          ],
          [
            pm.page.opening,
            placement.opening ? (
              <AnchorLink to="/platser/$openingId" params={{ openingId: placement.openingId }}>
                {placement.opening.title}
              </AnchorLink>
            ) : (
              pm.card.openingHidden
            ),
          ],
          [pm.page.employer, placement.opening?.employer?.name ?? pm.page.none],
          [pm.page.stage, stateLabel(placement.stage as StageValue, placement.outcome as OutcomeValue | null)],
          [pm.page.inStageSince, since ? formatDate(since) : pm.page.none],
          placement.outcomeReason ? [pm.page.outcomeReason, placement.outcomeReason] : null,
          placement.endedOn ? [pm.page.endedOn, formatDate(placement.endedOn)] : null,
        ]}
      />
    </section>
  );
}

/** A hire's terms; the municipal labour-market employment says in words that it is not work in the statistics. */
function HiredTerms({ placement }: { placement: PlacementDetails }) {
  const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? pm.page.none : value ? pm.page.yes : pm.page.no);
  return (
    <section aria-labelledby="placering-villkor">
      <Title order={2} id="placering-villkor" size="h3" mb="sm">
        {pm.page.terms}
      </Title>
      <Facts
        items={[
          [pm.page.employmentType, placement.employmentType?.label ?? pm.page.none],
          [pm.page.subsidised, yesNo(placement.subsidised)],
          [
            pm.page.municipal,
            yesNo(placement.municipalLabourMarketEmployment) + (placement.municipalLabourMarketEmployment ? ` (${pm.page.municipalNote})` : ''),
          ],
          [pm.page.startOn, placement.employmentStartOn ? formatDate(placement.employmentStartOn) : pm.page.none],
          [pm.page.hoursPerWeek, placement.hoursPerWeek === null || placement.hoursPerWeek === undefined ? pm.page.none : formatNumber(placement.hoursPerWeek)],
        ]}
      />
    </section>
  );
}
