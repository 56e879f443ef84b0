import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { ChangeHistory } from '../history/ChangeHistory';
import { describeProblem } from '../platform/api/errors';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { PersonTabs } from './path/PersonTabs';
import { mayUse, useViewer } from '../platform/session/session';
import { CandidateQuery } from './documents';
import { candidatesText } from './messages';
import { OpeningsForCandidate } from './OpeningsForCandidate';
import { ProfileSections } from './ProfileSections';

const t = candidatesText.profile;

/**
 * A person's profile as the viewer's role may read it: the name and identity number as the API gives them (masked
 * for most roles), what bears on work, the wishes, the work limitations (never a diagnosis: Brygga has none), the
 * consents, and the open openings ranked for the person. The API writes every read to the access log.
 */
export function CandidatePage({ candidateId }: { candidateId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({
    query: CandidateQuery,
    variables: { id: candidateId },
  });
  const person = data?.candidate;
  const retry = () => reload({ requestPolicy: 'network-only' });

  return (
    <Page title={person ? `${person.firstName} ${person.lastName}` : t.title} intro={t.intro}>
      <AnchorLink to="/arbetssokande">{t.backToList}</AnchorLink>
      <PersonTabs candidateId={candidateId} current="profile" />
      {fetching && !data && <PageLoader />}
      {error && !data && <ProblemAlert problem={describeProblem(error)} onRetry={retry} onReload={retry} />}
      {person && (
        <Stack gap="xl">
          <section aria-labelledby="uppgifter">
            <Text component="h2" id="uppgifter" className="visually-hidden">
              {t.aboutHeading}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
              <Fact term={t.identity} value={person.identityNumber} />
              <Fact term={t.municipality} value={person.homeMunicipality?.label ?? candidatesText.none} />
              <Fact term={t.addressArea} value={person.addressArea ?? candidatesText.none} />
              <Fact term={t.earliestStart} value={person.earliestStartOn ? formatDate(person.earliestStartOn) : t.now} />
            </SimpleGrid>
          </section>
          <ProfileSections person={person} />
          {mayUse(viewer, 'rankOpeningsForCandidate') && <OpeningsForCandidate candidateId={person.id} />}
          <ChangeHistory kind="candidate" id={person.id} />
        </Stack>
      )}
    </Page>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" fw={700} m={0}>
        {term}:
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </Group>
  );
}
