ALTER TABLE `drawing_entries` ADD `salt` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `grace_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `drawings` ADD `witnesses` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `drawings` ADD `frozen_at` integer;--> statement-breakpoint
ALTER TABLE `drawings` ADD `freeze_sha256` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `published_json` text;