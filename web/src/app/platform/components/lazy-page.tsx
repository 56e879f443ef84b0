import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { PageLoader } from './Page';

/**
 * A screen loaded when it is first visited, so that the first page's script holds only the shell and that screen:
 * `lazyPage(() => import('./OpeningsPage'), 'OpeningsPage')` in openings/routes.tsx.
 */
export function lazyPage<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): ComponentType<P> {
  const Component = lazy(async () => ({ default: (await load())[name] })) as unknown as ComponentType<P>;
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoader />}>
        <Component {...props} />
      </Suspense>
    );
  };
}

/** The same, for a piece of a page that is heavy and not always shown. */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}
