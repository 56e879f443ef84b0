import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { AnchorLink } from '../../platform/components/links';
import { formatDate } from '../../platform/i18n/dates';
import { stateLabel } from '../../placements/messages';
import type { MeetingInvitation, Period, PersonPlacement, SfiPlace } from './documents';
import { personText } from './messages';

const t = personText.timeline;

interface Step {
  key: string;
  on: string | null;
  label: string;
  detail?: ReactNode;
}

interface PathTimelineProps {
  current: Period | null;
  earlier: readonly Period[];
  placements: readonly PersonPlacement[];
  sfi: readonly SfiPlace[];
  meetings: readonly MeetingInvitation[];
}

/** The path as a timeline: the latest period open, earlier periods kept and folded below it. */
export const PathTimeline = memo(function PathTimeline({ current, earlier, placements, sfi, meetings }: PathTimelineProps) {
  return (
    <section aria-labelledby="vagen">
      <Title order={2} id="vagen" size="h3" mb="sm">
        {t.heading}
      </Title>
      {current && <PeriodTimeline period={current} placements={placements} sfi={sfi} meetings={meetings} headingLevel={3} />}
      {earlier.length > 0 && (
        <Stack gap="xs" mt="lg">
          <Title order={3} size="h4">
            {t.earlierHeading}
          </Title>
          <Text size="sm">{t.earlierIntro(earlier.length)}</Text>
          {earlier.map((period) => (
            <details key={period.id}>
              <summary>
                <Text span fw={700}>
                  {periodTitle(period)}
                </Text>
              </summary>
              <PeriodTimeline period={period} placements={placements} sfi={sfi} meetings={meetings} headingLevel={4} hideTitle />
            </details>
          ))}
        </Stack>
      )}
    </section>
  );
});

function periodTitle(period: Period): string {
  return period.exitOn ? t.ended(formatDate(period.firstContactOn), formatDate(period.exitOn)) : t.current(formatDate(period.firstContactOn));
}

function PeriodTimeline({
  period,
  placements,
  sfi,
  meetings,
  headingLevel,
  hideTitle,
}: {
  period: Period;
  placements: readonly PersonPlacement[];
  sfi: readonly SfiPlace[];
  meetings: readonly MeetingInvitation[];
  headingLevel: 3 | 4;
  hideTitle?: boolean;
}) {
  const steps = stepsOf(period, placements, sfi, meetings);
  return (
    <Paper withBorder p="md">
      {!hideTitle && (
        <Title order={headingLevel} size="h4" mb="sm">
          {periodTitle(period)}
        </Title>
      )}
      <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 10 }}>
        {steps.map((step) => (
          <li key={step.key}>
            <Group gap="sm" wrap="nowrap" align="baseline">
              <Text span fw={700} w={112} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                {step.on ? formatDate(step.on) : t.notYet}
              </Text>
              <Stack gap={2}>
                <Text span>{step.label}</Text>
                {step.detail}
              </Stack>
            </Group>
          </li>
        ))}
      </ol>
    </Paper>
  );
}

/** The steps of one period in date order; the start-of-path steps not yet taken in an open period last, as "Inte än". */
function stepsOf(period: Period, placements: readonly PersonPlacement[], sfi: readonly SfiPlace[], meetings: readonly MeetingInvitation[]): Step[] {
  const open = !period.exitOn;
  const dated: Step[] = [];
  const pending: Step[] = [];
  const add = (step: Step) => (step.on ? dated.push(step) : open && pending.push(step));
  add({ key: 'contact', on: period.firstContactOn, label: t.firstContact });
  add({ key: 'meeting', on: period.firstMeetingOn, label: t.firstMeeting });
  add({
    key: 'plan',
    on: period.planEstablishedOn,
    label: t.planEstablished,
    detail: period.workingDaysToPlan !== null && <WorkingDays days={period.workingDaysToPlan} target={1} targetText={t.planTarget} />,
  });
  add({ key: 'week', on: period.planningWeekStartOn, label: t.planningWeek });
  add({
    key: 'sector',
    on: period.sectorChosenOn,
    label: period.sector ? `${t.sectorChosen}: ${period.sector.name}` : t.sectorChosen,
    detail: period.workingDaysToSector !== null && <WorkingDays days={period.workingDaysToSector} target={5} targetText={t.sectorTarget} />,
  });
  const followUps = period.followUps;
  if (followUps.length > 0) {
    dated.push({ key: 'followups', on: followUps[followUps.length - 1].heldOn, label: t.followUps(followUps.length, formatDate(followUps[0].heldOn)) });
  }
  for (const placement of placements.filter((p) => p.enrolmentId === period.id)) {
    dated.push({
      key: `placement-${placement.id}`,
      on: placement.createdAt.slice(0, 10),
      label: t.placement(placement.opening ? [placement.opening.title, placement.opening.employer?.name].filter(Boolean).join(', ') : ''),
      detail: (
        <Group gap="xs">
          <Badge color="gray.8" variant="outline" tt="none">
            {stateLabel(placement.stage, placement.outcome)}
          </Badge>
          <AnchorLink to="/placeringar/$placementId" params={{ placementId: placement.id }} size="sm">
            {personText.plan.openPlacement}
          </AnchorLink>
        </Group>
      ),
    });
  }
  for (const place of sfi.filter((s) => s.queuedSince >= period.firstContactOn && (!period.exitOn || s.queuedSince <= period.exitOn))) {
    dated.push({
      key: `sfi-${place.id}`,
      on: place.queuedSince,
      label: t.sfi(place.course.name),
      detail: <Text size="sm">{personText.sfi.status_[place.status]}</Text>,
    });
  }
  const inPeriod = (day: string) => day >= period.firstContactOn && (!period.exitOn || day <= period.exitOn);
  for (const invitation of meetings.filter((i) => inPeriod(formatDate(i.meeting.startsAt)))) {
    dated.push({
      key: `meeting-${invitation.id}`,
      on: formatDate(invitation.meeting.startsAt),
      label: t.meeting(invitation.meeting.title),
      detail: (
        <Group gap="xs">
          <Text size="sm">{invitation.attendance ? t.meetingAttendance[invitation.attendance] : t.meetingResponse[invitation.response]}</Text>
          <AnchorLink to="/moten/$meetingId" params={{ meetingId: invitation.meeting.id }} size="sm">
            {t.openMeeting}
          </AnchorLink>
        </Group>
      ),
    });
  }
  if (period.exitOn) {
    dated.push({
      key: 'exit',
      on: period.exitOn,
      label: `${t.exit}: ${period.exitReason ? personText.exit.reasonValue[period.exitReason] : ''}`,
      detail: period.exitOutcome && <Text size="sm">{personText.exit.outcome[period.exitOutcome]}</Text>,
    });
  }
  dated.sort((a, b) => (a.on! < b.on! ? -1 : a.on! > b.on! ? 1 : 0));
  return [...dated, ...pending];
}

function WorkingDays({ days, target, targetText }: { days: number; target: number; targetText: string }) {
  const met = days <= target;
  return (
    <Text size="sm">
      {t.workingDays(days)} ({targetText}).{' '}
      <Text span fw={700} c={met ? 'gray.9' : 'red.9'}>
        {met ? t.targetMet : t.targetMissed}
      </Text>
    </Text>
  );
}
