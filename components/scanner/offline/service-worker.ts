// Registers public/sw.js and asks it to keep this page and the scripts it loaded (the zxing
// decoder too, which the camera loads on demand), so /scan opens without a connection.
// Service workers need a secure context: HTTPS, or http://localhost and 127.0.0.1.

export type PageCache = "ready" | "unsupported" | "failed";

/** "ready" once the page and its assets are cached; "unsupported" without a secure context. */
export async function enableOfflinePage(): Promise<PageCache> {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return "unsupported";
  await navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" });
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return "failed";
  const ok = (await cacheLoaded(worker)) ? "ready" : "failed";
  // A chunk still loading while the worker started is missed by both the list and the worker's
  // own fetch handler: ask once more a little later (what is cached already is skipped).
  setTimeout(() => void cacheLoaded(worker), 5_000);
  return ok;
}

function cacheLoaded(worker: ServiceWorker): Promise<boolean> {
  const assets = performance
    .getEntriesByType("resource")
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith("/_next/static/"))
    .map((u) => u.pathname + u.search);
  const urls = [location.pathname, ...new Set(assets)];
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<{ ok: boolean }>) => resolve(e.data.ok);
    worker.postMessage({ type: "cache", urls }, [channel.port2]);
  });
}
