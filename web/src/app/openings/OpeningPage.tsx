import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { ChangeHistory } from '../history/ChangeHistory';
import { describeProblem } from '../platform/api/errors';
import { Facts } from '../platform/components/Facts';
import { AnchorLink, ButtonLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { formatNumber } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { CheckInsSection } from './CheckInsSection';
import { OpeningQuery, type OpeningDetail } from './documents';
import { Section } from './Section';
import { openingsText } from './messages';
import { OpeningStatusActions } from './OpeningStatusActions';
import { INTERNSHIP_KINDS } from './search';

const t = openingsText.opening;
const none = openingsText.none;

/** One opening as a recruiter reads it on the phone with the employer: what, where, when, what it requires, and its status. */
export function OpeningPage({ openingId }: { openingId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: OpeningQuery, variables: { id: openingId } });
  const refetch = () => reload({ requestPolicy: 'network-only' });

  if (!data) {
    if (fetching || !error) return <PageLoader />;
    return (
      <Page title={openingsText.list.title}>
        <ProblemAlert problem={describeProblem(error)} onRetry={refetch} />
      </Page>
    );
  }
  const opening = data.opening;
  const internship = INTERNSHIP_KINDS.includes(opening.kind);
  // FILLED and CLOSED are final: the API refuses changes to them
  const editable = opening.nextStatuses.length > 0 && mayUse(viewer, 'updateOpening');

  return (
    <Page title={opening.title}>
      {(editable || mayUse(viewer, 'rankCandidatesForOpening')) && (
        <Group gap="sm" role="group" aria-label={t.actions}>
          {editable && (
            <ButtonLink to="/platser/$openingId/redigera" params={{ openingId }} variant="outline">
              {t.edit}
            </ButtonLink>
          )}
          {mayUse(viewer, 'rankCandidatesForOpening') && (
            <ButtonLink to="/platser/$openingId/matchning" params={{ openingId }} variant="filled">
              {t.rank}
            </ButtonLink>
          )}
        </Group>
      )}
      <OpeningStatusActions opening={opening} onChanged={refetch} />
      <Section id="om-platsen" title={t.about}>
        <Facts items={aboutFacts(opening)} />
      </Section>
      <Section id="krav" title={t.requirements}>
        <Requirements opening={opening} />
      </Section>
      <ChangeHistory kind="opening" id={opening.id} />
      {internship && (
        <Section id="handledare" title={t.supervisor}>
          {opening.supervisorName || opening.supervisorPhone || opening.supervisorEmail ? (
            <Facts
              items={[
                [t.supervisorName, opening.supervisorName ?? none],
                [
                  t.supervisorPhone,
                  opening.supervisorPhone ? (
                    <Anchor href={`tel:${opening.supervisorPhone.replace(/[^\d+]/g, '')}`} c="blue.9" underline="always">
                      {opening.supervisorPhone}
                    </Anchor>
                  ) : (
                    none
                  ),
                ],
                [
                  t.supervisorEmail,
                  opening.supervisorEmail ? (
                    <Anchor href={`mailto:${opening.supervisorEmail}`} c="blue.9" underline="always">
                      {opening.supervisorEmail}
                    </Anchor>
                  ) : (
                    none
                  ),
                ],
                [t.period, period(opening)],
              ]}
            />
          ) : (
            <Text>{t.noSupervisor}</Text>
          )}
        </Section>
      )}
      {internship && <CheckInsSection opening={opening} onAdded={refetch} />}
    </Page>
  );
}

function aboutFacts(opening: OpeningDetail): Array<[string, ReactNode]> {
  const address = [opening.street, opening.postalCode].filter(Boolean).join(', ');
  return [
    [
      t.employer,
      opening.employer ? (
        <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: opening.employer.id }}>
          {opening.employer.name}
        </AnchorLink>
      ) : (
        none
      ),
    ],
    [t.kind, openingsText.kind[opening.kind] ?? opening.kind],
    [t.status, openingsText.status[opening.status] ?? opening.status],
    [t.occupation, opening.occupation?.label ?? none],
    [t.sector, opening.sector?.name ?? none],
    [t.team, opening.team?.name ?? t.noTeam],
    [t.municipality, opening.municipality?.label ?? none],
    [t.address, address || none],
    [t.startOn, formatDate(opening.startOn)],
    [t.applicationDeadline, opening.applicationDeadline ? formatDate(opening.applicationDeadline) : t.noDeadline],
    [t.places, formatNumber(opening.places)],
    [t.hoursPerWeek, opening.hoursPerWeek ? t.hours(opening.hoursPerWeek) : none],
    [t.worktime, opening.worktime?.label ?? none],
  ];
}

function period(opening: OpeningDetail): string {
  if (!opening.periodStartOn && !opening.periodEndOn) return none;
  return `${opening.periodStartOn ? formatDate(opening.periodStartOn) : none} – ${opening.periodEndOn ? formatDate(opening.periodEndOn) : none}`;
}

function Requirements({ opening }: { opening: OpeningDetail }) {
  return (
    <Stack gap="md">
      <SkillList title={t.requiredSkills} skills={opening.requiredSkills} />
      <SkillList title={t.preferredSkills} skills={opening.preferredSkills} />
      <Facts
        items={[
          [t.licences, opening.requiredLicences.map((l) => l.label).join(', ') || t.noLicences],
          [t.swedish, opening.minSwedishLevel ? (openingsText.swedishLevel[opening.minSwedishLevel] ?? opening.minSwedishLevel) : t.noSwedish],
          ...(opening.minSwedishLevel ? [[t.swedishReason, opening.swedishLevelReason ?? none] as [string, string]] : []),
          [t.commute, commuteLimit(opening)],
          [t.languages, <LanguageNeeds needs={opening.languageNeeds} />],
        ]}
      />
    </Stack>
  );
}

/** The limit the ranking applies: the opening's own, or its kind's default said to be one. */
function commuteLimit(opening: OpeningDetail): string {
  if (opening.maxCommuteMinutes !== null && opening.maxCommuteMinutes !== undefined) return t.commuteOwn(opening.commuteLimitMinutes);
  return t.commuteDefault(opening.commuteLimitMinutes, openingsText.commuteDefaultFor[opening.kind] ?? openingsText.kind[opening.kind] ?? opening.kind);
}

function LanguageNeeds({ needs }: { needs: OpeningDetail['languageNeeds'] }) {
  if (needs.length === 0) return t.noLanguages;
  return (
    <List component="ul" spacing={4}>
      {needs.map((need) => (
        <List.Item key={need.languageConceptId}>
          <strong>{need.language?.label ?? need.languageConceptId}</strong>, {t.languageLevel(need.minLevel?.label ?? need.minLevelConceptId)}
          <Text size="sm">{t.languageReason(need.reason)}</Text>
        </List.Item>
      ))}
    </List>
  );
}

function SkillList({ title, skills }: { title: string; skills: OpeningDetail['requiredSkills'] }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {skills.length === 0 ? (
        <Text>{t.noSkills}</Text>
      ) : (
        <List spacing={2}>
          {skills.map((s) => (
            <List.Item key={s.skillConceptId}>
              {s.skill?.label ?? s.skillConceptId}{' '}
              <Text span c="gray.8">
                ({openingsText.weight(s.weight)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
