CREATE TABLE `lead_qualification_current` (
	`consent_id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`qualification_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`rating` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`consent_id`) REFERENCES `consent_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lead_qualification_current_pair` ON `lead_qualification_current` (`partner_id`,`attendee_id`);--> statement-breakpoint
CREATE TABLE `lead_qualifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`attendee_id` integer NOT NULL,
	`consent_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`based_on` integer NOT NULL,
	`device_id` integer,
	`client_id` text NOT NULL,
	`rating` text,
	`notes` text DEFAULT '' NOT NULL,
	`tags` text NOT NULL,
	`answers` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`consent_id`) REFERENCES `consent_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lead_qualifications_client_id_unique` ON `lead_qualifications` (`client_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `lead_qualifications_revision` ON `lead_qualifications` (`consent_id`,`revision`);--> statement-breakpoint
CREATE INDEX `lead_qualifications_pair` ON `lead_qualifications` (`partner_id`,`attendee_id`);--> statement-breakpoint
CREATE TABLE `partner_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`choices` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partner_questions_order` ON `partner_questions` (`partner_id`,`position`);--> statement-breakpoint
CREATE TABLE `partner_tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_tags_label` ON `partner_tags` (`partner_id`,`label`);--> statement-breakpoint
CREATE INDEX `partner_tags_order` ON `partner_tags` (`partner_id`,`position`);