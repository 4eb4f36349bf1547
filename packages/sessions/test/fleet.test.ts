/**
 * Real processes sharing one real redis-server and one loopback Betfair: what a worker fleet does. Every
 * assertion counts requests; waits are for events the processes report, bounded only by generous deadlines.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { endWorkers, got, startWorker, until, type Worker } from "./fleet-processes.js";
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
  await endWorkers(workers);
  workers = [];
  await betfair.close();
});

describe("a fleet of worker processes sharing one Redis", () => {
  it("when the worker logging in is killed, its lease expires and exactly one more login follows", { timeout: 180_000 }, async () => {
    betfair.loginMode = "hold-first";
    workers = Array.from({ length: 4 }, () => startWorker({ betfairUrl: betfair.url, redisUrl: redis.url, key: "killed-holder", leaseMs: 6_000, pollMs: 50 }));
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
      startWorker({ betfairUrl: betfair.url, redisUrl: redis.url, key: "exits-after-close", getAndClose: true }),
      startWorker({ betfairUrl: betfair.url, getAndClose: true }),
    ];
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
    for (const worker of workers) expect(worker.lines.map((line) => line.type)).toContain("closed");
  });
});
