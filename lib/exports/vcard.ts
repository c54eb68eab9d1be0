// Leads as vCard 3.0 (RFC 2426), the version every address book and CRM reads: one card per
// lead, UTF-8, CRLF, lines folded at 75 octets. The consent travels in the note: its id, time
// and the notice shown; tags are CATEGORIES, and the rating, notes and answers are in the note.
import { visible } from "./csv";
import type { ExportLead, ExportQuestion } from "./columns";
import type { RowSource } from "./csv-file";
import { isoTime as iso } from "./iso-time";
import { RATING_LABEL } from "../leads/types";
import { e164 } from "./phone";

const CHUNK_CHARS = 64 * 1024;

/** A value as a vCard text: backslash, comma, semicolon and line breaks escaped (RFC 2426 §4). */
export function vcardText(value: string): string {
  return visible(value).replace(/\\/g, "\\\\").replace(/\r\n|\r|\n/g, "\\n").replace(/[,;]/g, (c) => `\\${c}`);
}

/** A content line folded so no line is longer than 75 octets of UTF-8 (RFC 2426 §2.6): a break, then a space. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= 75) return `${line}\r\n`;
  let out = "";
  let part = "";
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > limit) {
      out += `${part}\r\n `;
      part = "";
      bytes = 0;
      limit = 74; // the leading space counts
    }
    part += char;
    bytes += size;
  }
  return `${out}${part}\r\n`;
}

export function vcard(lead: ExportLead, questions: readonly ExportQuestion[]): string {
  const t = (v: string | null | undefined) => vcardText(v ?? "");
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `N:${t(lead.lastName)};${t(lead.firstName)};;;`, `FN:${t([lead.firstName, lead.lastName].filter(Boolean).join(" "))}`];
  lines.push(`EMAIL;TYPE=INTERNET:${t(lead.email)}`);
  if (lead.phone) lines.push(`TEL;TYPE=WORK,VOICE:${t(e164(lead.phone))}`);
  if (lead.company) lines.push(`ORG:${t(lead.company)}`);
  if (lead.jobTitle) lines.push(`TITLE:${t(lead.jobTitle)}`);
  if (lead.country) lines.push(`ADR;TYPE=WORK:;;;;;;${t(lead.country)}`);
  if (lead.tags?.length) lines.push(`CATEGORIES:${lead.tags.map(t).join(",")}`);
  const note = [
    lead.rating ? `Rating: ${RATING_LABEL[lead.rating]}` : null,
    lead.notes || null,
    ...questions.map((q) => (lead.answers?.[String(q.id)] ? `${q.label}: ${lead.answers[String(q.id)]}` : null)),
    `Shared with consent ${lead.consentId} at ${iso(lead.consentAt)} (notice version ${lead.noticeVersion}, ${lead.noticeLanguage}), through Fairlead`,
  ].filter((line): line is string => line !== null);
  lines.push(`NOTE:${t(note.join("\n"))}`);
  lines.push(`UID:urn:fairlead:consent:${lead.consentId}`, `REV:${iso(lead.consentAt)}`, "END:VCARD");
  return lines.map(foldLine).join("");
}

/** The cards, in ~64 KB chunks, as csvChunks makes CSV. */
export function* vcardChunks({ rows, onRow }: Omit<RowSource<ExportLead>, "columns">, questions: readonly ExportQuestion[]): Generator<Buffer> {
  let text = "";
  for (const row of rows) {
    text += vcard(row, questions);
    onRow?.(row);
    if (text.length >= CHUNK_CHARS) {
      yield Buffer.from(text, "utf8");
      text = "";
    }
  }
  yield Buffer.from(text, "utf8");
}
