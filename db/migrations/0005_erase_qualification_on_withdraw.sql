-- A withdrawal erases what the partner's booth recorded about the person (rating, notes, tags,
-- answers), in the withdrawal's own transaction, whichever code path appends it to the ledger.
-- Why a trigger: docs/decisions/011-lead-qualification.md.
CREATE TRIGGER `consent_withdraw_erases_qualification` AFTER INSERT ON `consent_events`
WHEN NEW.`action` = 'withdraw'
BEGIN
  DELETE FROM `lead_qualification_current` WHERE `partner_id` = NEW.`partner_id` AND `attendee_id` = NEW.`attendee_id`;
  DELETE FROM `lead_qualifications` WHERE `partner_id` = NEW.`partner_id` AND `attendee_id` = NEW.`attendee_id`;
END;
