// A phone number as a CRM imports it (issue 14): E.164 ("+493012345678") when it was written
// in international form ("+49 30 1234-5678", "+49 (0)30 12345678", "0049 30 12345678"), else as
// it was typed. A national number ("030 12345678") names no country, and turning it into an
// international one would be a guess: it stays as it is.
const TRUNK_ZERO = /\(0\)/; // "+49 (0)30 …": the 0 dialled only within the country
const SEPARATORS = /[\s().\-/]/g;
const E164_DIGITS = /^[1-9]\d{6,14}$/; // a country code and number: at most 15 digits

export function e164(phone: string | null): string | null {
  if (!phone) return phone;
  const compact = phone.replace(TRUNK_ZERO, "").replace(SEPARATORS, "");
  const digits = compact.startsWith("+") ? compact.slice(1) : compact.startsWith("00") ? compact.slice(2) : null;
  return digits !== null && E164_DIGITS.test(digits) ? `+${digits}` : phone;
}
