/**
 * The fleet's promises on each Redis deployment the store supports: worker processes sharing one real
 * Redis (one node; one node over TLS with the README's ACL user; a 3+3 cluster) and one loopback Betfair.
 * Every assertion counts requests at Betfair.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { endWorkers, got, renewalsSeen, startWorker, until, type Worker } from "./fleet-processes.js";
import { topologies, type Topology } from "./redis-topologies.js";

describe.each(Object.entries(topologies))("a fleet of worker processes on %s", (_name, start) => {
  let topology: Topology;
  let betfair: FakeBetfair;
  let workers: Worker[] = [];
  let keys = 0;
  /** A key of the test's own, so that no test sees another's entry. */
  const freshKey = () => `fleet-${++keys}`;

  beforeAll(async () => {
    topology = await start();
  }, 120_000);
  afterAll(async () => {
    await topology?.stop();
  });
  beforeEach(async () => {
    betfair = await startFakeBetfair();
  });
  afterEach(async () => {
    await endWorkers(workers);
    workers = [];
    await betfair.close();
  });

  it("logs in once for the whole fleet", { timeout: 180_000 }, async () => {
    const config = { betfairUrl: betfair.url, redis: topology.redis, key: freshKey(), pollMs: 50 };
    workers = Array.from({ length: 4 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    const sessions = await Promise.all(workers.map((worker) => worker.line(got)));
    expect(new Set(sessions.map((line) => line.type === "got" && line.token))).toEqual(new Set(["session-token-1"]));
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("honours a login ban across the fleet, for processes that start later too", { timeout: 180_000 }, async () => {
    betfair.loginMode = "rate-limited";
    const config = { betfairUrl: betfair.url, redis: topology.redis, key: freshKey(), pollMs: 50 };
    workers = Array.from({ length: 3 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    const outcomes = await Promise.all(workers.map((worker) => worker.line(got)));
    expect(outcomes.map((line) => line.type === "failed" && line.reason)).toEqual(["login-refused", "login-refused", "login-refused"]);

    const late = startWorker(config);
    workers.push(late);
    late.send("get");
    expect(await late.line(got)).toMatchObject({ type: "failed", reason: "login-refused", code: "TEMPORARY_BAN_TOO_MANY_REQUESTS" });
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("keeps alive once per interval for all the workers", { timeout: 180_000 }, async () => {
    // Real time, judged by Redis's clock: keep-alives are counted against the time that passed, at most one
    // per interval (a process's own clock only measures durations, so a manual one could not drive the fleet).
    const intervalMs = 1_500;
    const config = { betfairUrl: betfair.url, redis: topology.redis, key: freshKey(), keepAliveIntervalMs: intervalMs, pollMs: 50 };
    workers = Array.from({ length: 3 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    await Promise.all(workers.map((worker) => worker.line(got)));
    const started = Date.now();
    await betfair.reached("/api/keepAlive", 3);
    await until(() => workers.every((worker) => renewalsSeen(worker) >= 3));
    for (const worker of workers) worker.send("close");
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0, 0]);
    const intervals = (Date.now() - started) / intervalMs;
    expect(betfair.count("/api/keepAlive")).toBeGreaterThanOrEqual(3);
    expect(betfair.count("/api/keepAlive")).toBeLessThanOrEqual(Math.floor(intervals) + 1);
    expect(betfair.count("/api/login")).toBe(1);
  });
});
