CREATE TABLE `drawing_winners` (
	`drawing_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`entry_id` integer NOT NULL,
	PRIMARY KEY(`drawing_id`, `rank`),
	FOREIGN KEY (`drawing_id`) REFERENCES `drawings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entry_id`) REFERENCES `drawing_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `export_rows` (
	`export_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`consent_id` integer NOT NULL,
	PRIMARY KEY(`export_id`, `attendee_id`),
	FOREIGN KEY (`export_id`) REFERENCES `exports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `export_rows_attendee` ON `export_rows` (`attendee_id`);--> statement-breakpoint
DROP INDEX `consent_events_pair`;--> statement-breakpoint
ALTER TABLE `consent_events` ADD `client_id` text;--> statement-breakpoint
ALTER TABLE `consent_events` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `consent_events` ADD `hash` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `consent_events_client_id_unique` ON `consent_events` (`client_id`);--> statement-breakpoint
CREATE INDEX `consent_events_pair` ON `consent_events` (`partner_id`,`attendee_id`,`occurred_at`);--> statement-breakpoint
ALTER TABLE `drawings` ADD `seed` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `seed_sha256` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `drawn_at` integer;--> statement-breakpoint
ALTER TABLE `drawings` ADD `eligible_entry_ids` text;--> statement-breakpoint
-- The ledger is append-only: the application never changes or removes a row. These triggers
-- stop a bug from doing it; the hash chain (lib/consent/ledger.ts) detects anyone who does it
-- with the file in hand.
CREATE TRIGGER `consent_events_append_only_update` BEFORE UPDATE ON `consent_events`
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `consent_events_append_only_delete` BEFORE DELETE ON `consent_events`
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
