/**
 * `npm run bench` (or `pnpm bench`): the figures behind the speed targets, one line each.
 *  1. Per-call overhead of each client's login over what a careful hand-written call does: a bare
 *     `fetch` of the very same request with `AbortSignal.timeout(…)` and a JSON parse, against a
 *     loopback server in another process; calls alternate, ratio of medians (target ≤ 1.05). Then
 *     the same client given no-op hooks against the same bare call (target ≤ 1.10), and batches of 512
 *     concurrent logins against batches of 512 bare calls (target ≤ 1.10). Each client is
 *     measured in a fresh process (scripts/bench/overhead.ts).
 *  2. Cold import time of each client over importing openapi-fetch alone: fresh processes, alternating.
 *  3. Wall time of `generate` for all specs.
 *  4. Sessions (scripts/bench/sessions.ts, in a process of its own): memory and timers of 10,000 user
 *     sessions, keep-alives of active users only, and the latency a keeper's `get()` adds.
 *  5. The testing kit's mock server: start time, requests per second on one core, Prism's start time.
 * The clients are imported from their built output, as an app would import them.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { allFlows } from "../../test/flows/index.js";
import { repoRoot } from "../generate/spec.js";
import { mockServerFigures } from "./mock-server.js";
import { median, verdict } from "./figures.js";

const tsxImport = ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];

/** Each client's overhead (scripts/bench/overhead.ts) in a process of its own, against one server in another. */
async function overhead() {
  const server = spawn(process.execPath, [...tsxImport, join(repoRoot, "scripts", "bench", "example-server.ts")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [baseUrl] = await createInterface({ input: server.stdout! })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
  try {
    for (const flows of allFlows) {
      if (!flows.calls.login) continue;
      execFileSync(process.execPath, [...tsxImport, join(repoRoot, "scripts", "bench", "overhead.ts"), flows.provider, baseUrl!], { stdio: "inherit" });
    }
  } finally {
    server.kill("SIGTERM");
  }
}

function coldImport() {
  const timeImport = (url: string) => {
    const script = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
    const { stdout } = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    return Number(stdout);
  };
  for (const flows of allFlows) {
    const packageDir = join(repoRoot, "packages", flows.provider);
    const client = pathToFileURL(join(packageDir, "dist", "index.js")).href;
    const openapiFetch = pathToFileURL(createRequire(join(packageDir, "package.json")).resolve("openapi-fetch")).href;
    const clientTimes: number[] = [];
    const baseTimes: number[] = [];
    for (let i = 0; i < 15; i++) {
      clientTimes.push(timeImport(client));
      baseTimes.push(timeImport(openapiFetch));
    }
    const ratio = median(clientTimes) / median(baseTimes);
    console.log(
      `cold import ${flows.provider}: ${median(clientTimes).toFixed(1)} ms, openapi-fetch alone ${median(baseTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target ≤ 1.5: ${verdict(ratio, 1.5)})`,
    );
  }
}

function generateTime() {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [...tsxImport, join(repoRoot, "scripts", "generate.ts")], { stdio: "ignore" });
    times.push((performance.now() - start) / 1000);
  }
  const seconds = median(times);
  console.log(`generate, all specs: ${seconds.toFixed(2)} s wall (median of 3; target ≤ 5 s: ${verdict(seconds, 5)})`);
}

// `npm run bench -- overhead` (or `cold-import`, `generate`) runs one part only.
const only = process.argv[2];
if (!only || only === "overhead") await overhead();
if (!only || only === "cold-import") coldImport();
if (!only || only === "generate") generateTime();
if (!only || only === "mock-server") await mockServerFigures();
if (!only || only === "sessions") {
  execFileSync(process.execPath, ["--expose-gc", ...tsxImport, join(repoRoot, "scripts", "bench", "sessions.ts")], { stdio: "inherit" });
}
