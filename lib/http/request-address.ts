// The client address of the request being served (pages, actions): lib/http/client-address.ts.
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

export async function requestAddress(): Promise<string | null> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}
