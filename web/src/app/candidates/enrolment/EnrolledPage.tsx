import { Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { Facts } from '../../platform/components/Facts';
import { AnchorLink, ButtonLink } from '../../platform/components/links';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import { EnrolledQuery } from './documents';
import { enrolText } from './messages';
import { NextStep } from './NextStep';

const t = enrolText.done;

/**
 * After enrolment: the person as the API holds them (the identity number as the viewer's role may see it), a new
 * period said to be one, and the start of the path (NextStep) to go straight on with.
 */
export function EnrolledPage({ candidateId }: { candidateId: string }) {
  const [{ data, error }, reload] = useQuery({ query: EnrolledQuery, variables: { id: candidateId } });
  if (error) return <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoader />;
  const person = data.candidate;
  const name = `${person.firstName} ${person.lastName}`;
  const open = person.enrolments.find((e) => e.exitOn === null);
  const earlier = person.enrolments.length - (open ? 1 : 0);
  return (
    <Page title={t.title(name)}>
      <Stack gap="xs">
        <Text role="status" fw={700}>
          {t.status(name)}
        </Text>
        {open && earlier > 0 && <Text>{t.again(earlier)}</Text>}
      </Stack>
      <Facts items={[[t.identityNumber, person.identityNumber], open ? [t.firstContactOn, formatDate(open.firstContactOn)] : null]} />
      <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId }} fw={700}>
        {t.personPage}
      </AnchorLink>
      <NextStep candidateId={candidateId} onChanged={() => undefined} />
      <div>
        <ButtonLink to="/inskrivning" variant="outline">
          {t.another}
        </ButtonLink>
      </div>
    </Page>
  );
}
