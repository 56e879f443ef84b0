import { Stack } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ChangeHistory } from '../../history/ChangeHistory';
import type { CombinedError } from '@urql/core';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { AnchorLink } from '../../platform/components/links';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { sv } from '../../platform/i18n/sv';
import { mayUse, useViewer } from '../../platform/session/session';
import { ContactPersons } from './ContactPersons';
import { EmployerCardQuery, EmployerOpeningsQuery, LARGEST_PAGE } from './documents';
import { EmployerFacts } from './EmployerFacts';
import { EmployerOpenings } from './EmployerOpenings';
import { LogContactForm } from './LogContactForm';
import { cardText } from './messages';
import { SkillNeeds } from './SkillNeeds';
import { Timeline } from './Timeline';

/**
 * The employer card, what a business developer reads between two visits: the facts, who to call, every contact
 * logged and what was agreed, the skill needs and the openings made from them; logging a contact takes one form.
 */
export function EmployerCardPage({ employerId }: { employerId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: EmployerCardQuery, variables: { id: employerId } });
  /** Bumped when a contact is logged or an opening made, so the timeline, the needs and the openings are read again. */
  const [changes, setChanges] = useState(0);
  const reloadCard = () => reload({ requestPolicy: 'network-only' });
  const mayReadOpenings = mayUse(viewer, 'openings');
  const [openings, reloadOpenings] = useQuery({
    query: EmployerOpeningsQuery,
    variables: { employerId, limit: LARGEST_PAGE },
    pause: !mayReadOpenings,
  });

  if (!data) {
    return (
      <Page title={cardText.fallbackTitle}>
        {fetching && <PageLoader />}
        {error && !fetching && <ProblemAlert problem={cardProblem(error)} onRetry={reloadCard} onReload={reloadCard} />}
        <AnchorLink to="/arbetsgivare">{cardText.backToList}</AnchorLink>
      </Page>
    );
  }

  const employer = data.employer;
  const changed = () => {
    setChanges((n) => n + 1);
    if (mayReadOpenings) reloadOpenings({ requestPolicy: 'network-only' });
  };
  return (
    <DatesProvider settings={{ locale: 'sv' }}>
      <Page title={employer.name}>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={reloadCard} onReload={reloadCard} />}
        <Stack gap="xl">
          <EmployerFacts employer={employer} />
          <ContactPersons employer={employer} mayEdit={mayUse(viewer, 'updateEmployer')} onReload={reloadCard} />
          {mayUse(viewer, 'logEmployerContact') && <LogContactForm employerId={employer.id} onLogged={changed} />}
          <Timeline employerId={employer.id} changes={changes} />
          <SkillNeeds
            employerId={employer.id}
            changes={changes}
            openings={openings.data?.openings.items ?? []}
            mayCreate={mayUse(viewer, 'createOpeningFromSkillNeed')}
            onCreated={changed}
          />
          {mayReadOpenings && <EmployerOpenings result={openings} onRetry={() => reloadOpenings({ requestPolicy: 'network-only' })} />}
          <ChangeHistory kind="employer" id={employer.id} />
        </Stack>
      </Page>
    </DatesProvider>
  );
}

/** An address with a malformed id names no employer: the person is told so, not that a field needs correcting. */
function cardProblem(error: CombinedError): Problem {
  const problem = describeProblem(error);
  return problem.kind === 'invalid' && fieldError(problem, 'id') ? { kind: 'not-found', message: sv.errors.notFound, fields: {} } : problem;
}
