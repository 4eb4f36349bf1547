/**
 * One process of a fleet for the multi-process tests. Config as JSON in argv[2]. Prints every keeper event
 * and every `get()` outcome as a JSON line. Commands on stdin, one per line: `get`, `advance <ms>` (moves the
 * manual clock), `close`. With `getAndClose`, it gets a session, closes and is done, reading no stdin.
 */
import { createInterface } from "node:readline";
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import { createSessionKeeper, memoryStore } from "../src/index.js";
import { redisStore, type RedisStoreOptions } from "../src/redis/index.js";
import { appKey, credentials } from "./fake-betfair.js";

export interface WorkerConfig {
  betfairUrl: string;
  redisUrl?: string;
  /** How to reach Redis (TLS, ACL user, cluster), as JSON can carry it; instead of `redisUrl`. */
  redis?: Pick<RedisStoreOptions, "url" | "tls" | "connectTimeoutMs"> & { cluster?: { rootNodes: string[] } };
  /** The keeper's key. Default: the source's name. */
  key?: string;
  /** Starts the clock here and moves it only on `advance`. Default: the real clock. */
  manualClockStart?: number;
  keepAliveIntervalMs?: number;
  leaseMs?: number;
  pollMs?: number;
  getAndClose?: boolean;
}

const config = JSON.parse(process.argv[2]!) as WorkerConfig;
const print = (line: object) => { process.stdout.write(JSON.stringify(line) + "\n"); if (process.env.FLEET_DEBUG) process.stderr.write(`${process.pid} ${Date.now() % 100000} ${JSON.stringify(line)}\n`); };
let clock = config.manualClockStart ?? 0;
const now = config.manualClockStart === undefined ? Date.now : () => clock;
const redis = config.redis ?? (config.redisUrl ? { url: config.redisUrl } : undefined);
const store = redis ? redisStore(redis) : memoryStore({ now });
const keeper = createSessionKeeper({
  source: betfairSessionSource(createBetfairSsoClient({ appKey, baseUrl: config.betfairUrl }), credentials),
  store,
  now,
  ...(config.key && { key: config.key }),
  ...(config.keepAliveIntervalMs && { keepAliveIntervalMs: config.keepAliveIntervalMs }),
  ...(config.leaseMs && { leaseMs: config.leaseMs }),
  ...(config.pollMs && { pollMs: config.pollMs }),
  // Generous: a loaded machine may take seconds to load the redis client and connect.
  storeTimeoutMs: 2_000,
  connectTimeoutMs: 30_000,
  onEvent: print,
});

const get = () =>
  keeper.get().then(
    (session) => print({ type: "got", token: session.token, generation: session.generation }),
    (error: { reason?: string }) => print({ type: "failed", reason: error.reason }),
  );
const close = async () => {
  await keeper.close();
  await (store as { close?: () => Promise<void> }).close?.();
  print({ type: "closed" });
};

if (config.getAndClose) {
  await get();
  await close();
} else {
  const commands = createInterface({ input: process.stdin });
  commands.on("line", (line) => {
    const [command, argument] = line.split(" ");
    if (command === "get") void get();
    if (command === "advance") clock += Number(argument);
    if (command === "close") void close().then(() => commands.close());
  });
}
