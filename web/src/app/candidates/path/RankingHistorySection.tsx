import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { memo } from 'react';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { AnchorLink } from '../../platform/components/links';
import { TitledSection } from '../../platform/components/TitledSection';
import { formatDate } from '../../platform/i18n/dates';
import type { RankingAppearance } from './documents';
import { personText } from './messages';

const t = personText.rankings;

/** When the ranking was shown: the day and the time, 2026-12-03 10:45. */
const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

/**
 * The kept rankings the person appeared in, newest first (the EU AI Act's right to an explanation): when, for which
 * opening, who asked, the place or the near miss, the score, the explanation word for word as it was shown, and what
 * was decided about the person afterwards. Read-only, for everyone who may read the page.
 */
export const RankingHistorySection = memo(function RankingHistorySection({ appearances }: { appearances: readonly RankingAppearance[] }) {
  return (
    <TitledSection id="rankningar" heading={t.heading}>
      <Text size="sm" mb="sm">
        {t.intro}
      </Text>
      <CaptionTable
        caption={t.caption}
        columns={[t.when, t.opening, t.requestedBy, t.place, t.score, t.explanation, t.decision]}
        rows={appearances}
        empty={t.none}
        minWidth={900}
        plain
        striped
        fz="sm"
        row={(entry) => (
          <Table.Tr key={entry.id}>
            <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
              {when(entry.record.requestedAt)}
            </Table.Th>
            <Table.Td>
              {entry.record.opening ? (
                <AnchorLink to="/platser/$openingId" params={{ openingId: entry.record.opening.id }}>
                  {entry.record.opening.title}
                </AnchorLink>
              ) : (
                t.noOpening
              )}
            </Table.Td>
            <Table.Td>{entry.record.requestedBy?.name ?? t.unknownUser}</Table.Td>
            <Table.Td>{entry.placement === 'NEAR_MISS' || entry.position == null ? t.nearMiss : t.position(entry.position)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.score == null ? t.noScore : t.points(entry.score)}</Table.Td>
            <Table.Td>{entry.explanation}</Table.Td>
            <Table.Td>
              <Decision entry={entry} />
            </Table.Td>
          </Table.Tr>
        )}
      />
    </TitledSection>
  );
});

/** The decision in words, who made it and when, and the reason when one was given. */
function Decision({ entry }: { entry: RankingAppearance }) {
  if (!entry.decision) return <>{t.noDecision}</>;
  const by = entry.decidedBy?.name;
  return (
    <>
      <strong>{t.decisionValue[entry.decision] ?? entry.decision}</strong>
      {by && entry.decidedAt && <> {t.decidedBy(by, formatDate(entry.decidedAt))}</>}
      {entry.decisionReason && (
        <>
          <br />
          {t.reason(entry.decisionReason)}
        </>
      )}
    </>
  );
}
