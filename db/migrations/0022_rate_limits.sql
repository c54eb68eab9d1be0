CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`level` real NOT NULL,
	`at` integer NOT NULL,
	`blocked_until` integer
);
--> statement-breakpoint
CREATE INDEX `rate_limits_at` ON `rate_limits` (`at`);--> statement-breakpoint
ALTER TABLE `devices` ADD `badge_misses` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `devices` ADD `lookups_limited_at` integer;