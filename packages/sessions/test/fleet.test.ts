/**
 * Real processes sharing one real redis-server and one loopback Betfair: what a worker fleet does. Every
 * assertion counts requests; waits are for events the processes report, bounded only by generous deadlines.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionEvent } from "../src/index.js";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import type { WorkerConfig } from "./fleet-worker.js";
import { startRedisServer, type RedisServer } from "./redis-server.js";

const workerScript = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

type Line = SessionEvent | { type: "got"; token: string; generation: number } | { type: "failed"; reason: string } | { type: "closed" };

interface Worker {
  lines: Line[];
  child: ChildProcess;
  send(command: string): void;
  /** Resolves with the first line (already printed or to come) that matches. */
  line(match: (line: Line) => boolean): Promise<Line>;
  exited: Promise<number | null>;
}

function startWorker(config: WorkerConfig): Worker {
  const child = spawn(process.execPath, ["--conditions=source", "--import", tsx, workerScript, JSON.stringify(config)], {
    stdio: [config.getAndClose ? "ignore" : "pipe", "pipe", "inherit"],
  });
  const lines: Line[] = [];
  const waiters: { match: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  createInterface({ input: child.stdout! }).on("line", (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    for (const waiter of [...waiters]) if (waiter.match(line)) waiters.splice(waiters.indexOf(waiter), 1), waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    lines,
    child,
    exited,
    send: (command) => child.stdin!.write(command + "\n"),
    line: (match) => {
      const found = lines.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

let redis: RedisServer;
let betfair: FakeBetfair;
let workers: Worker[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});
beforeEach(async () => {
  betfair = await startFakeBetfair();
});
afterEach(async () => {
  for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
  await Promise.all(workers.map((worker) => worker.exited));
  workers = [];
  await betfair.close();
});

/** The outcome of a `get()`: a session, or a failure the test then shows. */
const got = (line: Line) => line.type === "got" || line.type === "failed";
const renewalsSeen = (worker: Worker) =>
  Math.max(0, ...worker.lines.map((line) => (line.type === "kept-alive" || line.type === "kept-alive-elsewhere" ? line.renewals : 0)));
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("a fleet of worker processes sharing one Redis", () => {
  it("logs in once for four workers, and keeps alive once per interval for all of them", { timeout: 180_000 }, async () => {
    // Real time, by Redis's clock: keep-alives are counted against the time that passed, one per interval at most.
    const intervalMs = 1_000;
    const config = { betfairUrl: betfair.url, redisUrl: redis.url, keepAliveIntervalMs: intervalMs, pollMs: 50 };
    workers = Array.from({ length: 4 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    const sessions = await Promise.all(workers.map((worker) => worker.line(got)));
    expect(new Set(sessions.map((line) => line.type === "got" && line.token))).toEqual(new Set(["session-token-1"]));
    expect(betfair.count("/api/login")).toBe(1);
    const started = Date.now();

    await betfair.reached("/api/keepAlive", 3);
    await until(() => workers.every((worker) => renewalsSeen(worker) >= 3));
    for (const worker of workers) worker.send("close");
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0, 0, 0]);
    const intervals = (Date.now() - started) / intervalMs;
    expect(betfair.count("/api/keepAlive")).toBeGreaterThanOrEqual(3);
    expect(betfair.count("/api/keepAlive")).toBeLessThanOrEqual(Math.floor(intervals) + 1);
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("when the worker logging in is killed, its lease expires and exactly one more login follows", { timeout: 180_000 }, async () => {
    betfair.loginMode = "hold-first";
    workers = Array.from({ length: 4 }, () => startWorker({ betfairUrl: betfair.url, redisUrl: redis.url, leaseMs: 6_000, pollMs: 50 }));
    for (const worker of workers) worker.send("get");
    await betfair.reached("/api/login", 1);
    await until(() => workers.some((worker) => worker.lines.some((line) => line.type === "logging-in")));
    const holder = workers.find((worker) => worker.lines.some((line) => line.type === "logging-in"))!;
    holder.child.kill("SIGKILL");
    await holder.exited;

    const others = workers.filter((worker) => worker !== holder);
    const sessions = await Promise.all(others.map((worker) => worker.line(got)));
    expect(new Set(sessions.map((line) => line.type === "got" && line.token))).toEqual(new Set(["session-token-2"]));
    expect(betfair.count("/api/login")).toBe(2);
  });

  it("a process using a keeper exits by itself after close(), with a Redis store or the memory store", { timeout: 120_000 }, async () => {
    workers = [
      startWorker({ betfairUrl: betfair.url, redisUrl: redis.url, getAndClose: true }),
      startWorker({ betfairUrl: betfair.url, getAndClose: true }),
    ];
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
    for (const worker of workers) expect(worker.lines.map((line) => line.type)).toContain("closed");
  });
});
