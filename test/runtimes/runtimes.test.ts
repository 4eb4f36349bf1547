/**
 * The runtime matrix: every client's built main entry (and Betfair's /cert subpath) logs in, and gets a
 * documented failure, in Node.js, Bun, Deno, Chromium and Cloudflare's workerd, each against the same
 * loopback fake provider answering with the specs' examples. A runtime that cannot run here is skipped
 * with its reason, except in CI, where that fails.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/generate/spec.js";
import { inCi } from "../ci.js";
import { chromiumInstalled, chromiumPath, launchChromium } from "../chromium.js";
import { contractCases, specCodes } from "../contract-cases.js";
import { specFile } from "../paths.js";
import { ensureBuilt } from "./built-packages.js";
import { browserBundle, processModule, workerBundle } from "./bundles.js";
import { loginCases, type CaseName } from "./cases.js";
import { startFakeProvider } from "./fake-provider.js";
import type { CallReport, ScenarioReport } from "./scenario.js";

const run = promisify(execFile);
const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

interface Runtime {
  name: string;
  /** Why the runtime cannot run here, or `undefined` when it can. */
  missing(): Promise<string | undefined>;
  /** Runs the scenario against the fake provider at `origin` and returns its report. */
  scenario(origin: string): Promise<ScenarioReport>;
  /** Whether Betfair's certificate login works there. */
  certLogin: boolean;
}

/** Why `command --version` fails, or `undefined` when it runs. */
async function doesNotRun(command: string): Promise<string | undefined> {
  try {
    await run(command, ["--version"], { timeout: 60_000 });
    return undefined;
  } catch (error) {
    return `${command} --version failed (${(error as Error).message.split("\n")[0]}); node scripts/bootstrap.mjs installs it`;
  }
}

async function inProcess(command: string, args: string[], origin: string): Promise<ScenarioReport> {
  const { stdout } = await run(command, [...args, origin], { cwd: repoRoot, timeout: 120_000 });
  return JSON.parse(stdout) as ScenarioReport;
}

let moduleFile = "";
let browserScript = "";
let workerScript = "";
const page = `<!doctype html><meta charset="utf-8"><title>runtime matrix</title>`;

const runtimes: Runtime[] = [
  {
    name: "Node.js",
    missing: async () => undefined,
    scenario: (origin) => inProcess(process.execPath, [moduleFile], origin),
    certLogin: true,
  },
  {
    name: "Bun",
    missing: () => doesNotRun(bin("bun")),
    scenario: (origin) => inProcess(bin("bun"), [moduleFile], origin),
    certLogin: false,
  },
  {
    name: "Deno",
    missing: () => doesNotRun(bin("deno")),
    scenario: (origin) => inProcess(bin("deno"), ["run", "--allow-net=127.0.0.1", `--allow-read=${repoRoot}`, moduleFile], origin),
    certLogin: false,
  },
  {
    name: "Chromium",
    missing: async () => (chromiumInstalled() ? undefined : `${chromiumPath} is missing (apt-get install -y chromium)`),
    async scenario(origin) {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on("pageerror", (error) => errors.push(error.message));
        await tab.goto(`${origin}/page.html`);
        // A string, so that the test's own transform leaves the page's dynamic import alone.
        const report = (await tab.evaluate("import('/scenario.js').then((bundle) => bundle.runScenario(location.origin))")) as ScenarioReport;
        expect(errors).toEqual([]);
        return report;
      } finally {
        await browser.close();
      }
    },
    certLogin: false,
  },
  {
    name: "workerd (miniflare 3)",
    async missing() {
      try {
        const miniflare = createRequire(import.meta.url).resolve("miniflare");
        return doesNotRun(createRequire(miniflare).resolve("workerd/bin/workerd"));
      } catch (error) {
        return `miniflare is not installed (${(error as Error).message.split("\n")[0]}); node scripts/bootstrap.mjs installs it`;
      }
    },
    async scenario(origin) {
      const { Miniflare } = await import("miniflare");
      const worker = new Miniflare({ modules: true, script: workerScript, compatibilityDate: "2024-09-23" });
      try {
        const response = await worker.dispatchFetch(`http://worker.example/?origin=${encodeURIComponent(origin)}`);
        expect(response.status).toBe(200);
        return (await response.json()) as ScenarioReport;
      } finally {
        await worker.dispose();
      }
    },
    certLogin: false,
  },
];

/** The spec's example each case is answered with. */
function example(name: CaseName): Record<string, unknown> {
  const { provider, operationId, status, example: exampleName } = loginCases[name];
  const found = contractCases(specFile(provider)).find((c) => c.operationId === operationId && c.status === status && c.example === exampleName);
  if (!found) throw new Error(`${provider} has no ${operationId} ${status} example "${exampleName}"`);
  return found.value;
}

/** What the spec says of a documented failure's code: its outcome must be the one reported. */
function expectDocumentedFailure(name: CaseName, report: CallReport) {
  expect(report, name).toMatchObject({ ok: false });
  expect(JSON.stringify(example(name)), `${name}: the code comes from the answer`).toContain(JSON.stringify(report.code));
  const rows = specCodes(specFile(loginCases[name].provider)).get(String(report.code)) ?? [];
  expect(rows.map((row) => row.outcome), `${name}: the spec's outcome of ${String(report.code)}`).toContain(report.outcome);
}

const names = Object.keys(loginCases) as CaseName[];
let nodeReport: ScenarioReport | undefined;

describe("runtime matrix: a login and a documented failure through every client's built entry", () => {
  beforeAll(async () => {
    ensureBuilt();
    [moduleFile, browserScript, workerScript] = await Promise.all([processModule(), browserBundle(), workerBundle()]);
  }, 300_000);

  for (const runtime of runtimes) {
    it(runtime.name, { timeout: 180_000 }, async (context) => {
      const missing = await runtime.missing();
      if (missing) {
        if (inCi) throw new Error(`${runtime.name} cannot run in CI: ${missing}`);
        console.log(`runtime matrix: ${runtime.name} skipped: ${missing}`);
        context.skip(missing);
      }
      const fake = await startFakeProvider({
        "/page.html": { type: "text/html; charset=utf-8", body: page },
        "/scenario.js": { type: "text/javascript; charset=utf-8", body: browserScript },
      });
      try {
        const report = await runtime.scenario(fake.url);
        expect(Object.keys(report).sort()).toEqual([...names].sort());
        for (const name of names) {
          if (name === "betfair-sso certLogin") continue;
          if (name.endsWith(" failure")) expectDocumentedFailure(name, report[name]);
          else expect(report[name], name).toMatchObject({ ok: true });
        }
        if (runtime.certLogin) {
          expect(report["betfair-sso certLogin"]).toMatchObject({ ok: true, status: "SUCCESS" });
        } else {
          expect(report["betfair-sso certLogin"]).toMatchObject({ error: { name: "OperatorAuthError", kind: "unsupported-runtime" } });
        }
        // Every call reached the fake, at the operation's documented method and path.
        const reached = names.filter((name) => runtime.certLogin || name !== "betfair-sso certLogin");
        expect(fake.answered).toEqual(reached.map((name) => Object.values(loginCases[name]).join(" ")));
        // And came back exactly as it does on Node.js.
        if (runtime.name === "Node.js") nodeReport = report;
        else if (nodeReport) expect({ ...report, "betfair-sso certLogin": undefined }).toEqual({ ...nodeReport, "betfair-sso certLogin": undefined });
      } finally {
        await fake.close();
      }
    });
  }
});
