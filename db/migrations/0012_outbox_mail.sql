CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref` integer NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`to_address` text,
	`subject` text,
	`ledger_mark` integer,
	`last_error` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due` ON `mail_outbox` (`next_attempt_at`) WHERE status = 'waiting';--> statement-breakpoint
CREATE INDEX `mail_outbox_event` ON `mail_outbox` (`event_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mail_outbox_one_waiting` ON `mail_outbox` (`kind`,`ref`) WHERE status = 'waiting';--> statement-breakpoint
CREATE INDEX `mail_outbox_sent_mark` ON `mail_outbox` (`kind`,`ref`,`ledger_mark`) WHERE status = 'sent';