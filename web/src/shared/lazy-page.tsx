// A page of the app loaded only when first shown (its own chunk of the build): the log-in page and a producer's first
// screen do not download the pages of the offices, councils and inspections. The page shows a spinner while its chunk
// arrives; after a new build the old chunks are gone, so a failed load reloads the app once to get the new entry.
import { lazy, Suspense, type ComponentType } from 'react';
import { Spin } from 'antd';

const RELOADED = 'ocop.chunkReload';

function reloadOnce(err: unknown): never {
  // The app's entry page is never cached (Cache-Control: no-cache), so a reload brings the new build's chunk names.
  if (sessionStorage.getItem(RELOADED) === null) {
    sessionStorage.setItem(RELOADED, '1');
    location.reload();
  }
  throw err;
}

/**
 * `lazyPage(() => import('./X.tsx'), 'XPage')`: the component `XPage` of that module, loaded on first render — or
 * earlier by `preload()`, e.g. while the app still asks the server who is signed in.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] & { preload(): void } {
  let loading: Promise<M> | undefined;
  const once = () => (loading ??= load());
  const Lazy = lazy(() =>
    once().then(
      (m) => {
        sessionStorage.removeItem(RELOADED);
        return { default: m[name] as ComponentType<object> };
      },
      (err: unknown) => reloadOnce(err),
    ),
  );
  function Page(props: object) {
    return (
      <Suspense fallback={<Spin size="large" className="center-page" />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  Page.displayName = `Lazy(${String(name)})`;
  Page.preload = () => void once().catch(() => undefined);
  return Page as unknown as M[K] & { preload(): void };
}
