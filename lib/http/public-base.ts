// The address others use to reach this server: FAIRLEAD_PUBLIC_URL, else the request's own.
import "server-only";
import { headers } from "next/headers";
import { loadConfig } from "@/lib/config";

export async function publicBase(): Promise<string> {
  const configured = loadConfig().FAIRLEAD_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}
