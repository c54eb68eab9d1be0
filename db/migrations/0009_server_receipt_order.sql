-- The ledger's order becomes the order of receipt (docs/decisions/018). The phone's claimed time
-- is kept as device_time (what occurred_at held), with the raw claim in device_claim when it was
-- clamped; rows from before were not clamped, so theirs is null and their hashes are unchanged.
ALTER TABLE `consent_events` RENAME COLUMN "occurred_at" TO "device_time";--> statement-breakpoint
DROP INDEX `consent_events_pair`;--> statement-breakpoint
ALTER TABLE `consent_events` ADD `device_claim` integer;--> statement-breakpoint
CREATE INDEX `consent_events_pair` ON `consent_events` (`partner_id`,`attendee_id`,`id`,`action`);--> statement-breakpoint
-- A scan's time is the device's too: scanned_at stays, clamped from now on, with the raw claim beside it.
ALTER TABLE `scans` ADD `scanned_claim` integer;--> statement-breakpoint
-- The projection gives each pair's newest row, dated by its receipt. A pair whose newest row was
-- not its standing decision by the old order (a late offline decision dated before the standing
-- one) now stands by that newest row.
ALTER TABLE `current_consent` RENAME COLUMN "occurred_at" TO "recorded_at";--> statement-breakpoint
DELETE FROM `current_consent`;--> statement-breakpoint
INSERT INTO `current_consent` (`partner_id`, `attendee_id`, `event_id`, `consent_id`, `action`, `recorded_at`, `notice_id`, `language`, `device_id`)
SELECT ce.`partner_id`, ce.`attendee_id`, ce.`event_id`, ce.`id`, ce.`action`, ce.`recorded_at`, ce.`notice_id`, ce.`language`, ce.`device_id`
FROM `consent_events` ce
WHERE ce.`id` IN (SELECT max(`id`) FROM `consent_events` GROUP BY `partner_id`, `attendee_id`);
