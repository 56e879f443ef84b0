import { useMemo } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { useMunicipalityOptions } from '../api/municipalities';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { EmployerFilterOptionsQuery } from '../employers/documents';
import { useViewer } from '../session/session';
import { RegisterPrincipalsQuery, type PrincipalsData } from './documents';
import { EmployerForm } from './EmployerForm';
import type { Option } from './EmployerFields';
import { messages } from './messages';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'sv');

/** "Registrera arbetsgivare": a new employer in the register, for those who may create one (createEmployer). */
export function RegisterEmployerPage() {
  const viewer = useViewer();
  const [options, reloadOptions] = useQuery({ query: EmployerFilterOptionsQuery });
  const [principalsResult, reloadPrincipals] = useQuery({ query: RegisterPrincipalsQuery });
  const municipalities = useMunicipalityOptions();
  const sectors = useMemo(() => (options.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byLabel), [options.data]);
  const principals = useMemo(() => principalChoice(principalsResult.data), [principalsResult.data]);

  const error = options.error ?? municipalities.error ?? principalsResult.error;
  let content;
  if (error) {
    const retry = () => {
      reloadOptions({ requestPolicy: 'network-only' });
      reloadPrincipals({ requestPolicy: 'network-only' });
      municipalities.reload();
    };
    content = <ProblemAlert problem={describeProblem(error)} onRetry={retry} onReload={retry} />;
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

/**
 * The principals the viewer may register an employer for, by name, and the one the API chooses when none is sent:
 * the municipality the viewer's own organisation belongs to.
 */
function principalChoice(data: PrincipalsData | undefined): { options: Option[]; home: string | null } | null {
  if (!data) return null;
  const names = new Map(data.organisations.map((o) => [o.id, o.name]));
  const own = data.organisations.find((o) => o.id === data.viewer.organisationId);
  const home = own ? (own.parentId ?? own.id) : null;
  const options = data.viewer.writablePrincipalIds.map((id) => ({ value: id, label: names.get(id) ?? id })).sort(byLabel);
  return { options, home: home && data.viewer.writablePrincipalIds.includes(home) ? home : (options[0]?.value ?? null) };
}
