/**
 * The scenario as each runtime loads it. Node.js, Bun and Deno get one module with the packages left as
 * imports, resolved by the runtime itself to their `dist/` (the `node` condition included, as each
 * runtime applies it); Chromium and workerd get a bundle esbuild makes the way an app's build would:
 * platform browser, nothing external (for workerd, with the conditions Cloudflare's tooling uses).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { repoRoot } from "../../scripts/generate/spec.js";
import { answerCases } from "./answer-cases.js";

const here = join(repoRoot, "test", "runtimes");
/** Inside the repository, so that the runtimes find `@operator-auth/*` in its node_modules. */
export const outDir = join(here, ".build");

const fixture = (name: string) => readFileSync(join(repoRoot, "packages", "betfair-sso", "test", "fixtures", name), "utf8");

async function bundle(entry: string, options: BuildOptions): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    logLevel: "silent",
    define: {
      RUNTIME_MATRIX_CERTIFICATE: JSON.stringify({ cert: fixture("client.crt"), key: fixture("client.key") }),
      RUNTIME_MATRIX_CASES: JSON.stringify(answerCases()),
    },
    ...options,
  });
  return result.outputFiles![0]!.text;
}

/** Writes the module for Node.js, Bun and Deno and returns its path. */
export async function processModule(): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "process.mjs");
  writeFileSync(file, await bundle("process-entry.ts", { platform: "neutral", packages: "external" }));
  return file;
}

/** The browser bundle: the scenario's `runScenario` as an ES module. */
export const browserBundle = () => bundle("scenario.ts", { platform: "browser" });

/** The module worker for workerd. */
export const workerBundle = () => bundle("worker-entry.ts", { platform: "browser", conditions: ["workerd", "worker", "browser"] });
