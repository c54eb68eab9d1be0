CREATE TABLE `erased_contacts` (
	`event_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`email_sha256` text NOT NULL,
	`consent_id` integer NOT NULL,
	`cause` text NOT NULL,
	`erased_at` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `attendee_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `erased_contacts_event` ON `erased_contacts` (`event_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `ends_on` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retention_days` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE `attendees` ADD `erased_at` integer;--> statement-breakpoint
-- The retention period was months after the event ended (migration 0015); it is days after its
-- last day now, 90 unless set (docs/decisions/027). A stated period is kept at 30 days a month.
UPDATE `events` SET `retention_days` = `retention_months` * 30 WHERE `retention_months` IS NOT NULL;--> statement-breakpoint
ALTER TABLE `events` DROP COLUMN `retention_months`;
