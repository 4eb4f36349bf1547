/**
 * A primary fails over under a working fleet: worker processes share a session on a 3-primary,
 * 3-replica cluster; the primary serving the session's slot is killed (SIGKILL) while they keep it alive
 * and use it. A replica takes over; the fleet must carry on by itself with at most one extra login.
 * Waits are for what the processes and the cluster report, bounded by generous deadlines.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { endWorkers, startWorker, until, type Line, type Worker } from "./fleet-processes.js";
import { topologies, type Topology } from "./redis-topologies.js";

let topology: Topology;
let betfair: FakeBetfair;
let workers: Worker[] = [];

beforeEach(async () => {
  topology = await topologies["a cluster of 3 primaries and 3 replicas with an ACL user"]!();
  betfair = await startFakeBetfair();
}, 120_000);
afterEach(async () => {
  await endWorkers(workers);
  workers = [];
  await betfair?.close();
  await topology?.stop();
});

const prefix = "operator-auth:sessions:";
const isGot = (line: Line) => line.type === "got";

describe("a fleet on a Redis Cluster whose primary fails over", () => {
  it("costs at most one extra login, and every process carries on by itself", { timeout: 240_000 }, async () => {
    const cluster = topology.cluster!;
    const key = "failover";
    const intervalMs = 1_000;
    const config = { betfairUrl: betfair.url, redis: topology.redis, key, keepAliveIntervalMs: intervalMs, pollMs: 50 };
    workers = Array.from({ length: 3 }, () => startWorker(config));
    for (const worker of workers) worker.send("get");
    await Promise.all(workers.map((worker) => worker.line(isGot)));
    expect(betfair.count("/api/login")).toBe(1);

    // Normal work: keep-alives on schedule, and the app asking for the session all the time.
    await betfair.reached("/api/keepAlive", 2);
    const asking = setInterval(() => workers.forEach((worker) => worker.send("get")), 200);
    try {
      const primary = await cluster.primaryFor(`${prefix}{${key}}`);
      const linesBefore = workers.map((worker) => worker.lines.length);
      await primary.kill();
      await cluster.settled();
      expect(await cluster.primaryFor(`${prefix}{${key}}`)).not.toBe(primary);
      const keepAlivesAtTakeover = betfair.count("/api/keepAlive");

      // The fleet met the failure …
      const after = (worker: Worker, index: number) => worker.lines.slice(linesBefore[index]);
      await until(() => workers.some((worker, index) => after(worker, index).some((line) => line.type === "store-error")));
      // … and is back on the store by itself: a process follows a keep-alive another one wrote there
      // after the replica took over, and every process still gets its session.
      const followed = (worker: Worker) => worker.lines.filter((line) => line.type === "kept-alive-elsewhere").length;
      const followedAtTakeover = workers.map(followed);
      await until(() => workers.some((worker, index) => followed(worker) > followedAtTakeover[index]!));
      await betfair.reached("/api/keepAlive", keepAlivesAtTakeover + 2);
      const gotNow = workers.map((worker) => worker.lines.length);
      await until(() => workers.every((worker, index) => worker.lines.slice(gotNow[index]).some(isGot)));
      for (const worker of workers) expect(worker.lines.filter((line) => line.type === "failed")).toEqual([]);
    } finally {
      clearInterval(asking);
    }
    expect(betfair.count("/api/login")).toBeLessThanOrEqual(2);
  });
});
