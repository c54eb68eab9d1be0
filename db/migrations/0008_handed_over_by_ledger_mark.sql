-- Earlier leads files listed their contacts in export_rows. The latest consent id among them is
-- a ledger mark at or before the file's snapshot: every contact it handed over was granted at
-- that mark (docs/decisions/012). A file that handed over nobody keeps no mark.
UPDATE `exports` SET `ledger_mark` = (SELECT max(r.`consent_id`) FROM `export_rows` r WHERE r.`export_id` = `exports`.`id`)
WHERE `format` IN ('csv', 'xlsx');--> statement-breakpoint
DROP TABLE `export_rows`;