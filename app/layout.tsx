import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fairlead", template: "%s · Fairlead" },
  description: "Consented lead sharing for events.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f3d3e" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
