// Fairlead's service worker, hand-written and small: it lets a paired booth phone open /scan
// without a connection (docs/decisions/010-offline-sync.md). Scans made offline are kept by the
// page itself, in IndexedDB; this worker only keeps the page and its scripts.
//   /scan (navigation):      network first; the last good copy when the network fails or stalls
//   /_next/static/* (hashed): cache first, kept as they are fetched (the zxing chunk included)
//   /decoder/*.wasm:         cache first; the one below is fetched with the page's other assets
//                            (ZXing C++, loaded by the decode worker: docs/decisions/040)
//   manifest, icons:         network first, cached copy as fallback (favicon too)
// Everything else (server actions, /api/booth/sync, other pages) goes to the network untouched.
const CACHE = "fairlead-booth-v1";
const PAGES = ["/scan"];
// Versioned by zxing-wasm's version (lib/scanner/decoder-asset.ts; a unit test keeps them equal).
const DECODER = ["/decoder/zxing_reader-3.1.8.wasm"];
// app/'s icon files: Next links them from every page (the query string is a content hash).
const APP_ICONS = ["/favicon.ico", "/icon.svg", "/apple-icon.png"];
const NETWORK_WAIT_MS = 4000; // a venue network that accepts the connection but never answers

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The page sends the URLs it loaded before this worker was in control; the reply says whether
// all of them are cached, which the page shows as "this phone can scan offline".
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "cache" || !Array.isArray(event.data.urls)) return;
  const port = event.ports[0];
  event.waitUntil(
    cacheUrls([...event.data.urls, ...DECODER]).then(
      (ok) => port && port.postMessage({ ok }),
      () => port && port.postMessage({ ok: false }),
    ),
  );
});

async function cacheUrls(urls) {
  const cache = await caches.open(CACHE);
  const done = await Promise.all(
    urls.filter((u) => typeof u === "string" && kindOf(new URL(u, self.location.origin)) !== null).map(async (url) => {
      const page = PAGES.includes(new URL(url, self.location.origin).pathname);
      if (!page && (await cache.match(url))) return true;
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok || response.redirected) return false;
      await cache.put(page ? new URL(url, self.location.origin).pathname : url, response);
      return true;
    }),
  );
  return done.every(Boolean);
}

function kindOf(url) {
  if (url.origin !== self.location.origin) return null;
  if (PAGES.includes(url.pathname)) return "page";
  if (url.pathname.startsWith("/_next/static/") || DECODER.includes(url.pathname)) return "static";
  if (url.pathname === "/manifest.webmanifest" || url.pathname.startsWith("/icons/") || APP_ICONS.includes(url.pathname)) return "app";
  return null;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const kind = kindOf(url);
  if (kind === "page" && request.mode === "navigate") event.respondWith(networkFirst(request, url.pathname));
  else if (kind === "static" && request.destination === "worker" && url.hash.startsWith("#params=")) event.respondWith(workerBootstrap(request, url));
  else if (kind === "static") event.respondWith(cacheFirst(request));
  else if (kind === "app") event.respondWith(networkFirst(request, url.pathname));
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const cached = () => cache.match(key, { ignoreVary: true });
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  network.catch(() => {}); // when the cached copy won the race, a late failure is expected
  const stalled = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS)).then(async () => (await cached()) || network);
  try {
    return await Promise.race([network, stalled]);
  } catch {
    return (await cached()) || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// The decode worker's bootstrap (Turbopack's) reads its chunk list from its own address's
// fragment (#params=…), which a response from this worker loses: the worker would stop with
// "Missing worker bootstrap config", online as offline. The script (cached like any other) is
// served inside a function that hands it its address, fragment included.
async function workerBootstrap(request, url) {
  const script = await cacheFirst(request);
  if (!script.ok) return script;
  const body = `(function (location) {\n${await script.text()}\n})(new URL(${JSON.stringify(url.href)}));`;
  return new Response(body, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
