/**
 * Real processes sharing one real redis-server and one loopback Betfair: what a worker fleet does. Every
 * assertion counts requests; waits are for events the processes report, bounded only by generous deadlines.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { got, startWorker, stopWorkers, until, type Worker } from "./fleet-harness.js";
import { startRedisServer, type RedisServer } from "./redis-server.js";

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
  await stopWorkers(workers);
  workers = [];
  await betfair.close();
});

const renewalsSeen = (worker: Worker) =>
  Math.max(0, ...worker.lines.map((line) => (line.type === "kept-alive" || line.type === "kept-alive-elsewhere" ? line.renewals : 0)));

describe("a fleet of worker processes sharing one Redis", () => {
  it("logs in once for four workers, and keeps alive once per interval for all of them", { timeout: 180_000 }, async () => {
    const intervalMs = 300;
    const config = { betfairUrl: betfair.url, redisUrl: redis.url, manualClockStart: Date.UTC(2026, 0, 1), keepAliveIntervalMs: intervalMs, pollMs: 50 };
    workers = Array.from({ length: 4 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    const sessions = await Promise.all(workers.map((worker) => worker.line(got)));
    expect(new Set(sessions.map((line) => line.type === "got" && line.token))).toEqual(new Set(["session-token-1"]));
    expect(betfair.count("/api/login")).toBe(1);

    // The clock moves one interval at a time, and only once every worker has seen the last keep-alive.
    for (let round = 1; round <= 3; round++) {
      for (const worker of workers) worker.send(`advance ${intervalMs}`);
      await betfair.reached("/api/keepAlive", round);
      await until(() => workers.every((worker) => renewalsSeen(worker) >= round));
    }
    for (const worker of workers) worker.send("close");
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0, 0, 0]);
    expect(betfair.count("/api/keepAlive")).toBe(3);
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
