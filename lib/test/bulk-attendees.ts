// Many attendees at once, for tests and benchmarks of big events: one transaction of plain
// inserts (createAttendee commits each row on its own, which at synchronous=FULL takes minutes
// for 10,000). Names cycle through scripts the badge fonts must handle.
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import { issueBadgeCode } from "../badges/badge-code";
import { storePersonalToken } from "../auth/personal-token";
import { randomToken } from "../crypto";

const FIRST = ["Łukasz", "Zoë", "Ada", "Maximiliane", "Søren", "Ağca", "Đorđe", "Nguyễn", "Αλέξανδρος", "Дмитрий"];
const LAST = ["Wiśniewski", "Lovelace", "Müller-Lüdenscheidt", "Ørsted", "Öztürk", "Dvořák", "Trần", "Παπαδόπουλος", "Смирнов", "O'Brien"];
const COMPANY = ["Fabryka Łódź Sp. z o.o.", "Société Générale d'Électricité", null, "Ærø Café ApS", "Küçük Şirket A.Ş."];

export function insertAttendees(eventId: number, count: number): void {
  const db = getDb();
  db.transaction((tx) => {
    for (let start = 0; start < count; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + 500); i++) {
        rows.push({
          eventId,
          firstName: FIRST[i % FIRST.length]!,
          lastName: `${LAST[Math.floor(i / FIRST.length) % LAST.length]!} ${i}`,
          email: `bulk-${i}@example.com`,
          company: COMPANY[i % COMPANY.length]!,
          badgeCode: issueBadgeCode(),
          badgeSource: "issued" as const,
          ...storePersonalToken(randomToken(32)),
        });
      }
      tx.insert(attendees).values(rows).run();
    }
  });
}
