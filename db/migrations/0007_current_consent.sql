CREATE TABLE `current_consent` (
	`partner_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`consent_id` integer NOT NULL,
	`action` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`notice_id` integer NOT NULL,
	`language` text NOT NULL,
	`device_id` integer,
	PRIMARY KEY(`partner_id`, `attendee_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_id`) REFERENCES `consent_events`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `current_consent_attendee` ON `current_consent` (`attendee_id`);--> statement-breakpoint
CREATE TABLE `partner_visits` (
	`partner_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`last_device_id` integer NOT NULL,
	`visits` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `attendee_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`last_device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `exports` ADD `ledger_mark` integer;--> statement-breakpoint
-- Backfill from the ledger by its own order (lib/consent/current-consent.ts latestFirst).
INSERT INTO `current_consent` SELECT `partner_id`, `attendee_id`, `event_id`, `id`, `action`, `occurred_at`, `notice_id`, `language`, `device_id` FROM (
  SELECT ce.*, row_number() OVER (PARTITION BY ce.`partner_id`, ce.`attendee_id`
    ORDER BY ce.`occurred_at` DESC, (ce.`action` = 'withdraw') DESC, ce.`id` DESC) AS rn
  FROM `consent_events` ce
) WHERE rn = 1;--> statement-breakpoint
INSERT INTO `partner_visits` SELECT `partner_id`, `attendee_id`, `first_at`, `last_at`, `device_id`, `visits` FROM (
  SELECT s.`partner_id`, s.`attendee_id`, s.`device_id`,
    min(s.`scanned_at`) OVER w AS `first_at`, max(s.`scanned_at`) OVER w AS `last_at`, count(*) OVER w AS `visits`,
    row_number() OVER (PARTITION BY s.`partner_id`, s.`attendee_id` ORDER BY s.`scanned_at` DESC, s.`rowid` DESC) AS rn
  FROM `scans` s
  WINDOW w AS (PARTITION BY s.`partner_id`, s.`attendee_id`)
) WHERE rn = 1;