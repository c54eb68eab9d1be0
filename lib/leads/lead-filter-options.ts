// The partner workspace's "shared within" choices (client-safe: the filter form names them).
export const SINCE = { "15m": 15 * 60_000, "1h": 60 * 60_000, "24h": 24 * 60 * 60_000 } as const;
export type Since = keyof typeof SINCE;
export const SINCE_LABEL: Record<Since, string> = { "15m": "Last 15 minutes", "1h": "Last hour", "24h": "Last 24 hours" };
