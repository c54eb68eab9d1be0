// The sync path's own queries, typed. Compiling each only once is the client's job
// (db/client.ts keeps compiled statements by their text), so this is a plain lookup per item.
import type Database from "better-sqlite3";
import { getDb } from "@/db/client";

type Statements = ReturnType<typeof compile>;

function compile(c: Database.Database) {
  return {
    firstSync: c.prepare<[string, number], { payloadSha256: string; result: string }>(
      "select payload_sha256 as payloadSha256, result from sync_items where id = ? and device_id = ?",
    ),
    recordSync: c.prepare<[string, number, string, string, number]>(
      "insert into sync_items (id, device_id, payload_sha256, result, received_at) values (?, ?, ?, ?, ?)",
    ),
    answerToScan: c.prepare<[string], { id: number; action: "grant" | "decline" | "withdraw" }>(
      "select id, action from consent_events where scan_id = ?",
    ),
    partnerWords: c.prepare<[number], { name: string; booth: string; purpose: string; privacyUrl: string }>(
      "select name, booth, purpose, privacy_url as privacyUrl from partners where id = ?",
    ),
    notice: c.prepare<[number, number], { id: number; version: number; language: string; template: string }>(
      "select id, version, language, template from consent_notices where id = ? and event_id = ?",
    ),
  };
}

/** The statements on the process's connection (the one the caller's transaction runs on). */
export function syncStatements(): Statements {
  return compile(getDb().$client);
}
