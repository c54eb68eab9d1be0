ALTER TABLE `events` ADD `legal_name` text;--> statement-breakpoint
ALTER TABLE `events` ADD `legal_address` text;--> statement-breakpoint
ALTER TABLE `events` ADD `legal_contact_email` text;--> statement-breakpoint
ALTER TABLE `events` ADD `party_type` text;--> statement-breakpoint
ALTER TABLE `events` ADD `jurisdiction` text;--> statement-breakpoint
ALTER TABLE `events` ADD `storage_location` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retention_months` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `supervisory_authority_name` text;--> statement-breakpoint
ALTER TABLE `events` ADD `supervisory_authority_url` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `legal_name` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `legal_address` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `legal_contact_email` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `party_type` text;