/** The CLI as an app's end-to-end tests run it: a child process that prints its URL, then one line per request. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const children = new Set<ChildProcess>();

export interface CliChild {
  child: ChildProcess;
  /** The next line the CLI prints to stdout. */
  next(): Promise<string>;
  /** The URL of its first line, `… mock listening on <url>`. */
  url(): Promise<string>;
}

/** Starts `operator-auth-testing serve …args` from the sources; `stopCliChildren()` ends it. */
export function serveCli(...args: string[]): CliChild {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", cli, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => (await lines.next()).value as string;
  return { child, next, url: async () => /listening on (http:\/\/\S+)/.exec(await next())![1]! };
}

/** Ends every child still running, and waits for each to exit. */
export async function stopCliChildren(): Promise<void> {
  for (const child of children) {
    children.delete(child);
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}
