import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fairlead", template: "%s · Fairlead" },
  description: "Consented lead sharing for events.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f3d3e" };

// Every page renders per request: its scripts carry the nonce of that request's CSP (proxy.ts,
// docs/decisions/033), which a page prerendered at build time cannot know.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
