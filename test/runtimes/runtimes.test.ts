/**
 * The runtime matrix: every client's built main entry (and Betfair's /cert subpath) gets every example of
 * every documented status of every operation it calls, 3xx included, in Node.js, Bun, Deno, Chromium and
 * Cloudflare's workerd, each against the same loopback fake provider answering with the specs' examples.
 * Each runtime must report what Node.js reports, except where the README's Runtimes table says otherwise:
 * the certificate login runs on Node.js alone, and a browser's fetch hides a 3xx (kind `opaque-redirect`).
 * A runtime that cannot run here is skipped with its reason, except in CI, where that fails.
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
import { answerCases } from "./answer-cases.js";
import { ensureBuilt } from "./built-packages.js";
import { browserBundle, processModule, workerBundle } from "./bundles.js";
import { caseName, type AnswerCase } from "./cases.js";
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
  /** Whether its fetch hides a 3xx from scripts (an opaque-redirect response), as browsers' does. */
  hidesRedirects?: boolean;
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
    hidesRedirects: true,
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

/** The spec's example a case is answered with. */
const specs = new Map(
  ["betfair-sso", "posapi-auth", "casino-gateway"].map((provider) => [provider, { cases: contractCases(specFile(provider)), codes: specCodes(specFile(provider)) }]),
);

function example({ provider, operationId, status, example: exampleName }: AnswerCase): Record<string, unknown> {
  const found = specs.get(provider)!.cases.find((c) => c.operationId === operationId && c.status === status && c.example === exampleName);
  if (!found) throw new Error(`${provider} has no ${operationId} ${status} example "${exampleName}"`);
  return found.value;
}

/** A documented answer's result: no error, and a failure's code comes from the answer with the spec's outcome for it. */
function expectDocumentedResult(answer: AnswerCase, report: CallReport) {
  const name = caseName(answer);
  expect(report.error, name).toBeUndefined();
  expect(typeof report.ok, name).toBe("boolean");
  if (report.ok || report.code === null || report.code === undefined) return;
  expect(JSON.stringify(example(answer)), `${name}: the code comes from the answer`).toContain(JSON.stringify(report.code));
  const rows = specs.get(answer.provider)!.codes.get(String(report.code)) ?? [];
  expect(rows.map((row) => row.outcome), `${name}: the spec's outcome of ${String(report.code)}`).toContain(report.outcome);
}

const cases = answerCases();
const isRedirect = (status: number) => status >= 300 && status < 400;
let nodeReport: ScenarioReport | undefined;

describe("runtime matrix: every documented answer through every client's built entry", () => {
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
        expect(Object.keys(report).sort()).toEqual(cases.map(caseName).sort());
        // The 3xx answers are really there to be hidden.
        expect(cases.filter((c) => isRedirect(c.status)).length).toBeGreaterThan(0);
        for (const answer of cases) {
          const name = caseName(answer);
          if (answer.operationId === "certLogin") {
            if (runtime.certLogin) expectDocumentedResult(answer, report[name]!);
            else expect(report[name], name).toMatchObject({ error: { name: "OperatorAuthError", kind: "unsupported-runtime" } });
          } else if (runtime.hidesRedirects && isRedirect(answer.status)) {
            expect(report[name], name).toEqual({
              error: {
                name: "OperatorAuthError",
                kind: "opaque-redirect",
                message: `${answer.operationId}: a browser's fetch hides a redirect (HTTP 3xx) from scripts, so the answer cannot be read here; make this call from a server.`,
              },
            });
          } else {
            expectDocumentedResult(answer, report[name]!);
          }
        }
        // Every call reached the fake, at the operation's documented method and path.
        const reached = cases.filter((c) => runtime.certLogin || c.operationId !== "certLogin");
        expect(fake.answered).toEqual(reached.map(({ provider, operationId, status, example }) => `${provider} ${operationId} ${status} ${example}`));
        // And came back exactly as it does on Node.js, but for what the runtime cannot do.
        const comparable = (from: ScenarioReport) =>
          Object.fromEntries(
            cases
              .filter((c) => c.operationId !== "certLogin" && !(runtime.hidesRedirects && isRedirect(c.status)))
              .map((c) => [caseName(c), from[caseName(c)]]),
          );
        if (runtime.name === "Node.js") nodeReport = report;
        else if (nodeReport) expect(comparable(report)).toEqual(comparable(nodeReport));
      } finally {
        await fake.close();
      }
    });
  }
});
