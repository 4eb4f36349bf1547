/**
 * A real Redis Cluster on loopback for the store tests: primaries and their replicas as separate
 * redis-server processes, joined by `redis-cli --cluster create`, with a short node timeout so that a
 * killed primary's replica takes over within seconds.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { freePort } from "../../../test/prism.js";
import { startRedisServer, type AclUser, type RedisServer } from "./redis-server.js";

const run = promisify(execFile);
export const redisCliPath = process.env.REDIS_CLI ?? "/usr/bin/redis-cli";

/** Runs the cluster's own business (create, replication, the tests' inspection); not what the store uses. */
export const clusterAdmin: AclUser = { name: "cluster-admin", password: "admin-Pa55!", rules: ["~*", "&*", "+@all"] };

export interface RedisCluster {
  nodes: RedisServer[];
  /** Milliseconds without an answer before a node is taken for failed. */
  nodeTimeoutMs: number;
  /** Runs a command on the node (as `clusterAdmin`), returns redis-cli's output. */
  command(node: RedisServer, ...args: string[]): Promise<string>;
  /** The node serving `key`'s slot as primary right now, as the cluster sees it. */
  primaryFor(key: string, timeoutMs?: number): Promise<RedisServer>;
  /** Resolves once every live node reports `cluster_state:ok` and they agree that live primaries serve every slot. */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedisCluster({ primaries = 3, replicasPerPrimary = 1, users = [] as AclUser[], nodeTimeoutMs = 2_000 } = {}): Promise<RedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), "operator-auth-cluster-"));
  const count = primaries * (1 + replicasPerPrimary);
  const nodes: RedisServer[] = [];
  const alive = new Set<RedisServer>();
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      // The bus port is given, not left to port + 10000 (which a high free port would overflow).
      const args = ["--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`, "--cluster-port", String(await freePort()),
        "--cluster-node-timeout", String(nodeTimeoutMs), "--dir", dir, "--masteruser", clusterAdmin.name, "--masterauth", clusterAdmin.password];
      const node = await startRedisServer({ port, users: [clusterAdmin, ...users], args });
      nodes.push(node);
      alive.add(node);
    }
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
  const auth = ["--user", clusterAdmin.name, "--pass", clusterAdmin.password, "--no-auth-warning"];
  const command = async (node: RedisServer, ...args: string[]) =>
    (await run(redisCliPath, ["-h", "127.0.0.1", "-p", String(node.port), ...auth, ...args], { timeout: 20_000 })).stdout;
  const nodeAt = (port: number) => nodes.find((node) => node.port === port);

  /** The primary serving `key`'s slot, as the first live node that can say sees it. */
  const servingPrimary = async (key: string): Promise<RedisServer | undefined> => {
    for (const node of alive) {
      try {
        const slot = Number((await command(node, "CLUSTER", "KEYSLOT", key)).trim());
        for (const line of (await command(node, "CLUSTER", "NODES")).split("\n")) {
          const [, address, flags, , , , , , ...slots] = line.split(" ");
          if (!flags?.includes("master") || flags.includes("fail")) continue;
          if (!slots.some((range) => inRange(slot, range))) continue;
          const found = nodeAt(Number(address!.split(/[:@]/)[1]));
          if (found) return found;
        }
      } catch {
        // that node cannot say; ask another
      }
    }
    return undefined;
  };

  const cluster: RedisCluster = {
    nodes,
    nodeTimeoutMs,
    command,
    async primaryFor(key, timeoutMs = 30_000) {
      // A loaded machine may leave every node slow to answer for a while: asked again until the deadline.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await servingPrimary(key);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no live node serves the slot of ${key}`);
        await sleep(200);
      }
    },
    async settled(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const views = await Promise.all([...alive].map((node) => command(node, "CLUSTER", "NODES").catch(() => "")));
        const infos = await Promise.all([...alive].map((node) => command(node, "CLUSTER", "INFO").catch(() => "")));
        const owners = new Set(views.map(slotOwners));
        const served = [...owners][0]?.split(" ").every((owner) => [...alive].some((node) => owner.startsWith(`127.0.0.1:${node.port}=`)));
        if (owners.size === 1 && served && infos.every((info) => info.includes("cluster_state:ok"))) return;
        if (Date.now() > deadline) throw new Error(`the cluster did not settle:\n${infos.join("\n")}`);
        await sleep(100);
      }
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  for (const node of nodes) {
    const kill = node.kill;
    node.kill = async () => (alive.delete(node), kill());
  }
  try {
    await run(redisCliPath, ["--cluster", "create", ...nodes.map((node) => `127.0.0.1:${node.port}`), "--cluster-replicas", String(replicasPerPrimary),
      "--cluster-yes", ...auth], { timeout: 60_000 });
    await cluster.settled();
    await replicasInSync(cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

function inRange(slot: number, range: string): boolean {
  const [from, to = from] = range.split("-").map(Number);
  return slot >= from! && slot <= to!;
}

/** Who serves which slots, as one node sees it: `port:slots` of every healthy primary, sorted. */
function slotOwners(view: string): string {
  const owners = view
    .split("\n")
    .map((line) => line.split(" "))
    .filter(([, , flags, , , , , , ...slots]) => flags?.includes("master") && !flags.includes("fail") && slots.length > 0)
    .map(([, address, , , , , , , ...slots]) => `${address!.split("@")[0]}=${slots.join(",")}`);
  return owners.sort().join(" ");
}

/** Waits until every replica has its primary's link up, so that a write reaches it. */
async function replicasInSync(cluster: RedisCluster, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const infos = await Promise.all(cluster.nodes.map((node) => cluster.command(node, "INFO", "replication")));
    if (infos.every((info) => info.includes("role:master") || info.includes("master_link_status:up"))) return;
    if (Date.now() > deadline) throw new Error(`the replicas did not sync:\n${infos.join("\n")}`);
    await sleep(100);
  }
}
