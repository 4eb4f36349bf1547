/**
 * Real processes sharing one real redis-server and one loopback Betfair: what a worker fleet does. Every
 * assertion counts requests; waits are for events the processes report, bounded only by generous deadlines.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { endWorkers, startWorker, type Worker } from "./fleet-processes.js";
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
  it("a process using a keeper exits by itself after close(), with a Redis store or the memory store", { timeout: 120_000 }, async () => {
    workers = [
      startWorker({ betfairUrl: betfair.url, redisUrl: redis.url, key: "exits-after-close", getAndClose: true }),
      startWorker({ betfairUrl: betfair.url, getAndClose: true }),
    ];
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
    for (const worker of workers) expect(worker.lines.map((line) => line.type)).toContain("closed");
  });
});
