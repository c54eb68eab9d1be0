import assert from "node:assert/strict";
import { test } from "node:test";
import { clientAddress } from "./client-address";

test("[LIMIT] with no proxy, the address Next put in X-Forwarded-For (the socket's)", () => {
  assert.equal(clientAddress("127.0.0.1", 0), "127.0.0.1");
  assert.equal(clientAddress("::ffff:192.168.1.20", 0), "192.168.1.20");
  assert.equal(clientAddress("2001:db8::1", 0), "2001:db8::1");
  assert.equal(clientAddress(null, 0), null);
});

test("[LIMIT] behind trusted proxies, the entry the nearest one appended; a client's own claims on the left are skipped", () => {
  assert.equal(clientAddress("6.6.6.6, 10.0.0.7", 1), "10.0.0.7");
  assert.equal(clientAddress("6.6.6.6, 10.0.0.7, 172.16.0.2", 2), "10.0.0.7");
  assert.equal(clientAddress("10.0.0.7", 2), "10.0.0.7", "fewer entries than proxies: the leftmost");
});
