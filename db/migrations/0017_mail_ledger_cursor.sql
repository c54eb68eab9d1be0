CREATE TABLE `mail_ledger_cursor` (
	`id` integer PRIMARY KEY NOT NULL,
	`consent_id` integer NOT NULL
);
--> statement-breakpoint
-- The sender mails ledger rows after this one (docs/decisions/021): decisions recorded before
-- this migration had their mail enqueued when they were made, and are not mailed again.
INSERT INTO `mail_ledger_cursor` (`id`, `consent_id`) SELECT 1, coalesce(max(`id`), 0) FROM `consent_events`;
