import type { NextConfig } from "next";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two checkouts or test runs build side by side (default .next).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The dev overlay's indicator sits over the scanner's controls on a phone.
  devIndicators: false,
  // Server actions take at most 1 MB (Next's default, stated here so it is a decision): the
  // largest, the import's preview, sends a few sample rows. Next answers a bigger body with 413.
  // Files go to route handlers with their own caps (lib/http/read-body.ts).
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  // nosniff, X-Frame-Options, Referrer-Policy, Permissions-Policy (and HSTS behind the HTTPS
  // front) on every response; a page's CSP comes from proxy.ts (docs/decisions/033).
  headers: () => Promise.resolve(staticHeaderRules()),
};

export default nextConfig;
