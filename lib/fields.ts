// Field schemas reused at every edge, so each value is normalised once, the same way.
import { z } from "zod";

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254));

export const Id = z.coerce.number().int("Must be a whole number.").positive("Must be a positive id.");

export const HttpsUrl = z
  .url({ protocol: /^https?$/, message: "Enter a full http(s) address, e.g. https://example.com/privacy." })
  .max(2000);

export const ShortText = (label: string, max = 200) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `${label} is too long (at most ${max} characters).`);

/** The client-made id of a scan: a UUID. */
export const ClientId = z.uuid("Must be a UUID made by the device.");
