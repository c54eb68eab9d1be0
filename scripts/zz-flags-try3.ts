import { getDb, closeDb } from "@/db/client";
import { phoneFlags } from "@/lib/dashboard/phone-flags";
import { eventFigures } from "@/lib/dashboard/event-figures";
import { OPERATOR } from "@/lib/auth/actor";
const db = getDb();
for (const [name, f] of Object.entries({ flags: () => phoneFlags(1), figures: () => eventFigures(OPERATOR, 1) })) {
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) { const c0 = process.cpuUsage(); const t0 = performance.now(); f(); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000, performance.now() - t0); }
  console.log(name.padEnd(12), cpu.map((x) => x.toFixed(0)).join(" "), "ms cpu/wall");
}
console.log(JSON.stringify(phoneFlags(1).slice(0, 2)));
closeDb();
