ALTER TABLE `partners` ADD `purpose_de` text;--> statement-breakpoint
ALTER TABLE `attendees` ADD `language` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `name_de` text;--> statement-breakpoint
ALTER TABLE `drawings` ADD `prize_de` text;