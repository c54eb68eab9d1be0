// The Fairlead data model (see docs/decisions/001-foundation.md), one file per aggregate.
// Times are integer milliseconds since the epoch (drizzle maps them to Date).
// Every row belongs to exactly one event, directly or through its parent.
export * from "./events";
export * from "./booths";
export * from "./sessions";
export * from "./attendees";
export * from "./consent";
export * from "./drawing";
export * from "./exports";
export * from "./organizers";
export * from "./qualification";
export * from "./sync";
export * from "./mail";
export * from "./checkpoints";
export * from "./ledger-marks";
export * from "./partner-changes";
export * from "./retention";
export * from "./rate-limits";
export * from "./partner-teams";
export * from "./webhooks";
export * from "./follow-ups";
