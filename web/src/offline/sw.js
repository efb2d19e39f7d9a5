/* global self, caches, __PRECACHE__ */
// The staff app's service worker (issue 12: producers in mountain communes where the signal comes and goes). Built by
// web/pwa-plugin.ts, which fills in the build's files and a version. What it does:
// - the app shell (the entry page and every built file) is cached at install, so the app opens with no connection;
// - GET /api/… answers (the dossier, its forms and drafts, the criteria sheets, the registry records that prefill the
//   forms) go to the network first and are kept, so a page read once opens again offline with its last known data;
//   downloads (PDF, Excel, evidence files) and sign-in are never kept; the page clears them at log-out;
// - nothing is written here: edits wait in the page's outbox (web/src/shared/outbox.ts) and are sent from the page.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SHELL = `ocop-shell-${VERSION}`;
const API = 'ocop-api';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('ocop-shell-') && n !== SHELL).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  // Log-out: nothing read for one user is shown to the next.
  if (event.data && event.data.type === 'clear-api') event.waitUntil(caches.delete(API));
  // What the page loaded before this worker took control (the first visit): kept now, so it opens offline too.
  if (event.data && event.data.type === 'keep' && Array.isArray(event.data.urls))
    event.waitUntil(Promise.all(event.data.urls.map(keepLoaded)));
});

async function keepLoaded(href) {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin) return;
  const name = url.pathname.startsWith('/api/')
    ? keepable(url)
      ? API
      : null
    : url.pathname.startsWith('/assets/')
      ? SHELL
      : null;
  if (!name) return;
  const cache = await caches.open(name);
  if (await cache.match(url.href, { ignoreVary: true })) return;
  const res = await fetch(url.href).catch(() => null);
  if (res && res.ok) await cache.put(url.href, res);
}

/** Never kept: sign-in (but who is signed in is), files made on request, evidence bytes, exports. */
function keepable(url) {
  if (url.pathname.startsWith('/api/auth/') && url.pathname !== '/api/auth/me') return false;
  if (/\.(pdf|xlsx)$/.test(url.pathname) || url.searchParams.get('format') === 'xlsx') return false;
  if (/^\/api\/dossiers\/[^/]+\/evidence\/[^/]+$/.test(url.pathname)) return false;
  return true;
}

async function networkFirst(request, cacheName) {
  // The network's answer whenever there is one, however slow: a kept copy is shown only when the network fails, never
  // in place of a fresher answer (it could show a dossier as it was before the user's own step).
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(request);
    if (res.ok || res.status === 404) cache.put(request, res.clone()).catch(() => undefined);
    return res;
  } catch {
    return (await cache.match(request, { ignoreVary: true })) || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok) cache.put(request, res.clone()).catch(() => undefined);
  return res;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (keepable(url)) event.respondWith(networkFirst(request, API));
    return;
  }
  if (request.mode === 'navigate') {
    // A page of the staff app: the network's, else the kept entry page (the app routes on the client).
    event.respondWith(
      fetch(request).catch(() => caches.match('/', { cacheName: SHELL }).then((r) => r || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || PRECACHE.includes(url.pathname)) event.respondWith(cacheFirst(request));
});
