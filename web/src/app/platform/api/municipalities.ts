import { useCallback, useMemo } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../graphql';

/**
 * Sweden's 290 municipalities (a workplace may be in any of them), in three pages of the API's largest page size
 * (100): the taxonomy has no "all" for one type.
 */
export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities1: taxonomyConcepts(type: "municipality", limit: 100, offset: 0) {
      items {
        id
        label
      }
    }
    municipalities2: taxonomyConcepts(type: "municipality", limit: 100, offset: 100) {
      items {
        id
        label
      }
    }
    municipalities3: taxonomyConcepts(type: "municipality", limit: 100, offset: 200) {
      items {
        id
        label
      }
    }
  }
`);

const CONCEPT_ID = /^[A-Za-z0-9_]{1,20}$/;

/** A municipality's concept id from the address (a list's `kommun`), or undefined when it could not be one (a hand-edited link). */
export function conceptIdFrom(value: unknown): string | undefined {
  return typeof value === 'string' && CONCEPT_ID.test(value) ? value : undefined;
}

export interface MunicipalityOption {
  /** JobTech municipality concept id */
  value: string;
  label: string;
}

export interface MunicipalityOptions {
  /** In Swedish alphabetical order (Å, Ä, Ö last); empty while on their way */
  options: MunicipalityOption[];
  /** Set while the list has not arrived: the caller shows it with ProblemAlert */
  error: CombinedError | undefined;
  /** Asks the API again, past the cache (Försök igen) */
  reload(): void;
}

/** The municipalities as options for a Select: the employer list's and the openings list's filter, and the forms. */
export function useMunicipalityOptions(): MunicipalityOptions {
  const [{ data, error }, reexecute] = useQuery({ query: MunicipalitiesQuery });
  const options = useMemo(
    () =>
      data
        ? [...data.municipalities1.items, ...data.municipalities2.items, ...data.municipalities3.items]
            .map((m) => ({ value: m.id, label: m.label }))
            .sort((a, b) => a.label.localeCompare(b.label, 'sv'))
        : [],
    [data],
  );
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { options, error, reload };
}
