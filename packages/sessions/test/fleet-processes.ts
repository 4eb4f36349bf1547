/**
 * The fleet tests' worker processes (`fleet-worker.ts`), each a real Node process, and what the tests read
 * from them: every line a worker prints, waited for by match.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SessionEvent } from "../src/index.js";
import type { WorkerConfig } from "./fleet-worker.js";

const workerScript = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export type Line =
  | SessionEvent
  | { type: "got"; token: string; generation: number }
  | { type: "failed"; reason: string; code?: string; retryAt?: number; message?: string }
  | { type: "invalidated" }
  | { type: "invalidate-refused"; name: string; kind: string; message: string }
  | { type: "storm-done" | "source-set" | "closed" }
  | { type: "peeked"; generation?: number; retryAt?: number; halt?: object };

export interface Worker {
  lines: Line[];
  child: ChildProcess;
  /** What the process wrote to stderr (an unhandled rejection's trace, say). */
  stderr: () => string;
  send(command: string): void;
  /** Resolves with the first line (already printed or to come) that matches. */
  line(match: (line: Line) => boolean): Promise<Line>;
  /** Resolves with the first matching line printed from now on. */
  next(match: (line: Line) => boolean): Promise<Line>;
  exited: Promise<number | null>;
}

export function startWorker(config: WorkerConfig): Worker {
  const child = spawn(process.execPath, ["--conditions=source", "--import", tsx, workerScript, JSON.stringify(config)], {
    stdio: [config.getAndClose ? "ignore" : "pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const lines: Line[] = [];
  const waiters: { match: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  createInterface({ input: child.stdout! }).on("line", (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    for (const waiter of [...waiters]) if (waiter.match(line)) waiters.splice(waiters.indexOf(waiter), 1), waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const next = (match: (line: Line) => boolean) => new Promise<Line>((resolve) => waiters.push({ match, resolve }));
  return {
    lines,
    child,
    stderr: () => stderr,
    exited,
    send: (command) => child.stdin!.write(command + "\n"),
    line: (match) => {
      const found = lines.find(match);
      return found ? Promise.resolve(found) : next(match);
    },
    next,
  };
}

/** The outcome of a `get()`: a session, or a failure the test then shows. */
export const got = (line: Line) => line.type === "got" || line.type === "failed";
export const renewalsSeen = (worker: Worker) =>
  Math.max(0, ...worker.lines.map((line) => (line.type === "kept-alive" || line.type === "kept-alive-elsewhere" ? line.renewals : 0)));
export async function until(condition: () => boolean, pollMs = 20) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}

/** Ends every worker still running (SIGKILL) and waits for it. */
export async function endWorkers(workers: Worker[]): Promise<void> {
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGKILL");
  await Promise.all(workers.map((worker) => worker.exited));
}
