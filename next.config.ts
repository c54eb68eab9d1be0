import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two checkouts or test runs build side by side (default .next).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The dev overlay's indicator sits over the scanner's controls on a phone.
  devIndicators: false,
};

export default nextConfig;
