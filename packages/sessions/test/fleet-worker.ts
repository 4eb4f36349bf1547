/**
 * One process of a fleet for the multi-process tests. Config as JSON in argv[2]. Prints every keeper event
 * and every command's outcome as a JSON line. Commands on stdin, one per line: `get`, `invalidate` (the last session got) or `invalidate-generation <number as JSON>`,
 * `storm <n>` (n rounds of get then invalidate, as an app whose downstream API says NO_SESSION to all),
 * `set-source`, `peek`, `close`. With `getAndClose`, it gets a session, closes and is done, reading no stdin.
 */
import { createInterface } from "node:readline";
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import { createSessionKeeper, memoryStore, type Session, type SessionKeeperOptions, type SessionSource } from "../src/index.js";
import { redisStore, type RedisStoreOptions } from "../src/redis/index.js";
import { appKey, credentials } from "./fake-betfair.js";

export interface WorkerConfig {
  betfairUrl: string;
  redisUrl?: string;
  /** How to reach Redis (TLS, ACL user, cluster), as JSON can carry it; instead of `redisUrl`. */
  redis?: Pick<RedisStoreOptions, "url" | "tls" | "connectTimeoutMs"> & { cluster?: { rootNodes: string[] } };
  /** The keeper's key. Default: the source's name. */
  key?: string;
  /** This process's clock is off by this many milliseconds (its `now` is `Date.now() + skewMs`). */
  skewMs?: number;
  keepAliveIntervalMs?: number;
  leaseMs?: number;
  pollMs?: number;
  /** Default: 2000. */
  storeTimeoutMs?: number;
  /** Further keeper options, passed as they are (`minLoginGapMs`, `loginAttempts`, `retryDelayMs`, …). */
  keeper?: Record<string, unknown>;
  /** The app's onEvent prints, then throws at once or returns a rejected promise. */
  listener?: "throw" | "reject";
  /** The source's login ignores the abort signal (a source that cannot be cancelled). */
  ignoreAbort?: boolean;
  /** The Betfair client's `timeoutMs`. Default: the client's. */
  betfairTimeoutMs?: number;
  getAndClose?: boolean;
}

const config = JSON.parse(process.argv[2]!) as WorkerConfig;
const print = (line: object) => process.stdout.write(JSON.stringify(line) + "\n");
const skewMs = config.skewMs ?? 0;
const now = () => Date.now() + skewMs;
const redis = config.redis ?? (config.redisUrl ? { url: config.redisUrl } : undefined);
const store = redis ? redisStore(redis) : memoryStore({ now });
const sso = createBetfairSsoClient({ appKey, baseUrl: config.betfairUrl, ...(config.betfairTimeoutMs && { timeoutMs: config.betfairTimeoutMs }) });
function source(): SessionSource {
  const betfair = betfairSessionSource(sso, credentials);
  if (!config.ignoreAbort) return betfair;
  return { ...betfair, name: betfair.name, login: () => betfair.login({ signal: new AbortController().signal }) } as SessionSource;
}
const onEvent = (event: object) => {
  print(event);
  if (config.listener === "throw") throw new Error("the app's logger failed");
  if (config.listener === "reject") return Promise.reject(new Error("the app's async handler failed"));
  return undefined;
};
const keeper = createSessionKeeper({
  source: source(),
  store,
  now,
  ...(config.key && { key: config.key }),
  ...(config.keepAliveIntervalMs && { keepAliveIntervalMs: config.keepAliveIntervalMs }),
  ...(config.leaseMs && { leaseMs: config.leaseMs }),
  ...(config.pollMs && { pollMs: config.pollMs }),
  // Generous: a loaded machine may take seconds to load the redis client and connect.
  storeTimeoutMs: config.storeTimeoutMs ?? 2_000,
  connectTimeoutMs: 30_000,
  ...(config.keeper as Partial<SessionKeeperOptions>),
  onEvent: onEvent as SessionKeeperOptions["onEvent"],
});

let last: Session | undefined;
const get = () =>
  keeper.get().then(
    (session) => ((last = session), print({ type: "got", token: session.token, generation: session.generation })),
    (error: { reason?: string; code?: string; retryAt?: Date; message?: string }) =>
      print({ type: "failed", reason: error.reason, code: error.code, retryAt: error.retryAt?.getTime(), message: error.message }),
  );
const invalidate = (session: unknown) => {
  try {
    keeper.invalidate(session as Session);
    print({ type: "invalidated" });
  } catch (error) {
    const { name, kind, message } = error as { name?: string; kind?: string; message?: string };
    print({ type: "invalidate-refused", name, kind, message });
  }
};
async function storm(rounds: number) {
  for (let round = 0; round < rounds; round++) {
    await get();
    if (last) keeper.invalidate(last);
  }
  print({ type: "storm-done" });
}
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
    if (command === "invalidate") invalidate(last);
    // JSON has no NaN or Infinity: they come as strings and are turned into the numbers here.
    if (command === "invalidate-generation") invalidate({ ...last, generation: Number(JSON.parse(argument!)) });
    if (command === "storm") void storm(Number(argument));
    if (command === "set-source") keeper.setSource(source()), print({ type: "source-set" });
    if (command === "peek") {
      const peek = (keeper as unknown as { peek(): Promise<{ session?: Session; retryAt?: Date; halt?: object }> }).peek();
      void peek.then(
        (seen) => print({ type: "peeked", generation: seen.session?.generation, retryAt: seen.retryAt?.getTime(), halt: seen.halt }),
        (error: Error) => print({ type: "peek-failed", message: error.message }),
      );
    }
    if (command === "close") void close().then(() => commands.close());
  });
}
