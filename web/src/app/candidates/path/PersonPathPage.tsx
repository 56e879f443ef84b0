import { Alert, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { Facts } from '../../platform/components/Facts';
import { AnchorLink } from '../../platform/components/links';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { NextStep } from '../enrolment/NextStep';
import { mayUse, useViewer } from '../../platform/session/session';
import { ConsentsSection } from './ConsentsSection';
import { PersonPathQuery } from './documents';
import { ExitSection } from './ExitSection';
import { FollowUpSection } from './FollowUpSection';
import { personText } from './messages';
import { PathTimeline } from './PathTimeline';
import { PersonTabs } from './PersonTabs';
import { PlanSection } from './PlanSection';
import { RankingHistorySection } from './RankingHistorySection';
import { RegisterExtractLinks } from './RegisterExtractLinks';
import { SfiSection } from './SfiSection';
import { TravelSection } from './TravelSection';

const t = personText;

/**
 * "Väg och plan": one person's path as the labour-market secretary and the sector team work it. The current
 * enrolment period as a timeline with the working days the rules count, earlier periods kept and shown, the plan
 * with its activities and every revision, the weekly follow-up, consents, the travel to work, the rankings the person appeared in, the SFI place and the exit. Every control
 * is there only when the viewer's role may use its operation and may write for the person's principal: Svedala's
 * reviewer reads the same page with no control at all.
 */
export function PersonPathPage({ candidateId }: { candidateId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: PersonPathQuery, variables: { id: candidateId } });
  const refresh = useCallback(() => reload({ requestPolicy: 'network-only' }), [reload]);
  const person = data?.candidate;
  const writable = !!person && viewer.writablePrincipalIds.includes(person.principalId);
  const may = useCallback((operation: string) => writable && mayUse(viewer, operation), [viewer, writable]);

  const principalName = useMemo(() => data?.organisations.find((o) => o.id === person?.principalId)?.name ?? t.none, [data, person]);
  const [latest, ...earlier] = person?.enrolments ?? [];
  const open = latest && !latest.exitOn ? latest : null;
  const placements = data?.placements.items ?? [];

  return (
    <Page title={person ? `${person.firstName} ${person.lastName}` : t.page.title} intro={t.page.intro}>
      <AnchorLink to="/arbetssokande">{t.page.backToList}</AnchorLink>
      <PersonTabs candidateId={candidateId} current="path" />
      {fetching && !data && <PageLoader />}
      {error && !data && <ProblemAlert problem={describeProblem(error)} onRetry={refresh} onReload={refresh} />}
      {person && (
        <Stack gap="xl">
          {!writable && (
            <Alert color="gray.7" variant="outline">
              <Text size="sm">{t.page.readOnly}</Text>
            </Alert>
          )}
          <section aria-labelledby="person-uppgifter">
            <Title order={2} id="person-uppgifter" size="h3" mb="sm">
              {t.header.heading}
            </Title>
            <Facts
              items={[
                [t.header.identity, person.identityNumber],
                [t.header.principal, principalName],
                [t.header.sector, latest?.sector?.name ?? t.header.noSector],
                [t.header.team, latest?.team?.name ?? t.header.noTeam],
                [t.header.secretary, latest?.secretary?.name ?? t.header.noSecretary],
              ]}
            />
            <RegisterExtractLinks candidateId={person.id} name={`${person.firstName} ${person.lastName}`} />
          </section>
          {open && writable && <NextStep candidateId={person.id} onChanged={refresh} />}
          <PathTimeline current={latest ?? null} earlier={earlier} placements={placements} sfi={person.sfiEnrolments} meetings={person.meetingInvitations} />
          {latest && (
            <PlanSection
              plan={latest.plan ?? null}
              open={!!open}
              mayChangePlan={may('updatePlan')}
              mayAddActivity={may('addPlanActivity')}
              mayChangeActivity={may('updatePlanActivity')}
              onChanged={refresh}
            />
          )}
          {latest && <FollowUpSection enrolment={latest} mayRecord={!!open?.firstMeetingOn && may('recordFollowUp')} onChanged={refresh} />}
          <ConsentsSection
            candidateId={person.id}
            consents={person.consents}
            mayGive={may('giveConsent')}
            mayWithdraw={may('withdrawConsent')}
            onChanged={refresh}
          />
          <TravelSection person={person} mayChange={may('updateCandidate')} onChanged={refresh} />
          <RankingHistorySection appearances={person.rankingAppearances} />
          <SfiSection candidateId={person.id} enrolments={person.sfiEnrolments} mayQueue={!!open && may('queueForSfi')} onChanged={refresh} />
          {latest && (
            <ExitSection
              person={person}
              latest={latest}
              mayExit={may('exitEnrolment')}
              mayConfirm={may('confirmWorkExit')}
              mayEnrol={may('enrolCandidate')}
              onChanged={refresh}
            />
          )}
        </Stack>
      )}
    </Page>
  );
}
