// The button the notice tells the attendee to tap is on their page, in each language (issue 12
// §3: the German notice named "Widerrufen", a button that did not exist).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_NOTICES, LANGUAGES, renderNoticeText } from "@/lib/consent/notice-text";
import { PartnerCard } from "./partner-card";

test("[I18N] the notice names the withdraw button, and that button is on the attendee's page, in each language", () => {
  const partner = { id: 1, name: "Acme", booth: "B1", purpose: "Demos", purposeDe: "Vorführungen", privacyUrl: "https://acme.example/p" };
  for (const language of LANGUAGES) {
    const notice = renderNoticeText(DEFAULT_NOTICES[language], partner, language);
    const named = /(?:"|„)([^"“]+)(?:"|“)/.exec(notice)?.[1];
    assert.ok(named, `the ${language} notice names a button: ${notice}`);
    const html = renderToStaticMarkup(
      createElement(PartnerCard, {
        token: "t".repeat(32),
        met: { partner, firstVisit: new Date(), decisions: [{ consentId: 7, action: "grant", at: new Date(), method: "booth_device" }] },
        notice: { noticeId: 1, version: 1, language, text: notice, sha256: "0".repeat(64) },
        clientId: "c",
        receiptBase: "/me/x/receipts",
        action: () => Promise.resolve(null),
        language,
        timeZone: "UTC",
      } as Parameters<typeof PartnerCard>[0]),
    );
    const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
    assert.ok(buttons.includes(named), `the ${language} page has the button "${named}" (buttons: ${buttons.join(" | ")})`);
  }
});

