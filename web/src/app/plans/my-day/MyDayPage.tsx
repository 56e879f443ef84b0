import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { Facts } from '../../platform/components/Facts';
import { AnchorLink, ButtonLink } from '../../platform/components/links';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { daysBetween, formatDate, today } from '../../platform/i18n/dates';
import { formatNumber } from '../../platform/i18n/sv';
import { mayUse, useViewer } from '../../platform/session/session';
import { Caseload } from './Caseload';
import { MyDayQuery, SECTION_SIZE, type MyDay } from './documents';
import { myDayText as t } from './messages';
import type { CaseloadSearch, CaseloadStatusName } from './search';

/**
 * "Min dag", the labour-market secretary's start page: what is due today (overdue follow-ups, people without a plan,
 * first meetings to hold, the sick-listed), each person linked to their page, and the caseload with its filters.
 * The figures are the API's caseload (secretaryCaseloads), which the lists add up to.
 */
export function MyDayPage({ search }: { search: CaseloadSearch }) {
  const viewer = useViewer();
  const [{ data, error }, reload] = useQuery({ query: MyDayQuery, variables: { me: viewer.userId, limit: SECTION_SIZE }, requestPolicy: 'network-only' });
  const mine = data?.secretaryCaseloads.find((line) => line.secretaryId === viewer.userId);
  return (
    <Page title={t.title} intro={t.intro}>
      {mayUse(viewer, 'enrolCandidate') && (
        <div>
          <ButtonLink to="/inskrivning">{t.enrol}</ButtonLink>
        </div>
      )}
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {!data && !error && <PageLoader />}
      {data && (
        <>
          <section aria-labelledby="min-dag-siffror">
            <Title order={2} id="min-dag-siffror" size="h3" mb="xs">
              {t.figures}
            </Title>
            <Facts
              items={[
                [t.open, formatNumber(mine?.openCandidates ?? 0)],
                [t.overdue, formatNumber(mine?.overdueFollowUps ?? 0)],
                [t.withoutPlan, formatNumber(mine?.withoutPlan ?? 0)],
              ]}
            />
          </section>
          <Sections data={data} />
        </>
      )}
      <Caseload search={search} />
    </Page>
  );
}

function Sections({ data }: { data: MyDay }) {
  const day = today();
  return (
    <>
      <DaySection id="forsenade" text={t.sections.overdue} page={data.overdue} status="FOLLOW_UP_OVERDUE">
        {data.overdue.items.map((e) => (
          <Person key={e.id} enrolment={e}>
            {e.nextFollowUpDue ? t.dueSince(formatDate(e.nextFollowUpDue), daysBetween(e.nextFollowUpDue, day)) : null}
          </Person>
        ))}
      </DaySection>
      <DaySection id="utan-plan" text={t.sections.withoutPlan} page={data.withoutPlan} status="WITHOUT_PLAN">
        {data.withoutPlan.items.map((e) => (
          <Person key={e.id} enrolment={e}>
            <PlanDue planDueOn={e.planDueOn} days={e.workingDaysSinceFirstContact} firstContactOn={e.firstContactOn} />
          </Person>
        ))}
      </DaySection>
      <DaySection id="nysamtal" text={t.sections.firstMeetings} page={data.firstMeetings} status="AWAITING_FIRST_MEETING" everyone>
        {data.firstMeetings.items.map((e) => (
          <Person key={e.id} enrolment={e}>
            <PlanDue planDueOn={e.planDueOn} days={e.workingDaysSinceFirstContact} firstContactOn={e.firstContactOn} />
          </Person>
        ))}
      </DaySection>
      <DaySection id="sjukskrivna" text={t.sections.sickListed} page={data.sickListed} status="SICK_LISTED">
        {data.sickListed.items.map((e) => (
          <Person key={e.id} enrolment={e}>
            {e.plan ? t.planSince(formatDate(e.plan.establishedOn)) : null}
          </Person>
        ))}
      </DaySection>
    </>
  );
}

/** Working days since first contact, and "Sen" once the plan's day (one working day after first contact) has passed. */
function PlanDue({ planDueOn, days, firstContactOn }: { planDueOn: string; days: number; firstContactOn: string }) {
  const late = days > 1;
  return (
    <>
      {late && (
        <Badge variant="outline" color="red.9" mr={6}>
          {t.late}
        </Badge>
      )}
      {`${t.waitingSince(formatDate(firstContactOn))}, ${t.workingDaysSince(days)}; `}
      {late ? t.lateLong(formatDate(planDueOn)) : t.planDueOn(formatDate(planDueOn))}
    </>
  );
}

interface DaySectionProps {
  id: string;
  text: { title: string; empty: string; intro?: string };
  page: { totalCount: number; items: unknown[] };
  /** The caseload filter that lists them all */
  status: CaseloadStatusName;
  /** Its people have no secretary yet: the caseload shows them with "everyone" */
  everyone?: boolean;
  children: ReactNode;
}

function DaySection({ id, text, page, status, everyone, children }: DaySectionProps) {
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={2} id={id} size="h3">
        {`${text.title} (${formatNumber(page.totalCount)})`}
      </Title>
      {text.intro && <Text c="gray.8">{text.intro}</Text>}
      {page.totalCount === 0 ? (
        <Text>{text.empty}</Text>
      ) : (
        <>
          <List spacing={4}>{children}</List>
          {page.totalCount > page.items.length && (
            <Group gap="xs">
              <Text>{t.showing(page.items.length, page.totalCount)}</Text>
              <AnchorLink to="/min-dag" search={{ status, alla: everyone || undefined }} hash="mina-arenden">
                {t.showAll(text.title)}
              </AnchorLink>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function Person({ enrolment, children }: { enrolment: { candidateId: string; candidate: { firstName: string; lastName: string } }; children: ReactNode }) {
  return (
    <List.Item>
      <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: enrolment.candidateId }} fw={700}>
        {`${enrolment.candidate.firstName} ${enrolment.candidate.lastName}`}
      </AnchorLink>
      {children ? (
        <Text span>
          {': '}
          {children}
        </Text>
      ) : null}
    </List.Item>
  );
}
