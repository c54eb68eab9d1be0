// To a partner's admins: their webhook endpoint was disabled after 3 days of failed deliveries
// (decision 039), with the reason and what to do. Ref: the endpoint's id. Built when sent, from
// the endpoint as it is then: resumed or removed meanwhile, nothing is sent.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerMembers, partners, users, webhookEndpoints } from "@/db/schema";
import type { MailKind } from "./mail-kind";

export const ENDPOINT_DISABLED = "endpoint_disabled";

export const endpointDisabled: MailKind = {
  delayMs: 0,
  build(row, ctx) {
    const db = getDb();
    const endpoint = db
      .select({ url: webhookEndpoints.url, status: webhookEndpoints.status, reason: webhookEndpoints.disabledReason, partnerId: webhookEndpoints.partnerId, partnerName: partners.name })
      .from(webhookEndpoints)
      .innerJoin(partners, eq(partners.id, webhookEndpoints.partnerId))
      .where(and(eq(webhookEndpoints.id, row.ref), eq(webhookEndpoints.eventId, row.eventId)))
      .get();
    if (!endpoint) return { skip: "The endpoint was removed." };
    if (endpoint.status !== "disabled") return { skip: "The endpoint was resumed." };
    const admins = db
      .select({ email: users.email })
      .from(partnerMembers)
      .innerJoin(users, eq(users.id, partnerMembers.userId))
      .where(and(eq(partnerMembers.partnerId, endpoint.partnerId), eq(partnerMembers.role, "admin")))
      .all();
    if (admins.length === 0) return { fail: "The partner's team has no admin to tell." };
    return {
      to: admins.map((a) => a.email).join(", "),
      subject: `Fairlead stopped sending leads to ${endpoint.url}`,
      text: [
        `The webhook endpoint ${endpoint.url} of ${endpoint.partnerName} was disabled:`,
        ``,
        `  ${endpoint.reason ?? "every attempt failed for 3 days."}`,
        ``,
        `Nothing was skipped: the events wait in order. Fix the receiver, then resume the endpoint on the Delivery page:`,
        `${ctx.publicBase}/partners/${endpoint.partnerId}/delivery`,
      ].join("\n"),
    };
  },
};
