// Continuous scanning reads the same badge many times a second while it is in view. A code
// counts once, then is ignored while it stays in view and for `windowMs` after it was last
// seen; so a badge still held up when the scanner comes back from the consent screen does not
// open it again, and the same attendee coming back later is a new read.

export type RecentReads = {
  /** True when `code` is new (or was last seen over the window ago); either way it is now seen. */
  isNew: (code: string, now: number) => boolean;
  /** Marks `code` as seen at `now` without counting it (the scanner just came back from it). */
  touch: (code: string, now: number) => void;
  /** The code most recently counted, if any. */
  last: () => string | undefined;
};

export function createRecentReads(windowMs: number): RecentReads {
  const seen = new Map<string, number>();
  let lastCounted: string | undefined;
  return {
    isNew(code, now) {
      const before = seen.get(code);
      seen.set(code, now);
      // Forget old codes so the map stays small over a long day.
      if (seen.size > 50) for (const [c, t] of seen) if (now - t > windowMs) seen.delete(c);
      if (before !== undefined && now - before < windowMs) return false;
      lastCounted = code;
      return true;
    },
    touch(code, now) {
      seen.set(code, now);
    },
    last: () => lastCounted,
  };
}
