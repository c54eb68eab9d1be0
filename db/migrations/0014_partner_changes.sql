CREATE TABLE `partner_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`lapsed` integer NOT NULL,
	`user_id` integer,
	`actor_label` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- A lapse ends a consent like a withdrawal (docs/decisions/023): what the partner's booth
-- recorded about the person goes with it, in the lapse's own transaction (as 0005 does).
DROP TRIGGER `consent_withdraw_erases_qualification`;--> statement-breakpoint
CREATE TRIGGER `consent_withdraw_erases_qualification` AFTER INSERT ON `consent_events`
WHEN NEW.`action` IN ('withdraw', 'lapse')
BEGIN
  DELETE FROM `lead_qualification_current` WHERE `partner_id` = NEW.`partner_id` AND `attendee_id` = NEW.`attendee_id`;
  DELETE FROM `lead_qualifications` WHERE `partner_id` = NEW.`partner_id` AND `attendee_id` = NEW.`attendee_id`;
END;
