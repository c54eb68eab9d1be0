// What `npm start` prints once the server is up: where to go and what to try.
import { OPERATOR } from "@/lib/auth/actor";
import { getBadge, listBadges } from "@/lib/attendees/attendees";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import type { Config } from "@/lib/config";
import { createPairingLink, PAIRING_TTL_MINUTES } from "@/lib/devices/pairing";
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
      // The same expiry as a link made on the partner's page (README: "expires after an hour").
      const link = createPairingLink(OPERATOR, event.id, partner.id, PAIRING_TTL_MINUTES.default);
      const until = link.expiresAt.toISOString().slice(11, 16);
      lines.push(`  Pair a booth phone as ${partner.name} (single use, ${lifetime(PAIRING_TTL_MINUTES.default)}, until ${until} UTC): ${base}${link.path}`);
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

/** "one hour", "90 minutes", "24 hours": a link's lifetime as the README and the pages say it. */
export function lifetime(minutes: number): string {
  if (minutes === 60) return "one hour";
  return minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}
