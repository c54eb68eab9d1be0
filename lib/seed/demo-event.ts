// The demo event that `npm start` seeds into an empty database, so a newcomer can walk the
// whole journey at once. Everything goes through the same domain functions as the UI.
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { OPERATOR, type OrganizerActor } from "../auth/actor";
import { createOrganizer } from "../auth/organizers";
import { createAttendee } from "../attendees/attendees";
import { createDrawing } from "../drawing/create-drawing";
import { addDefaultNotices } from "../consent/notice";
import { addOrganizerToEvent, createEvent } from "../events/events";
import { createPartner } from "../partners/partners";

export const DEMO = {
  email: "organizer@fairlead.example",
  password: "fairlead-demo",
  eventSlug: "demo-expo",
} as const;

const PARTNERS = [
  { name: "Northwind Traders", booth: "A12", purpose: "Send you our product catalogue and offer a follow-up call." },
  { name: "Contoso Robotics", booth: "B04", purpose: "Invite you to a demo of our warehouse robots." },
  { name: "Fabrikam Analytics", booth: "C21", purpose: "Send you the whitepaper you asked for and one follow-up email." },
  { name: "Tailspin Air", booth: "D07", purpose: "Tell you about group travel offers for your company." },
];

const PEOPLE: [string, string, string, string, string][] = [
  ["Zoë", "O'Brien", "Northwind Traders", "Procurement Lead", "IE"],
  ["Kwame", "Mensah", "Litware", "Sales Engineer", "GH"],
  ["Noah", "Chen", "Fourth Coffee", "Data Analyst", "SG"],
  ["Łukasz", "Wiśniewski", "Proseware", "CTO", "PL"],
  ["Aiko", "Tanaka", "Woodgrove Bank", "Head of IT", "JP"],
  ["Jürgen", "Sato", "Adventure Works", "Operations Manager", "DE"],
  ["María José", "García", "Wide World Importers", "Buyer", "ES"],
  ["Priya", "Raman", "Humongous Insurance", "Architect", "IN"],
  ["Olu", "Adeyemi", "Lucerne Publishing", "Editor", "NG"],
  ["Sofia", "Lindqvist", "Alpine Ski House", "Founder", "SE"],
  ["Mateo", "Rossi", "Margie's Travel", "Marketing Director", "IT"],
  ["Hana", "Novák", "Trey Research", "Researcher", "CZ"],
];

export type DemoSeed = { eventId: number; created: boolean };

/** Seeds the demo when the database has no event yet; otherwise does nothing. */
export async function seedDemoIfEmpty(): Promise<DemoSeed> {
  const db = getDb();
  const existing = db.select({ id: events.id }).from(events).orderBy(events.id).get();
  if (existing) return { eventId: existing.id, created: false };

  const user = await createOrganizer({ email: DEMO.email, name: "Demo Organizer", password: DEMO.password });
  const organizer: OrganizerActor = { kind: "organizer", userId: user.id, email: DEMO.email, name: "Demo Organizer" };
  return db.transaction(() => {
    const event = createEvent(organizer, { name: "Demo Expo 2026", slug: DEMO.eventSlug, startsOn: "2026-12-01" });
    addOrganizerToEvent(OPERATOR, event.id, user.id);
    for (const p of PARTNERS) {
      const domain = p.name.split(" ")[0]!.toLowerCase();
      createPartner(organizer, event.id, {
        ...p,
        contactEmail: `leads@${domain}.example`,
        privacyUrl: `https://${domain}.example/privacy`,
      });
    }
    addDefaultNotices(organizer, event.id);
    createDrawing(organizer, event.id, { name: "Booth trail", prize: "A weekend for two in Lisbon", winners: 3, minFraction: 0.5 });
    PEOPLE.forEach(([firstName, lastName, company, jobTitle, country], i) => {
      const email = `${firstName}.${lastName}${i}`
        .normalize("NFKD")
        .replace(/[^\w.]/g, "")
        .toLowerCase();
      createAttendee(organizer, event.id, { firstName, lastName, company, jobTitle, country, email: `${email}@example.com` });
    });
    return { eventId: event.id, created: true };
  });
}
