import { useMemo } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { useMunicipalityOptions } from '../api/municipalities';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { EnrolOptionsQuery, type EnrolOptions } from './documents';
import { EnrolForm } from './EnrolForm';
import { enrolText } from './messages';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'sv');

/** "Skriv in person": enrolment at first contact, for those who may enrol (enrolCandidate). */
export function EnrolPage() {
  const [options, reloadOptions] = useQuery({ query: EnrolOptionsQuery });
  const municipalities = useMunicipalityOptions();
  const principals = useMemo(() => principalChoice(options.data), [options.data]);

  const error = options.error ?? municipalities.error;
  let content;
  if (error) {
    const retry = () => {
      reloadOptions({ requestPolicy: 'network-only' });
      municipalities.reload();
    };
    content = <ProblemAlert problem={describeProblem(error)} onRetry={retry} onReload={retry} />;
  } else if (!principals || municipalities.options.length === 0) {
    content = <PageLoader />;
  } else {
    content = <EnrolForm municipalities={municipalities.options} principals={principals.options} homePrincipalId={principals.home} />;
  }
  return (
    <Page title={enrolText.title} intro={enrolText.intro}>
      {content}
    </Page>
  );
}

/** The principals the viewer writes for, by name, and the one the API chooses when none is sent (their own municipality). */
function principalChoice(data: EnrolOptions | undefined) {
  if (!data) return null;
  const names = new Map(data.organisations.map((o) => [o.id, o.name]));
  const own = data.organisations.find((o) => o.id === data.viewer.organisationId);
  const home = own ? (own.parentId ?? own.id) : null;
  const options = data.viewer.writablePrincipalIds.map((id) => ({ value: id, label: names.get(id) ?? id })).sort(byLabel);
  return { options, home: home && data.viewer.writablePrincipalIds.includes(home) ? home : (options[0]?.value ?? null) };
}
