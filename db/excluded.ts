// `excluded.<column>` in an upsert's SET or WHERE: the value the insert proposed. drizzle has
// no helper for it in its SQLite dialect; PostgreSQL spells it the same.
import { sql, type SQL } from "drizzle-orm";

export const excluded = (column: { name: string }): SQL => sql.raw(`excluded."${column.name}"`);
