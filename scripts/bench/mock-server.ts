/**
 * The testing kit's figures: how long the mock server takes to start (in process, and in a fresh
 * process with its import), how many requests per second it answers on one core, and, on the same
 * machine, how long Prism takes to start for the same spec.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { specFile } from "../../test/paths.js";
import { startPrism } from "../../test/prism.js";
import { repoRoot } from "../generate/spec.js";
import { median } from "./figures.js";

const kitEntry = pathToFileURL(join(repoRoot, "packages", "testing", "dist", "index.js")).href;
const tsxImport = ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];

async function startTimes() {
  const { startMockServer } = (await import(kitEntry)) as typeof import("../../packages/testing/src/index.js");
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const server = await startMockServer("betfair-sso");
    warm.push(performance.now() - start);
    await server.close();
  }
  const script = `const t = performance.now(); const { startMockServer } = await import(${JSON.stringify(kitEntry)}); const s = await startMockServer("betfair-sso"); process.stdout.write(String(performance.now() - t)); await s.close();`;
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) cold.push(Number(spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).stdout));
  console.log(
    `mock server start (betfair-sso): ${median(warm).toFixed(2)} ms in process, ${median(cold).toFixed(1)} ms in a fresh process with its import (target < 100 ms)`,
  );
}

/** Keep-alive load from this process against the server in another, pinned to one core where `taskset` exists. */
async function throughput() {
  const pin = spawnSync("taskset", ["--version"]).status === 0;
  const args = [...tsxImport, join(repoRoot, "scripts", "bench", "kit-server.ts")];
  const server = pin ? spawn("taskset", ["-c", "0", process.execPath, ...args], { stdio: ["ignore", "pipe", "inherit"] }) : spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = ((await createInterface({ input: server.stdout! })[Symbol.asyncIterator]().next()).value as string).trim();
    const login = () =>
      fetch(`${url}/api/login`, {
        method: "POST",
        headers: { accept: "application/json", "x-application": "IhDSui3ODdsdwo", "content-type": "application/x-www-form-urlencoded" },
        body: "username=example_user&password=secret",
      }).then((response) => response.arrayBuffer());
    const run = async (ms: number) => {
      let done = 0;
      const until = performance.now() + ms;
      await Promise.all(Array.from({ length: 32 }, async () => {
        while (performance.now() < until) await login(), done++;
      }));
      return done / (ms / 1000);
    };
    await run(1000);
    const rates = [await run(3000), await run(3000), await run(3000)];
    console.log(`mock server throughput: ${Math.round(median(rates))} requests/s (login, 32 concurrent keep-alive clients, server ${pin ? "pinned to one core" : "on one event loop"}; median of 3 × 3 s)`);
  } finally {
    server.kill("SIGTERM");
  }
}

async function prismStart() {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const prism = await startPrism(specFile("betfair-sso"), { timeoutMs: 120_000 });
    times.push(performance.now() - start);
    await prism.stop();
  }
  console.log(`Prism start (betfair-sso, same machine): ${(median(times) / 1000).toFixed(2)} s until it answers (median of 3)`);
}

export async function mockServerFigures() {
  await startTimes();
  await throughput();
  await prismStart();
}
