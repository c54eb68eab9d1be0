"use client";
// The camera is allowed only in a document loaded as /scan (Permissions-Policy, decision 033).
// A client-side navigation into /scan (the pairing form's redirect, a link that is not a plain
// <a>) keeps the document of the page it came from, where `camera=()` holds and the browser
// refuses the camera as if staff had. So the scanner loads itself once as a page of its own.
// Rendered before the scanner: its effect runs before the camera's.
import { useEffect } from "react";

export function ScanDocumentGuard() {
  useEffect(() => {
    const entry = performance.getEntriesByType("navigation")[0];
    if (entry && new URL(entry.name).pathname !== "/scan") window.location.reload();
  }, []);
  return null;
}
