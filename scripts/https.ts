// `npm run https`: an HTTPS front for booth phones on a venue network. Phones need a secure
// context for the camera; this serves TLS on HTTPS_PORT (default 3443) with a self-signed
// certificate made once by openssl for this machine's names and addresses, and forwards to
// Fairlead on PORT (default 3000). See README "Phones on a venue network".
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HTTPS_PORT: z.coerce.number().int().min(1).max(65535).default(3443),
    FAIRLEAD_TLS_DIR: z.string().default(path.join("data", "tls")),
  })
  .parse(process.env);

function addresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === "IPv4")
    .map((a) => a.address);
}

function certificate(): { key: Buffer; cert: Buffer } {
  const key = path.join(env.FAIRLEAD_TLS_DIR, "key.pem");
  const cert = path.join(env.FAIRLEAD_TLS_DIR, "cert.pem");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    fs.mkdirSync(env.FAIRLEAD_TLS_DIR, { recursive: true });
    const names = ["localhost", os.hostname(), `${os.hostname()}.local`].map((n) => `DNS:${n}`);
    const ips = addresses().map((a) => `IP:${a}`);
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30",
      "-keyout", key, "-out", cert, "-subj", "/CN=Fairlead venue server",
      "-addext", `subjectAltName=${[...names, ...ips].join(",")}`,
    ], { stdio: "ignore" });
    console.log(`Made a self-signed certificate in ${env.FAIRLEAD_TLS_DIR} (valid 30 days).`);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

const server = https.createServer(certificate(), (req, res) => {
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: env.PORT,
      method: req.method,
      path: req.url,
      // The phone's address appended, as proxies do: FAIRLEAD_TRUSTED_PROXIES=1 makes per-address
      // limits count it (lib/http/client-address.ts); without it every phone would be 127.0.0.1.
      headers: {
        ...req.headers,
        "x-forwarded-proto": "https",
        "x-forwarded-host": req.headers.host ?? "",
        "x-forwarded-for": [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", "),
      },
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on("error", () => {
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
    res.end(`Fairlead is not answering on port ${env.PORT}. Start it with npm start.`);
  });
  req.pipe(upstream);
});

server.listen(env.HTTPS_PORT, "0.0.0.0", () => {
  const urls = ["localhost", ...addresses().filter((a) => a !== "127.0.0.1")].map((h) => `  https://${h}:${env.HTTPS_PORT}`);
  console.log(`HTTPS for booth phones, forwarding to http://127.0.0.1:${env.PORT}:\n${urls.join("\n")}`);
  console.log("Set FAIRLEAD_PUBLIC_URL to the address phones use, so pairing links point there.");
});
