// `postinstall`: copies ZXing C++'s reader (zxing-wasm) into public/decoder/ under a versioned
// name, so booth phones fetch it from Fairlead itself (zxing-wasm defaults to a CDN, which a venue
// network may not reach and which would see every booth's use) and the service worker can keep
// it for offline (public/sw.js). Plain Node, no dependencies: it runs on a production install too.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "node_modules/zxing-wasm/package.json"), "utf8"));
const out = join(root, "public/decoder");
mkdirSync(out, { recursive: true });
// An older version's file would be served to nobody but kept by every deploy.
for (const old of readdirSync(out)) if (old.endsWith(".wasm")) rmSync(join(out, old));
copyFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm"), join(out, `zxing_reader-${version}.wasm`));
