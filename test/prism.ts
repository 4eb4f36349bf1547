/**
 * Prism mocks started from the specs, written once for every provider's tests and for the main job.
 * One Prism process per spec (Prism serves one document each), on a free loopback port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const prismBin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

export interface PrismMock {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `prism mock --errors` for one spec and resolves once it answers HTTP. `--errors` turns a
 * request or an example that breaks the spec into an error response, so a contract test cannot pass
 * on a request the spec forbids. With `proxyTo`, Prism runs as a proxy in front of that server
 * instead and reports in `sl-violations` where a request or an answer breaks the spec. `timeoutMs`
 * (default 240000) is generous: Prism takes most of a minute to boot on a busy machine.
 */
export async function startPrism(
  specFile: string,
  { timeoutMs = 240_000, proxyTo }: { timeoutMs?: number; proxyTo?: string } = {},
): Promise<PrismMock> {
  const port = await freePort();
  const address = ["-h", "127.0.0.1", "-p", String(port)];
  const args = proxyTo ? ["proxy", ...address, specFile, proxyTo] : ["mock", "--errors", ...address, specFile];
  const child = spawn(process.execPath, [prismBin, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { signal: AbortSignal.timeout(10_000) });
      return { url, stop };
    } catch {
      await sleep(100);
    }
  }
  await stop();
  throw new Error(`Prism did not start for ${specFile}:\n${output.slice(-2000)}`);
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const forced = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(forced);
}

/**
 * Prism cannot check a `mutualTLS` security scheme and says so in `sl-violations` on every call to
 * an operation that uses one; that notice is about Prism, not about the request.
 */
const prismLimitations = new Set(["We currently do not support this type of security scheme: mutualTLS"]);

/**
 * A fetch for clients under test against Prism: adds `Prefer` to pick a documented response, and
 * fails the call when Prism reports a violation of the spec in `sl-violations`.
 */
export function prismFetch(prefer?: { code: number; example?: string }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (prefer) {
      request.headers.set("Prefer", `code=${prefer.code}` + (prefer.example ? `, example=${prefer.example}` : ""));
    }
    const response = await fetch(request);
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]") as { message: string }[];
    const real = violations.filter((violation) => !prismLimitations.has(violation.message));
    if (real.length > 0) throw new Error(`Prism reports a spec violation: ${JSON.stringify(real)}`);
    return response;
  };
}
