import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { AnchorLink } from '../platform/components/links';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { OpeningsForCandidateQuery } from './documents';
import { candidatesText } from './messages';

const t = candidatesText.profile;

/** The open openings that suit the person best, each with its score, its sentence and a link to the opening. */
export function OpeningsForCandidate({ candidateId }: { candidateId: string }) {
  const [{ data, error, fetching }, reload] = useQuery({
    query: OpeningsForCandidateQuery,
    variables: { candidateId },
  });
  const result = data?.rankOpeningsForCandidate;
  return (
    <section aria-labelledby="platser-for-personen">
      <Title order={2} id="platser-for-personen" size="h3" mb="xs">
        {t.openingsHeading}
      </Title>
      <Text mb="sm">{t.openingsIntro}</Text>
      {fetching && !data && (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text c="gray.8">{t.openingsLoading}</Text>
        </Group>
      )}
      {error && !data && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {result && result.ranked.length === 0 && <Text>{t.openingsEmpty}</Text>}
      {result && result.ranked.length > 0 && (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {result.ranked.map(({ opening, score, explanation }) => (
            <li key={opening.id}>
              <Paper withBorder p="sm">
                <Group justify="space-between" align="baseline" gap="sm">
                  <Text fw={700}>
                    <AnchorLink to="/platser/$openingId" params={{ openingId: opening.id }}>
                      {opening.title}
                    </AnchorLink>
                    {opening.employer && (
                      <Text span fw={400} c="gray.8">
                        {' '}
                        – {opening.employer.name}
                        {opening.municipality && `, ${opening.municipality.label}`}
                      </Text>
                    )}
                  </Text>
                  <Text fw={700}>{t.openingScore(score)}</Text>
                </Group>
                <Text size="sm">{explanation}</Text>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
      {result && result.excludedCount > 0 && (
        <Text size="sm" mt="sm" c="gray.8">
          {t.openingsExcluded(result.excludedCount)}
        </Text>
      )}
    </section>
  );
}
