-- Before migration 0009 a phone's claimed time was kept as it came, up to 5 minutes after the
-- server's receipt; since 0009 it is clamped to the receipt. Per event, the last row dated after
-- its receipt is marked now, so verify-ledger exempts the rows up to it (within those 5 minutes)
-- and catches any such row after it (docs/decisions/018-server-receipt-order.md).
CREATE TABLE `ledger_unclamped` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`last_consent_id` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `ledger_unclamped` (`event_id`, `last_consent_id`)
SELECT `event_id`, max(`id`) FROM `consent_events` WHERE `device_time` > `recorded_at` GROUP BY `event_id`;
