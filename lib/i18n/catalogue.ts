// Every attendee-facing copy object, registered once, so a test can walk every key in both
// languages and an e2e test can tell an English string on a German page. Registering a copy
// file is one line here (it must live in lib/i18n/ to be reachable from lib/mail and tests).
import type { Language } from "@/lib/consent/notice-text";
import { ATTENDEE_ERROR_COPY } from "./attendee-error-copy";
import { BOOTH_PHONE_COPY } from "./booth-phone-copy";
import { CONSENT_COPY } from "./consent-copy";
import { DELETE_MY_DATA_COPY } from "./delete-my-data-copy";
import { DRAWING_COPY } from "./drawing-copy";
import { EARLIER_CHOICE_COPY } from "./earlier-choice-copy";
import { ENTRY_PROOF_COPY } from "./entry-proof-copy";
import { HAND_BACK_COPY } from "./hand-back-copy";
import { PUBLIC_DRAWING_COPY } from "./public-drawing-copy";
import { PERSONAL_CODE_COPY } from "./personal-code-copy";
import { MAIL_COPY } from "./mail-copy";
import { ME_COPY } from "./me-copy";
import { RECEIPT_COPY } from "./receipt-copy";
import { RETENTION_COPY } from "./retention-copy";
import { SLOW_DOWN_COPY } from "./slow-down-copy";
import { WITHDRAW_BUTTON } from "./withdraw-button";

export const CATALOGUE = {
  consent: CONSENT_COPY,
  handback: HAND_BACK_COPY,
  earlierChoice: EARLIER_CHOICE_COPY,
  deleteMyData: DELETE_MY_DATA_COPY,
  retention: RETENTION_COPY,
  entryProof: ENTRY_PROOF_COPY,
  personalCode: PERSONAL_CODE_COPY,
  me: ME_COPY,
  receipt: RECEIPT_COPY,
  mail: MAIL_COPY,
  drawing: DRAWING_COPY,
  publicDrawing: PUBLIC_DRAWING_COPY,
  withdrawButton: WITHDRAW_BUTTON,
  attendeeError: ATTENDEE_ERROR_COPY,
  slowDown: SLOW_DOWN_COPY,
  boothPhone: BOOTH_PHONE_COPY,
} satisfies Record<string, Record<Language, unknown>>;
