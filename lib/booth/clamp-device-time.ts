// A booth phone's clock is the phone's: it may be wrong, or set on purpose. What it claims for a
// decision is kept as its device time, bounded by what the server knows: not before the phone
// was paired, not after the server received it. A claim outside that range is recorded as the
// bound, with the claim beside it, so it is kept as a claim and trusted for nothing. The ledger's
// order does not use it at all (docs/decisions/018). The pairing time comes with the device's
// actor (lib/auth/sessions.ts reads it with the session), not from a lookup per item.
export type DeviceTime = { deviceTime: Date; deviceClaim: Date | null };

/** The claim within [pairedAt, receivedAt]; the claim itself is kept only when it was moved. */
export function clampDeviceTime(claimed: Date, pairedAt: Date, receivedAt: Date): DeviceTime {
  const at = Math.min(Math.max(claimed.getTime(), pairedAt.getTime()), receivedAt.getTime());
  return at === claimed.getTime() ? { deviceTime: claimed, deviceClaim: null } : { deviceTime: new Date(at), deviceClaim: claimed };
}
