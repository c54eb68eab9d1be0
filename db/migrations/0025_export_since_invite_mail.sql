ALTER TABLE `exports` ADD `since_export_id` integer;--> statement-breakpoint
ALTER TABLE `partner_invites` ADD `token_sealed` text;