// What `npm run bench:scan` times, taken inside the page (performance.now(), ms since the
// navigation started) so that no Playwright polling delay is counted. Installed with
// page.addInitScript before any of the app's code runs; it only observes, through the web
// APIs the scanner uses, and changes nothing the app does:
//   camera   the page asks for the camera (getUserMedia)
//   frame    the <video> has its first camera frame ("loadeddata"): the camera has started
//   ready    the status line says the decoder is loaded ("Point the camera at …")
//   grab     the first frame is taken for decoding (the decode loop's getImageData)
//   read     a badge was read: the page asks the server to open the scan (a Server Action fetch)
//   consent  the consent screen's heading "Hi <first name>!" is in the document
// plus each decode attempt's start and duration (the requestVideoFrameCallback tick that took
// a frame: drawing, luminance and zxing).

export type Marks = Partial<Record<"camera" | "frame" | "ready" | "grab" | "read" | "consent", number>>;
export type PageTimings = { marks: Marks; decodes: Array<[start: number, ms: number]> };

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function instrumentScanPage(firstName: string) {
  const timings: PageTimings = { marks: {}, decodes: [] };
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

  let grabbed = false;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with its own `this`
  const getImageData = CanvasRenderingContext2D.prototype.getImageData;
  CanvasRenderingContext2D.prototype.getImageData = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof getImageData>) {
    mark("grab");
    grabbed = true;
    return getImageData.apply(this, args);
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
  const rvfc = HTMLVideoElement.prototype.requestVideoFrameCallback;
  HTMLVideoElement.prototype.requestVideoFrameCallback = function (this: HTMLVideoElement, callback: VideoFrameRequestCallback) {
    return rvfc.call(this, (now, metadata) => {
      grabbed = false;
      const start = performance.now();
      callback(now, metadata);
      if (grabbed) timings.decodes.push([start, performance.now() - start]);
    });
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
