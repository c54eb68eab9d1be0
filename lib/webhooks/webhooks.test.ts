// Issue 14 §2: what one webhook delivery does, against a real HTTP receiver in the test, its
// signatures checked with the `standardwebhooks` package (the spec's own reference library).
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { Webhook } from "standardwebhooks";
import { AppError } from "../errors";
import { deliverWebhook } from "./deliver";
import { checkedLookup, isInternalAddress, parseEndpointUrl } from "./endpoint-policy";
import { newWebhookSecret, webhookHeaders } from "./signature";

type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answer: (res: http.ServerResponse) => void = (res) => res.end();
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString("utf8")));
  req.on("end", () => {
    received.push({ headers: req.headers, body });
    answer(res);
  });
});
let base = "";
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const policy = { allowPrivate: false };
const message = (secrets: string[]) => ({ id: `msg_${received.length}`, body: JSON.stringify({ type: "lead.shared", data: { consentId: 7 } }), secrets });
const plain = (headers: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));

test("[WEBHOOK] a message is signed per Standard Webhooks: the reference library verifies it, with either secret during a rotation", async () => {
  const [old, next] = [newWebhookSecret(), newWebhookSecret()];
  assert.match(old, /^whsec_[A-Za-z0-9+/]{43}=$/);
  answer = (res) => res.writeHead(204).end();
  const attempt = await deliverWebhook(`${base}/hook`, message([old, next]), { policy });
  assert.deepEqual([attempt.ok, attempt.status, attempt.error], [true, 204, null]);
  const { headers, body } = received.at(-1)!;
  assert.equal(headers["content-type"], "application/json");
  assert.equal(String(headers["webhook-signature"]).split(" ").length, 2, "one signature per valid secret");
  for (const secret of [old, next]) assert.deepEqual(new Webhook(secret).verify(body, plain(headers)), JSON.parse(body));
  assert.throws(() => new Webhook(newWebhookSecret()).verify(body, plain(headers)), /No matching signature/, "another secret does not verify");
  assert.throws(() => new Webhook(old).verify(body.replace("7", "8"), plain(headers)), /No matching signature/, "a changed body does not verify");
  const stale = webhookHeaders([old], "msg_old", new Date(Date.now() - 10 * 60_000), body);
  assert.throws(() => new Webhook(old).verify(body, stale), /too old/, "the timestamp is signed: a replay later is refused");
});

test("[WEBHOOK] an answer that is not 2xx is not a delivery; a redirect is not followed; a receiver that never answers times out", async () => {
  answer = (res) => res.writeHead(500).end("boom");
  assert.deepEqual(await deliverWebhook(`${base}/hook`, message([newWebhookSecret()]), { policy }).then((a) => [a.ok, a.status, a.error]), [false, 500, "answered 500"]);

  const before = received.length;
  answer = (res) => res.writeHead(302, { location: `${base}/elsewhere` }).end();
  const redirected = await deliverWebhook(`${base}/hook`, message([newWebhookSecret()]), { policy });
  assert.deepEqual([redirected.ok, redirected.status], [false, 302]);
  assert.match(redirected.error!, /redirects are not followed/);
  assert.equal(received.length, before + 1, "the redirect's target was never asked");

  answer = () => {}; // never answers
  const silent = await deliverWebhook(`${base}/hook`, message([newWebhookSecret()]), { policy, timeoutMs: 300 });
  assert.deepEqual([silent.ok, silent.status, silent.error], [false, null, "no answer within 0.3 s"]);
  assert.ok(silent.latencyMs >= 300 && silent.latencyMs < 2_000, `${silent.latencyMs} ms`);
});

test("[WEBHOOK] only https, or http to localhost; no credentials; no private or internal address unless allowed", () => {
  const refused = (url: string, why: RegExp, allowPrivate = false) =>
    assert.throws(() => parseEndpointUrl(url, { allowPrivate }), (e: unknown) => e instanceof AppError && e.code === "invalid" && why.test(e.message), url);
  assert.equal(parseEndpointUrl("https://crm.example.com/hooks/fairlead", policy).hostname, "crm.example.com");
  assert.equal(parseEndpointUrl("http://localhost:3000/hook", policy).port, "3000");
  refused("http://crm.example.com/hook", /use https/);
  refused("ftp://crm.example.com/hook", /use https/);
  refused("not an address", /full address/);
  refused("https://user:secret@crm.example.com/hook", /user name or password/);
  for (const inside of ["https://10.1.2.3/x", "https://192.168.0.10/x", "https://172.20.0.1/x", "https://169.254.169.254/latest/meta-data", "https://[fd00::1]/x", "https://[::ffff:10.0.0.1]/x", "https://100.64.0.1/x"]) {
    refused(inside, /private or internal/);
  }
  assert.equal(parseEndpointUrl("https://10.1.2.3/x", { allowPrivate: true }).hostname, "10.1.2.3", "the organizer may allow private networks");
  assert.equal(isInternalAddress("93.184.216.34"), false);
  assert.equal(isInternalAddress("2606:2800:220:1:248:1893:25c8:1946"), false);
});

test("[WEBHOOK] a name that resolves inward is refused at connection time (DNS rebinding), on the addresses the connection would use", async () => {
  const fake = ((_name: string, _options: unknown, callback: (e: null, a: { address: string; family: number }[]) => void) =>
    callback(null, [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.5", family: 4 }])) as never;
  const outcome = await new Promise<string>((resolve) => checkedLookup(policy, fake)("crm.example.com", { all: true }, (error) => resolve(error ? error.message : "allowed")));
  assert.equal(outcome, "crm.example.com resolves to a private or internal address");
  const allowed = await new Promise<string>((resolve) => checkedLookup({ allowPrivate: true }, fake)("crm.example.com", { all: true }, (error) => resolve(error ? error.message : "allowed")));
  assert.equal(allowed, "allowed");
});
