// Every page names its icons (Next's app/icon.svg, apple-icon.png, favicon.ico) and each one
// loads: no 404 in the server's log for a browser's favicon request, and no CSP refusal.
import { BASE_URL, expect, test } from "./support/world";

test("[ICONS] a page links its favicon and app icons, and each one loads under the page's CSP", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Failed to load resource/i.test(m.text())) refused.push(m.text());
  });
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/signin");
  const links = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((els) => els.map((e) => ({ rel: e.getAttribute("rel"), href: e.getAttribute("href")!, type: e.getAttribute("type") })));
  expect(links.map((l) => new URL(l.href, BASE_URL).pathname).sort()).toEqual(["/apple-icon.png", "/favicon.ico", "/icon.svg"]);
  for (const link of links) {
    const response = await page.request.get(link.href);
    expect(response.status(), link.href).toBe(200);
    expect(response.headers()["content-type"], link.href).toBe(link.type);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  // Clients that ask by the old name without reading the page.
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
  expect(refused).toEqual([]);
});
