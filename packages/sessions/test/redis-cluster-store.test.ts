/**
 * The store on a real 3+3 Redis Cluster through a `createCluster()` client of the app's own: its commands
 * and scripts reach each key's slot, it shares sessions with a store that opened the cluster from root
 * nodes, and closing the store leaves the app's client open.
 */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import { createCluster } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionKeeper } from "../src/index.js";
import { redisStore } from "../src/redis/index.js";
import { appKey, credentials, startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { sessionsUser, topologies, type Topology } from "./redis-topologies.js";

let topology: Topology;
let betfair: FakeBetfair;

beforeAll(async () => {
  topology = await topologies["a cluster of 3 primaries and 3 replicas with an ACL user"]!();
  betfair = await startFakeBetfair();
}, 120_000);
afterAll(async () => {
  await betfair?.close();
  await topology?.stop();
});

describe("redisStore with the app's own cluster client", () => {
  it("logs in once per key across slots, shared with a store opened from root nodes; close() leaves the client open", { timeout: 120_000 }, async () => {
    const user = sessionsUser();
    const own = createCluster({
      rootNodes: [{ socket: { host: "127.0.0.1", port: topology.cluster!.nodes[0]!.port } }],
      defaults: { username: user.name, password: user.password },
    });
    own.on("error", () => {});
    await own.connect();
    const ownStore = redisStore({ cluster: own });
    const openedStore = redisStore(topology.redis);
    const keeperOn = (store: typeof ownStore, key: string) =>
      createSessionKeeper({ source: betfairSessionSource(createBetfairSsoClient({ appKey, baseUrl: betfair.url }), credentials), store, key, storeTimeoutMs: 20_000, leaseMs: 60_000 });
    // Keys whose slots lie on different primaries.
    const keys = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];
    const owners = new Set(await Promise.all(keys.map((key) => topology.cluster!.primaryFor(`operator-auth:sessions:{${key}}`))));
    expect(owners.size).toBeGreaterThan(1);

    for (const key of keys) {
      const first = keeperOn(ownStore, key);
      const second = keeperOn(openedStore, key);
      const [a, b] = [await first.get(), await second.get()];
      expect(b.token).toBe(a.token);
      await first.close();
      await second.close();
    }
    expect(betfair.count("/api/login")).toBe(keys.length);

    await ownStore.close();
    await openedStore.close();
    expect(await own.sendCommand("operator-auth:sessions:{alpha}", false, ["HMGET", "operator-auth:sessions:{alpha}", "entry"])).toEqual([expect.any(String)]);
    own.destroy();
  });
});
