// The import arrows of eslint.config.mjs, each checked on a line of code placed where it would
// live: a rule set that silently matched nothing would pass `npm run lint` for ever.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ESLint } from "eslint";

const RULE = "@typescript-eslint/no-restricted-imports";
const eslint = new ESLint({
  // Only the import rule runs, so the (virtual) files need no type information.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === RULE,
});

async function refused(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  assert.ok(result, "ESLint linted the text");
  assert.deepEqual(result.messages.filter((m) => m.ruleId !== RULE), [], "no parse errors");
  return result.messages.length > 0;
}

const cases: Array<[file: string, code: string, refusedExpected: boolean]> = [
  // components never reach db, by alias or by a relative path
  ["components/x/view.tsx", `import { getDb } from "@/db/client";`, true],
  ["components/x/view.tsx", `import type { Attendee } from "../../db/schema";`, true],
  // components: values only from client-safe lib modules, types from anywhere in lib
  ["components/x/view.tsx", `import { requireOrganizer } from "@/lib/auth/guards";`, true],
  ["components/x/view.tsx", `import type { Actor } from "@/lib/auth/actor";`, false],
  ["components/x/view.tsx", `import { newClientId } from "@/lib/client-id";`, false],
  ["components/x/view.tsx", `import { viewfinderRoi } from "@/lib/scanner/viewfinder-roi";`, false],
  ["components/x/view.tsx", `import { scenarios } from "@/lib/scanner/synthetic/scenarios";`, true],
  ["components/x/view.tsx", `import { x } from "../../lib/client-id";`, true],
  ["components/x/view.tsx", `import fs from "node:fs";`, true],
  ["components/x/view.tsx", `import "server-only";`, true],
  ["components/x/view.tsx", `import ExcelJS from "exceljs";`, true],
  ["components/x/view.tsx", `import { Chart } from "chart.js";`, false],
  ["components/x/view.tsx", `import { thing } from "@/app/signin/actions";`, true],
  // lib never reaches app or components, tests included
  ["lib/x/do-thing.ts", `import { CameraView } from "@/components/scanner/camera-view";`, true],
  ["lib/x/do-thing.test.ts", `import { quiet } from "../../components/scanner/quiet";`, true],
  ["lib/x/do-thing.ts", `import { signIn } from "@/app/signin/actions";`, true],
  ["lib/x/do-thing.ts", `import { getDb } from "@/db/client";`, false],
  // worker threads never import db/client
  ["lib/threads/run.ts", `import { getDb } from "@/db/client";`, true],
  ["lib/exports/pack-worker.ts", `import { getDb } from "../../db/client";`, true],
  ["lib/exports/pack-worker.ts", `import { scans } from "@/db/schema";`, false],
  // a client-safe module stays client-safe: the list is closed
  ["lib/badges/payload.ts", `import { getDb } from "@/db/client";`, true],
  ["lib/badges/payload.ts", `import { readBadges } from "./read-badges";`, true],
  ["lib/badges/payload.ts", `import type { Badge } from "./read-badges";`, false],
  ["lib/badges/payload.ts", `import { BADGE_CODE } from "./badge-code-format";`, false],
  ["lib/scanner/luma-frame.ts", `import { randomBytes } from "node:crypto";`, true],
  ["lib/scanner/luma-frame.ts", `import { render } from "./synthetic/render-scene";`, true],
  ["lib/scanner/luma-frame.ts", `import { deskew } from "./deskew";`, false],
  // app calls lib, not db (types aside); db sits below lib
  ["app/x/page.tsx", `import { getDb } from "@/db/client";`, true],
  ["app/x/page.tsx", `import { requireOrganizer } from "@/lib/auth/guards";`, false],
  ["app/x/page.tsx", `import { signOut } from "@/app/signin/actions";`, false],
  ["db/seed.ts", `import { createEvent } from "@/lib/events/events";`, true],
  // e2e and scripts may import lib (and db, to set up data), never app
  ["e2e/x.spec.ts", `import { createEvent } from "@/lib/events/events";`, false],
  ["scripts/x.ts", `import { thing } from "@/app/signin/actions";`, true],
];

for (const [file, code, refusedExpected] of cases) {
  test(`${file}: ${code} is ${refusedExpected ? "refused" : "allowed"}`, async () => {
    assert.equal(await refused(file, code), refusedExpected);
  });
}

test("an eslint-disable must say why after ` -- `", async () => {
  const reasons = new ESLint({
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === "fairlead/require-disable-reason",
  });
  const complaints = async (comment: string) => {
    const [result] = await reasons.lintText(`${comment}\nexport const x = 1;\n`, { filePath: "lib/x/y.ts" });
    return result?.messages.filter((m) => m.ruleId === "fairlead/require-disable-reason").length;
  };
  assert.equal(await complaints("// eslint-disable-next-line no-console"), 1);
  assert.equal(await complaints("/* eslint-disable no-console */"), 1);
  assert.equal(await complaints("// eslint-disable-next-line no-console -- the CLI's output"), 0);
});
