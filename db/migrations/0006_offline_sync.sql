CREATE TABLE `sync_items` (
	`id` text PRIMARY KEY NOT NULL,
	`device_id` integer NOT NULL,
	`payload_sha256` text NOT NULL,
	`result` text NOT NULL,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE cascade
);
