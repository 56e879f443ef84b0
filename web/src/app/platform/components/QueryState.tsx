import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeProblem } from '../api/errors';
import { PageLoader } from './Page';
import { ProblemAlert } from './ProblemAlert';

interface QueryStateProps<Data> {
  /** The state useQuery gives */
  state: { data?: Data; error?: CombinedError; fetching: boolean };
  /** useQuery's reexecute: "Försök igen" asks the server again */
  reload(options: { requestPolicy: 'network-only' }): void;
  /** Drawn once the data is there */
  children(data: Data): ReactNode;
}

/** A query's problem (with "Försök igen"), the loader while the first answer is on its way, then what the data shows. */
export function QueryState<Data>({ state: { data, error, fetching }, reload, children }: QueryStateProps<Data>) {
  return (
    <>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data !== undefined && children(data)}
    </>
  );
}
