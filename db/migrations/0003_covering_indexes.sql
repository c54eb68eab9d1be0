DROP INDEX `scans_partner_attendee`;--> statement-breakpoint
DROP INDEX `scans_event_attendee`;--> statement-breakpoint
CREATE INDEX `scans_partner_attendee_time` ON `scans` (`partner_id`,`attendee_id`,`scanned_at`,`device_id`);--> statement-breakpoint
CREATE INDEX `scans_event_attendee_time` ON `scans` (`event_id`,`attendee_id`,`scanned_at`,`partner_id`);--> statement-breakpoint
DROP INDEX `consent_events_pair`;--> statement-breakpoint
CREATE INDEX `consent_events_pair` ON `consent_events` (`partner_id`,`attendee_id`,`occurred_at`,`action`,`notice_id`,`language`,`device_id`);