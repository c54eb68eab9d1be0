// What `npm run bench:scan` times, taken inside the page (performance.now(), ms since the
// navigation started) so that no Playwright polling delay is counted. Installed with
// page.addInitScript before any of the app's code runs; it only observes, through the web
// APIs the scanner uses, and changes nothing the app does:
//   camera   the page asks for the camera (getUserMedia)
//   frame    the <video> has its first camera frame ("loadeddata"): the camera has started
//   ready    the status line says the decoder is loaded ("Point the camera at …")
//   grab     the first frame is taken for decoding (the decode loop's createImageBitmap)
//   read     a badge was read: the page asks the server to open the scan (a Server Action fetch)
//   consent  the consent screen's heading "Hi <first name>!" is in the document
// plus each decode's start and duration in the decode worker (its answers carry them), and every
// long task (> 50 ms) of the page's main thread (Long Tasks API).

export type Marks = Partial<Record<"camera" | "frame" | "ready" | "grab" | "read" | "consent", number>>;
export type PageTimings = { marks: Marks; decodes: Array<[start: number, ms: number]>; longTasks: Array<[start: number, ms: number]> };

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function instrumentScanPage(firstName: string) {
  const timings: PageTimings = { marks: {}, decodes: [], longTasks: [] };
  (window as unknown as { __scanBench: PageTimings }).__scanBench = timings;
  const mark = (name: keyof Marks) => {
    timings.marks[name] ??= performance.now();
  };

  const media = navigator.mediaDevices;
  const getUserMedia = media.getUserMedia.bind(media);
  media.getUserMedia = (constraints?: MediaStreamConstraints) => {
    mark("camera");
    return getUserMedia(constraints);
  };
  document.addEventListener("loadeddata", (e) => e.target instanceof HTMLVideoElement && mark("frame"), true);

  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) timings.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: "longtask", buffered: true });

  const takeBitmap = window.createImageBitmap.bind(window) as (...args: unknown[]) => Promise<ImageBitmap>;
  window.createImageBitmap = ((...args: unknown[]) => {
    mark("grab");
    return takeBitmap(...args);
  });
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", (e: MessageEvent<{ type?: string; ms?: number }>) => {
        if (e.data.type === "result" && typeof e.data.ms === "number") timings.decodes.push([performance.now() - e.data.ms, e.data.ms]);
      });
    }
  };

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
  const fetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    if (init?.headers && new Headers(init.headers).has("next-action")) mark("read");
    return fetch.call(this, input, init);
  };

  const heading = `Hi ${firstName}!`;
  new MutationObserver(() => {
    if (!timings.marks.ready && document.querySelector('[data-testid="camera-status"]')?.textContent?.startsWith("Point the camera")) mark("ready");
    if (!timings.marks.consent && [...document.querySelectorAll("h1")].some((h) => h.textContent === heading)) mark("consent");
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
