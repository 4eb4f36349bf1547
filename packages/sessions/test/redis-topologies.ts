/**
 * The Redis deployments the store is tested on, each real redis-server processes on loopback: one node,
 * one node over TLS with an ACL user, and a cluster of 3 primaries with a replica each. The ACL user's
 * rules are read from the README's ACL line, so the line the README gives is the one that is tested.
 */
import { readFileSync } from "node:fs";
import type { RedisStoreOptions } from "../src/redis/index.js";
import { startRedisCluster, type RedisCluster } from "./redis-cluster.js";
import { startRedisServer, type AclUser } from "./redis-server.js";
import { makeCertificates } from "./tls-certificates.js";

/** What the README's `ACL SETUSER` line grants the store's user (everything after its password). */
export function documentedAclRules(): string[] {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const line = /^ACL SETUSER \S+ on >\S+ (.+)$/m.exec(readme);
  if (!line) throw new Error("the sessions README has no ACL SETUSER line");
  return line[1]!.trim().split(/\s+/);
}

/** The store's ACL user, with the README's rules; the password has characters a URL must escape. */
export const sessionsUser = (): AclUser => ({ name: "sessions", password: "s3ss:on/p@ss%w#rd", rules: documentedAclRules() });

export interface Topology {
  /** How a store reaches it, as JSON can carry it (for the worker processes). */
  redis: Pick<RedisStoreOptions, "url" | "tls"> & { cluster?: { rootNodes: string[] } };
  cluster?: RedisCluster;
  stop(): Promise<void>;
}

export const topologies: Record<string, () => Promise<Topology>> = {
  "a single node": async () => {
    const server = await startRedisServer();
    return { redis: { url: server.url }, stop: server.stop };
  },
  "a single node over TLS with an ACL user": async () => {
    const certificates = await makeCertificates();
    const user = sessionsUser();
    const server = await startRedisServer({ tls: certificates, users: [user] });
    return {
      redis: { url: server.urlFor(user), tls: { ca: certificates.ca } },
      stop: async () => (await server.stop(), await certificates.remove()),
    };
  },
  "a cluster of 3 primaries and 3 replicas with an ACL user": async () => {
    const user = sessionsUser();
    const cluster = await startRedisCluster({ primaries: 3, replicasPerPrimary: 1, users: [user] });
    return { redis: { cluster: { rootNodes: cluster.nodes.slice(0, 2).map((node) => node.urlFor(user)) } }, cluster, stop: cluster.stop };
  },
};
