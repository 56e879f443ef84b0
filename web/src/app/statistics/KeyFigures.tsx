import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '../platform/i18n/sv';
import type { StatisticsRow } from './documents';
import { formatDecimal, messages } from './messages';

const t = messages.cards;

/** The key figures of the total as cards: the figure, and one sentence that says what it is made of. */
export function KeyFigures({ total, asOf }: { total: StatisticsRow; asOf: string }) {
  const within = (share: StatisticsRow['shareOfEnrolled']) => messages.percentOnly(share.percent);
  const cards = [
    { label: t.enrolled, value: formatNumber(total.enrolled), summary: t.enrolledSummary(total.enrolled, total.newlyEnrolled) },
    {
      label: t.shareOfEnrolled,
      value: messages.percentOnly(total.shareOfEnrolled.percent),
      summary: t.shareOfEnrolledSummary(total.shareOfEnrolled.numerator, total.shareOfEnrolled.denominator),
    },
    {
      label: t.shareOfExits,
      value: messages.percentOnly(total.shareOfExits.percent),
      summary: t.shareOfExitsSummary(total.shareOfExits.numerator, total.shareOfExits.denominator, total.exitsByOutcome.workPending),
    },
    {
      label: t.currentPlan,
      value: messages.percentOnly(total.currentPlan.percent),
      summary: t.currentPlanSummary(total.currentPlan.numerator, total.currentPlan.denominator, asOf),
    },
    {
      label: t.daysToPlan,
      value: total.workingDaysToPlan.median === null ? messages.none : formatDecimal(total.workingDaysToPlan.median),
      summary: t.daysToPlanSummary(total.workingDaysToPlan.count, within(total.workingDaysToPlan.withinTarget)),
    },
    {
      label: t.daysToSector,
      value: total.workingDaysToSector.median === null ? messages.none : formatDecimal(total.workingDaysToSector.median),
      summary: t.daysToSectorSummary(total.workingDaysToSector.count, within(total.workingDaysToSector.withinTarget)),
    },
    { label: t.overdue, value: formatNumber(total.overdueFollowUps), summary: t.overdueSummary(total.overdueFollowUps, total.openAtEnd, asOf) },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="key-figures">
      <Title order={2} id="key-figures">
        {t.heading}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {cards.map((card) => (
          <Paper component="li" key={card.label} withBorder p="sm" radius="sm">
            <Stack gap={4}>
              <Text size="sm" fw={700} c="gray.9">
                {card.label}
              </Text>
              <Text size="xl" fw={700} c="blue.9">
                {card.value}
              </Text>
              <Text size="sm" c="gray.8">
                {card.summary}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
