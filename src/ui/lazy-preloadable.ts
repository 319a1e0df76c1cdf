import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface PreloadableComponent<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the code (once); settles when it has loaded, or fails as the import did. */
  preload: () => Promise<unknown>;
}

/**
 * `React.lazy` for code the page can start loading before the component renders. React reveals a Suspense
 * boundary's content no sooner than 300 ms after it last showed a fallback, so a view that suspended on its code
 * appeared up to 300 ms after the code had arrived. Once `preload` has settled, the component renders at once and
 * never suspends: its factory answers with a thenable that settles synchronously, which `React.lazy` reads before
 * it would suspend. Before then it suspends as any lazy component does.
 */
export function lazyPreloadable<P>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download may succeed when the view asks again.
        loading = undefined;
        throw error;
      },
    ));
  const Component = lazy(() =>
    loaded === undefined ? preload().then((component) => ({ default: component })) : settledNow({ default: loaded }),
  );
  return { Component, preload };
}

/** A thenable that calls back before `then` returns, typed as the promise `React.lazy` asks for. */
function settledNow<T>(value: T): Promise<T> {
  const thenable = { then: (onFulfilled: (value: T) => unknown) => onFulfilled(value) };
  return thenable as unknown as Promise<T>;
}
