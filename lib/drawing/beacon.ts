// The public randomness a drawing waits for: a round of the drand "quicknet" beacon
// (League of Entropy, https://drand.love), named at the freeze, before it exists. Fairlead has no
// network at draw time, so the organizer types the round's randomness; anyone checks it at
// https://api.drand.sh/<chain>/public/<round> (docs/decisions/026). Pure: time in, round out.
export const QUICKNET = {
  chainHash: "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971",
  genesisSeconds: 1692803367,
  periodSeconds: 3,
} as const;

/** How long after the freeze the named round comes: long enough for the freeze to be published first. */
export const BEACON_MARGIN_MS = 60_000;

/** The time a round is published (round 1 at genesis). */
export function roundTime(round: number): Date {
  return new Date((QUICKNET.genesisSeconds + (round - 1) * QUICKNET.periodSeconds) * 1000);
}

/** The first round published at or after `at`. */
export function firstRoundAtOrAfter(at: Date): number {
  const elapsed = at.getTime() / 1000 - QUICKNET.genesisSeconds;
  return Math.max(1, Math.ceil(elapsed / QUICKNET.periodSeconds) + 1);
}

/** The round a freeze at `frozenAt` names: the first one at least BEACON_MARGIN_MS later. */
export function roundForFreeze(frozenAt: Date): number {
  return firstRoundAtOrAfter(new Date(frozenAt.getTime() + BEACON_MARGIN_MS));
}

export function beaconUrl(round: number): string {
  return `https://api.drand.sh/${QUICKNET.chainHash}/public/${round}`;
}
