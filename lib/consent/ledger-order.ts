// The ledger's order: the one rule for which of a pair's decisions stands (docs/decisions/003).
// A module of its own, with no imports, so that SQL built on it can be used anywhere, the
// export's reader threads included, without loading the database client.

/** The order in which a pair's decisions supersede each other: the first row is current. */
export const latestFirst = (t: string) => `${t}.occurred_at desc, (${t}.action = 'withdraw') desc, ${t}.id desc`;
