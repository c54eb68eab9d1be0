-- Personal-page tokens are stored hashed (docs/decisions/019). SQLite has no sha256 and sealing
-- the badge's copy needs a key outside the database: the column is renamed here, and each row's
-- raw token is hashed and sealed by lib/auth/seal-legacy-tokens.ts, run right after migrating.
ALTER TABLE `attendees` RENAME COLUMN `personal_token` TO `personal_token_sha256`;--> statement-breakpoint
DROP INDEX IF EXISTS `attendees_personal_token_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `attendees_personal_token_sha256_unique` ON `attendees` (`personal_token_sha256`);--> statement-breakpoint
ALTER TABLE `attendees` ADD `personal_token_sealed` text;
