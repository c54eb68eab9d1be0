// `npm run lint`: the import arrows of DESIGN.md (app → components, lib; components → lib for
// types and pure helpers only; lib → db; worker threads never open db/client) and the
// type-aware rules. Why built-in rules and not a boundaries plugin:
// docs/decisions/016-lint-enforces-boundaries.md. scripts/lint-boundaries.test.ts proves each
// arrow fires.
import { builtinModules } from "node:module";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// lib modules a browser may run: no database, no Node API, no secrets. Components import
// values only from these (types from anywhere in lib). The set is closed: a module on it may
// import values only from modules on it (checked below), so an addition is checked, not trusted.
// Paths from the project root, without extension.
const CLIENT_SAFE_LIB = [
  "lib/client-id",
  "lib/attendees/import/import-fields",
  "lib/badges/badge-code-format",
  "lib/badges/badge-layouts",
  "lib/badges/payload",
  "lib/consent/notice-text",
  "lib/dashboard/chart-rows",
  "lib/dashboard/phone-flag-thresholds",
  "lib/drawing/fractions",
  "lib/leads/lead-filter-options",
  "lib/leads/merge-values",
  "lib/leads/types",
  "lib/partners/roles",
  "lib/sync/sync-result",
];
// Folders that are browser code as a whole (the camera decoder runs on the booth phone).
const CLIENT_SAFE_FOLDERS = ["lib/scanner", "lib/i18n"];

const TS = ["**/*.ts", "**/*.tsx", "**/*.mts"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];
const WORKERS = ["lib/threads/**/*.ts", "lib/**/*-worker.ts"]; // files run as worker threads
const under = (folder) => [`${folder}/**/*.ts`, `${folder}/**/*.tsx`];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const oneOf = (names) => `(${names.map(escape).join("|")})`;
/** An import of `folder` through the alias or by a relative path that climbs to it. */
const reach = (folder) => `^(@/|(\\.\\./)+)${folder}(/|$)`;

const NOT_APP = { regex: reach("app"), message: "app/ is routes: nothing imports it (DESIGN: app → components, lib)." };
const NOT_COMPONENTS = { regex: reach("components"), message: "lib/ never imports components/ (DESIGN: lib → db)." };
const NOT_DB = { regex: reach("db"), message: "components/ never reach db/: lib/ reads the data." };
const NOT_LIB = { regex: reach("lib"), message: "db/ sits below lib/ and never imports it." };
const DB_TYPES_ONLY = { ...NOT_DB, allowTypeImports: true, message: "Only types from db/ here: lib/ does the data access." };
const NOT_DB_CLIENT = {
  regex: "^(@/|(\\.\\./)+)db/client$",
  message: "A worker thread never imports db/client: that connection belongs to the thread that made it.",
};
const NODE_ONLY = {
  // Node's modules, the server-side packages in package.json, and Next's server-only entries.
  regex: `^(node:|${oneOf(builtinModules)}(/|$)|(better-sqlite3|exceljs|pdfkit|csv-parse|server-only)(/|$)|drizzle-orm|bwip-js/node$|next/(headers|server)$)`,
  message: "Browser code imports no Node-only or server-only module.",
};
const NO_ZOD = {
  // Classic zod 4 probes for eval (`Function("")`) when a z.object is built: the page's CSP refuses
  // and reports it (decision 033). zod/mini builds objects without the probe.
  regex: "^zod(/v4)?$",
  allowTypeImports: true,
  message: "Browser code imports zod/mini, not zod: classic zod's eval probe breaks the CSP (decision 033).",
};
const LIB_VALUES_LISTED = {
  regex: `^(@/lib/(?!${oneOf(CLIENT_SAFE_LIB.map((p) => p.slice(4)))}$|${oneOf(CLIENT_SAFE_FOLDERS.map((p) => p.slice(4)))}/[^/]+$)|(\\.\\./)+lib/)`,
  allowTypeImports: true,
  message: "Browser code imports only types from this module: values come from CLIENT_SAFE_LIB in eslint.config.mjs (pure helpers).",
};

/** A client-safe module's relative value imports must stay on the list too. */
function siblingsListed(dir, names) {
  return {
    // `./x` not on the list, any `./x/y`, and anything that climbs out with `../`.
    regex: names === "*" ? "^(\\./[^/]+/|\\.\\./)" : `^(\\./(?!${oneOf(names)}$)|\\.\\./)`,
    allowTypeImports: true,
    message: `A client-safe module imports values only from CLIENT_SAFE_LIB (${dir}).`,
  };
}

const restrict = (...patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

// One block per folder of client-safe modules, so each knows which siblings are listed.
const byFolder = new Map();
for (const p of CLIENT_SAFE_LIB) {
  const dir = p.slice(0, p.lastIndexOf("/"));
  byFolder.set(dir, [...(byFolder.get(dir) ?? []), p.slice(dir.length + 1)]);
}
const clientSafeBlocks = [
  ...[...byFolder].map(([dir, names]) => ({
    files: names.flatMap((n) => [`${dir}/${n}.ts`, `${dir}/${n}.tsx`]),
    ignores: TESTS,
    rules: restrict(NOT_APP, NOT_COMPONENTS, DB_TYPES_ONLY, NODE_ONLY, NO_ZOD, LIB_VALUES_LISTED, siblingsListed(dir, names)),
  })),
  ...CLIENT_SAFE_FOLDERS.map((dir) => ({
    files: [`${dir}/*.ts`, `${dir}/*.tsx`],
    ignores: TESTS,
    rules: restrict(NOT_APP, NOT_COMPONENTS, DB_TYPES_ONLY, NODE_ONLY, NO_ZOD, LIB_VALUES_LISTED, siblingsListed(dir, "*")),
  })),
];

/** Every eslint-disable says why, after ` -- ` (ESLint's own syntax for a description). */
const requireDisableReason = {
  meta: { type: "suggestion", schema: [], messages: { reason: "Say why the rule is off: `eslint-disable… rule -- reason`." } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable/.test(text) && !/\s--\s+\S/.test(text)) context.report({ loc: comment.loc, messageId: "reason" });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "data/**",
      "db/migrations/**",
      "test-results*/**",
      "playwright-report/**",
      "e2e/.tmp/**",
      ".proto/**",
      "next-env.d.ts",
      "public/sw.js", // built from components/scanner/offline/service-worker.ts, which is linted
    ],
  },
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { fairlead: { rules: { "require-disable-reason": requireDisableReason } } },
    rules: {
      "fairlead/require-disable-reason": "error",
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's test() returns a promise the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "describe", "it", "suite"] }] },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unsafe-assignment": "error",
      "@typescript-eslint/no-unsafe-member-access": "error",
      "@typescript-eslint/no-unsafe-call": "error",
      "@typescript-eslint/no-unsafe-return": "error",
      "@typescript-eslint/no-unsafe-argument": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.tsx", ...under("components")],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: { ...reactHooks.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  // The arrows. A file takes the options of the LAST block that matches it, so each block
  // repeats every pattern its files need (a worker is also lib; a client-safe module too).
  { files: under("app"), rules: restrict(DB_TYPES_ONLY) },
  { files: under("components"), ignores: TESTS, rules: restrict(NOT_APP, NOT_DB, NODE_ONLY, NO_ZOD, LIB_VALUES_LISTED) },
  // A component's unit test runs in Node (scripts/run-unit-tests.ts): it renders the component, never the database.
  { files: TESTS.map((t) => `components/${t}`), rules: restrict(NOT_APP, NOT_DB) },
  { files: under("lib"), rules: restrict(NOT_APP, NOT_COMPONENTS) },
  { files: WORKERS, rules: restrict(NOT_APP, NOT_COMPONENTS, NOT_DB_CLIENT) },
  ...clientSafeBlocks,
  { files: under("db"), ignores: TESTS, rules: restrict(NOT_APP, NOT_COMPONENTS, NOT_LIB) },
  { files: [...under("e2e"), ...under("scripts")], rules: restrict(NOT_APP) },
);
