// A booth phone's steps that several specs take: typing a badge code, going back to scanning,
// and waiting until the phone can scan offline before cutting its network.
import type { Page } from "@playwright/test";
import { expect } from "./world";

export async function typeCode(phone: Page, code: string) {
  await phone.getByLabel("Or type the badge code").fill(code);
  await phone.getByRole("button", { name: "Look up" }).click();
}

/** The hand-back screen returns to scanning (by its button, or by itself). */
export async function backToScanning(phone: Page) {
  const next = phone.getByRole("button", { name: "Scan the next badge" });
  const scanning = phone.getByRole("heading", { name: "Scan a badge" });
  await expect(next.or(scanning)).toBeVisible();
  await next.click({ timeout: 2_000 }).catch(() => {});
  await expect(scanning).toBeVisible();
}

/** Opens the scanner, waits until the phone keeps its offline pack, and takes it offline. */
export async function goOffline(phone: Page) {
  await phone.goto("/scan");
  const status = phone.getByTestId("sync-status");
  await expect(status).toContainText("this phone can scan offline", { timeout: 30_000 });
  await phone.context().setOffline(true);
  await expect(status).toContainText("Offline.");
  return status;
}
