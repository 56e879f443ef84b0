import { useMemo } from 'react';
import { useQuery } from 'urql';
import { firstProblem } from '../../platform/api/errors';
import { useMunicipalityOptions } from '../../platform/api/municipalities';
import { principalChoice, WritablePrincipalsQuery } from '../../platform/api/principals';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { EnrolForm } from './EnrolForm';
import { enrolText } from './messages';

/** "Skriv in person": enrolment at first contact, for those who may enrol (enrolCandidate). */
export function EnrolPage() {
  const [options, reloadOptions] = useQuery({ query: WritablePrincipalsQuery });
  const municipalities = useMunicipalityOptions();
  const principals = useMemo(() => principalChoice(options.data), [options.data]);

  const { problem, retry } = firstProblem([{ error: options.error, reload: () => reloadOptions({ requestPolicy: 'network-only' }) }, municipalities]);
  let content;
  if (problem) {
    content = <ProblemAlert problem={problem} onRetry={retry} onReload={retry} />;
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
