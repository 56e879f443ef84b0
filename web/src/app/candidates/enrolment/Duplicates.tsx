import { Alert, List, Text } from '@mantine/core';
import { WarningIcon } from '../../platform/components/icons';
import { AnchorLink } from '../../platform/components/links';
import type { Duplicate } from './documents';
import { enrolText } from './messages';

const t = enrolText.duplicates;

/**
 * People with the same name and birth date (likelyDuplicates), each linked to their page. One with the same
 * identity number is the same person: enrolling them again starts a new period and keeps the old ones.
 */
export function Duplicates({ found, canonical }: { found: Duplicate[]; canonical: string | null }) {
  const same = found.find((d) => d.identityNumber === canonical);
  if (same && !same.enrolments.some((e) => e.exitOn === null)) {
    return (
      <Alert color="blue.9" variant="outline" title={enrolText.again.heading} role="note">
        <Text size="sm" c="gray.9">
          {enrolText.again.text}
        </Text>
        <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: same.id }} size="sm">
          {`${same.firstName} ${same.lastName}, ${same.identityNumber}: ${t.periods(same.enrolments.length)}`}
        </AnchorLink>
      </Alert>
    );
  }
  if (found.length === 0) return null;
  return (
    <Alert color="red.9" variant="outline" icon={<WarningIcon />} title={t.heading} role="note">
      <Text size="sm" c="gray.9">
        {t.text}
      </Text>
      <List size="sm" mt="xs">
        {found.map((d) => (
          <List.Item key={d.id}>
            <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: d.id }}>
              {`${d.firstName} ${d.lastName}, ${d.identityNumber}`}
            </AnchorLink>
            {d.homeMunicipality ? `, ${d.homeMunicipality.label}` : ''}
            {'. '}
            {d.identityNumber === canonical ? t.sameNumber : d.enrolments.some((e) => e.exitOn === null) ? t.openPeriod : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
