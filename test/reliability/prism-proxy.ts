/**
 * Prism in proxy mode in front of a loopback server: it forwards each request and reports in
 * `sl-violations` where the request or the answer breaks the spec. The reliability suite uses it as an
 * independent judge of its own body generator: what the generator calls valid, Prism must find valid.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { specFile } from "../paths.js";
import { providers } from "./adapters.js";
import { startCaseServer, type CaseServer } from "./harness.js";

const prismBin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

export interface PrismProxy {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPrismProxy(specFile: string, upstream: string, { timeoutMs = 30_000 } = {}): Promise<PrismProxy> {
  const port = await freePort();
  const child = spawn(process.execPath, [prismBin, "proxy", "-h", "127.0.0.1", "-p", String(port), specFile, upstream], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const forced = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(forced);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (/Prism is listening/.test(output)) return { url, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`Prism proxy did not start for ${specFile}:\n${output.slice(-2000)}`);
}

/** Where a violation Prism reports lies, and what it says. */
export interface Violation {
  location: string[];
  message: string;
}

/** Prism cannot check a `mutualTLS` security scheme and says so on every call of an operation that uses one. */
const prismLimitations = new Set(["We currently do not support this type of security scheme: mutualTLS"]);

/** A fetch that records the violations Prism reports for each response it passes through. */
export function violationRecorder(base: typeof globalThis.fetch) {
  const reported: Violation[][] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await base(input, init);
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]") as Violation[];
    reported.push(violations.filter((v) => !prismLimitations.has(v.message)));
    return response;
  };
  return { reported, fetch };
}

export interface Judges {
  /** The loopback server the proxies forward to. */
  upstream: CaseServer;
  proxies: Map<string, PrismProxy>;
}
let judgesStarting: Promise<Judges> | undefined;

/**
 * Starts one Prism proxy per spec in front of a loopback server, once. Called early (and not awaited)
 * so that Prism boots on the other core while the first tests run.
 */
export function startJudges(): Promise<Judges> {
  judgesStarting ??= (async () => {
    const upstream = await startCaseServer();
    const proxies = new Map<string, PrismProxy>();
    try {
      await Promise.all(providers.map(async (p) => proxies.set(p.provider, await startPrismProxy(specFile(p.provider), upstream.url))));
    } catch (error) {
      await Promise.all([...proxies.values()].map((proxy) => proxy.stop()));
      await upstream.close();
      throw error;
    }
    return { upstream, proxies };
  })();
  return judgesStarting;
}

export async function stopJudges(): Promise<void> {
  const starting = judgesStarting;
  judgesStarting = undefined;
  const judges = await starting?.catch(() => undefined);
  if (!judges) return;
  await Promise.all([...judges.proxies.values()].map((proxy) => proxy.stop()));
  await judges.upstream.close();
}
