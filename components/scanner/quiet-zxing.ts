// @zxing/library logs a console warning for frames in which a reader finds nothing; a live
// scanner decoding ten frames a second would flood the console (and hide real warnings).
// While the camera runs, drop just those messages.
const NOISE = [/non-ReaderException from reader/, /Trying to play video that is already playing/];

export function quietZxingWarnings(): () => void {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && NOISE.some((re) => re.test(args[0] as string))) return;
    original(...args);
  };
  return () => {
    console.warn = original;
  };
}
