// What `npm start` prints once the server is up: where to go and what to try.
import { OPERATOR } from "@/lib/auth/actor";
import { getBadge, listBadges } from "@/lib/attendees/attendees";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import type { Config } from "@/lib/config";
import { createPairingLink } from "@/lib/devices/pairing";
import { getEvent } from "@/lib/events/events";
import { listPartners } from "@/lib/partners/partners";
import { DEMO, type DemoSeed } from "@/lib/seed/demo-event";

export function printWelcome(config: Config, dbFile: string, seed: DemoSeed | null): void {
  const base = config.FAIRLEAD_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const lines = ["", "Fairlead is running.", `  Open:      ${base}`, `  Database:  ${dbFile}`];
  if (seed) {
    const event = getEvent(OPERATOR, seed.eventId);
    const partner = listPartners(OPERATOR, event.id)[0];
    lines.push("", `Demo event: ${event.name}`);
    lines.push(`  Organizer sign-in: ${base}/signin  (${DEMO.email} / ${DEMO.password}${seed.created ? "" : ", if unchanged"})`);
    if (partner) {
      const link = createPairingLink(OPERATOR, event.id, partner.id, 24 * 60);
      lines.push(`  Pair a booth phone as ${partner.name} (single use, 24 h): ${base}${link.path}`);
    }
    const badges = listBadges(OPERATOR, event.id).slice(0, 3);
    if (badges.length) {
      lines.push("  Badge codes to type on the scanner:");
      for (const b of badges) lines.push(`    ${formatBadgeCode(b.badgeCode)}  ${b.firstName} ${b.lastName}`);
      const first = getBadge(OPERATOR, event.id, badges[0]!.attendeeId);
      lines.push(`  ${first.firstName}'s own page (the QR on the back of the badge): ${base}/me/${first.personalToken}`);
    }
    lines.push(`  More: npm run fairlead -- badges --event ${event.slug}`);
  }
  console.log(lines.join("\n") + "\n");
}
