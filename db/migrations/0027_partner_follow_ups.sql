CREATE TABLE `partner_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`language` text NOT NULL,
	`promise` text NOT NULL,
	`message` text NOT NULL,
	`links` text NOT NULL,
	`reply_to` text,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_follow_ups_partner_language` ON `partner_follow_ups` (`partner_id`,`language`);