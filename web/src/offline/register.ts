// Registers the service worker (web/src/offline/sw.js, emitted by web/pwa-plugin.ts on build) so the staff app
// installs and opens offline; and clears its kept API answers at log-out.

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  // After the page's own loading, so the first visit is not slowed down.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined); // dev server: no worker, nothing to do
    // What this page loaded before the worker was there: the worker keeps it too (first visit).
    void navigator.serviceWorker.ready.then((reg) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(location.origin));
      reg.active?.postMessage({ type: 'keep', urls });
    });
  });
}

/** Log-out: nothing read for one user is kept for the next. */
export async function clearOfflineData(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: 'clear-api' });
  await globalThis.caches?.delete('ocop-api').catch(() => false);
}
