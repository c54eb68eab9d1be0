// The offline consent screen offers every drawing its pack knows, none as entered (only the
// server knows), and drops one whose entries closed since the pack was made, by the phone's clock.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { OfflinePack } from "@/lib/sync/offline-pack";
import { offlineScreen } from "./offline-screen";

const drawing = (id: number, closesAt: string | null) => ({ id, name: `Draw ${id}`, prize: "A kite", nameDe: null, prizeDe: null, closesAt: closesAt ? new Date(closesAt) : null });

const pack: OfflinePack = {
  deviceId: 1,
  partner: { name: "Northwind", booth: "A1", purpose: "Send the brochure.", privacyUrl: "https://northwind.example/privacy" },
  notices: [{ noticeId: 1, version: 1, language: "en", text: "Notice", sha256: "0".repeat(64) }],
  drawings: [drawing(1, null), drawing(2, "2026-12-05T18:00:00Z"), drawing(3, "2026-12-05T12:00:00Z")],
  timeZone: "Europe/Berlin",
  madeAt: "2026-12-05T09:00:00Z",
};

test("[OFFLINE] every drawing the pack knows, unticked and not entered; one closed since is not offered", () => {
  const screen = offlineScreen(pack, "scan-1", new Date("2026-12-05T14:00:00Z"));
  assert.deepEqual(screen.drawings.map((d) => [d.id, d.entered]), [
    [1, false],
    [2, false],
  ]);
  assert.deepEqual(offlineScreen(pack, "scan-2", new Date("2026-12-05T11:59:00Z")).drawings.map((d) => d.id), [1, 2, 3]);
});
