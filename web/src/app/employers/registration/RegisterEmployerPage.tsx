import { useMemo } from 'react';
import { useQuery } from 'urql';
import { firstProblem } from '../../platform/api/errors';
import { useMunicipalityOptions } from '../../platform/api/municipalities';
import { principalChoice, WritablePrincipalsQuery } from '../../platform/api/principals';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { EmployerFilterOptionsQuery } from '../documents';
import { useViewer } from '../../platform/session/session';
import { EmployerForm } from './EmployerForm';
import type { Option } from './EmployerFields';
import { messages } from './messages';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'sv');

/** "Registrera arbetsgivare": a new employer in the register, for those who may create one (createEmployer). */
export function RegisterEmployerPage() {
  const viewer = useViewer();
  const [options, reloadOptions] = useQuery({ query: EmployerFilterOptionsQuery });
  const [principalsResult, reloadPrincipals] = useQuery({ query: WritablePrincipalsQuery });
  const municipalities = useMunicipalityOptions();
  const sectors = useMemo(() => (options.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byLabel), [options.data]);
  const principals = useMemo(() => principalChoice(principalsResult.data), [principalsResult.data]);

  const { problem, retry } = firstProblem([
    { error: options.error, reload: () => reloadOptions({ requestPolicy: 'network-only' }) },
    municipalities,
    { error: principalsResult.error, reload: () => reloadPrincipals({ requestPolicy: 'network-only' }) },
  ]);
  let content;
  if (problem) {
    content = <ProblemAlert problem={problem} onRetry={retry} onReload={retry} />;
  } else if (!options.data || municipalities.options.length === 0 || !principals) {
    content = <PageLoader />;
  } else {
    content = (
      <EmployerForm
        viewer={viewer}
        municipalities={municipalities.options}
        sectors={sectors}
        principals={principals.options}
        homePrincipalId={principals.home}
      />
    );
  }

  return (
    <Page title={messages.title} intro={messages.intro}>
      {content}
    </Page>
  );
}
