CREATE TABLE `consent_partner_words` (
	`sha256` text PRIMARY KEY NOT NULL,
	`words` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `consent_events` ADD `words_sha256` text REFERENCES consent_partner_words(sha256);