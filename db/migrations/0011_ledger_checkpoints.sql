CREATE TABLE `ledger_checkpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`rows` integer NOT NULL,
	`last_consent_id` integer NOT NULL,
	`head_hash` text NOT NULL,
	`merkle_root` text NOT NULL,
	`frontier` text NOT NULL,
	`created_at` integer NOT NULL,
	`key_id` text NOT NULL,
	`signature` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ledger_checkpoints_event` ON `ledger_checkpoints` (`event_id`,`last_consent_id`);--> statement-breakpoint
ALTER TABLE `exports` ADD `checkpoint_id` integer;