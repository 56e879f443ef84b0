import { List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../platform/i18n/dates';
import { ConsentStatus } from './ConsentStatus';
import { SHARE_WITH_EMPLOYERS } from './consent';
import type { CandidateProfile } from './documents';
import { candidatesText } from './messages';

const t = candidatesText.profile;

/** The profile's parts, each under its own heading so that a screen-reader user can jump between them. */
export function ProfileSections({ person }: { person: CandidateProfile }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Section id="kompetenser" title={t.skillsHeading}>
        <Items items={person.skills.map((s) => s.label)} empty={t.noSkills} />
        {person.certificates.length > 0 && <Line term={t.certificates} value={person.certificates.join(', ')} />}
        <Line term={t.licences} value={person.impliedDrivingLicences.map((l) => l.label).join(', ') || t.noLicences} />
      </Section>
      <Section id="sprak" title={t.languagesHeading}>
        <Line term={t.swedish} value={candidatesText.swedishLevel[person.swedishLevel] ?? person.swedishLevel} />
        {person.languages.length === 0 ? (
          <Text>{t.noLanguages}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} aria-label={t.languagesCaption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.language}</Table.Th>
                <Table.Th scope="col">{t.level}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.languages.map((l) => (
                <Table.Tr key={l.languageConceptId}>
                  <Table.Th scope="row" fw={400}>
                    {l.language?.label ?? t.unknownConcept(l.languageConceptId)}
                  </Table.Th>
                  <Table.Td>{l.level?.label ?? t.unknownConcept(l.levelConceptId)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section id="onskemal" title={t.wishesHeading}>
        <Line term={t.wantedOccupations} value={person.wantedOccupations.map((o) => o.label).join(', ') || candidatesText.none} />
        <Line term={t.wantedSectors} value={person.wantedSectors.map((s) => s.name).join(', ') || candidatesText.none} />
        <Line term={t.wantedWorktime} value={person.wantedWorktimes.map((w) => w.label).join(', ') || t.eitherWorktime} />
        <Line term={t.internship} value={person.wantsInternship ? t.wantsInternship : t.noInternship} />
        <Line term={t.travelMode} value={candidatesText.travelMode[person.travelMode] ?? person.travelMode} />
        <Line term={t.maxCommute} value={person.maxCommuteMinutes ? t.maxCommuteValue(person.maxCommuteMinutes) : t.noMaxCommute} />
      </Section>
      <Section id="erfarenhet" title={t.experienceHeading}>
        {person.experience.length === 0 ? (
          <Text>{t.noExperience}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} aria-label={t.experienceCaption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.occupation}</Table.Th>
                <Table.Th scope="col">{t.years}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.experience.map((e) => (
                <Table.Tr key={e.occupationConceptId}>
                  <Table.Th scope="row" fw={400}>
                    {e.occupation?.label ?? t.unknownConcept(e.occupationConceptId)}
                  </Table.Th>
                  <Table.Td>{t.yearsValue(e.years)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section id="begransningar" title={t.limitationsHeading}>
        <Items items={person.workLimitations.map((w) => candidatesText.workLimitation[w] ?? w)} empty={t.noLimitations} />
      </Section>
      <Section id="samtycken" title={t.consentsHeading}>
        <Text fw={700} size="sm">
          {t.shareConsent}
        </Text>
        <ConsentStatus consents={person.consents} />
        <OtherConsents consents={person.consents.filter((c) => c.purpose !== SHARE_WITH_EMPLOYERS)} />
      </Section>
    </SimpleGrid>
  );
}

function OtherConsents({ consents }: { consents: CandidateProfile['consents'] }) {
  if (consents.length === 0) return null;
  return (
    <>
      <Text fw={700} size="sm" mt="xs">
        {t.otherConsents}
      </Text>
      <List size="sm" spacing={2}>
        {consents.map((c) => (
          <List.Item key={c.id}>
            {candidatesText.purpose[c.purpose] ?? c.purpose}
            {c.recipient && ` (${c.recipient})`}: {c.withdrawnAt ? t.consentWithdrawn(formatDate(c.withdrawnAt)) : t.consentGiven(formatDate(c.givenAt))}
          </List.Item>
        ))}
      </List>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} size="h3" mb="xs">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </section>
  );
}

function Items({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Text>{empty}</Text>;
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

function Line({ term, value }: { term: string; value: string }) {
  return (
    <Text size="sm">
      <strong>{term}:</strong> {value}
    </Text>
  );
}
