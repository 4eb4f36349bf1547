import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import fc from "fast-check";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSessionKeeper, SessionKeeperError, type SessionEntry, type SessionKeeper } from "../src/index.js";
import { redisStore, type RedisSessionStore, type RedisStoreOptions } from "../src/redis/index.js";
import { appKey, credentials, startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { startRedisServer, type RedisServer } from "./redis-server.js";

let redis: RedisServer;
let inspector: ReturnType<typeof inspectorFor>;
let betfair: FakeBetfair;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  inspector = inspectorFor(redis);
  await inspector.connect();
});
afterAll(async () => {
  inspector.destroy();
  await redis.stop();
});
beforeEach(async () => {
  await inspector.flushAll();
  betfair = await startFakeBetfair();
});
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
  await betfair.close();
});

/** The test's own look at Redis; a stopped server must not crash the run. */
function inspectorFor(server: RedisServer) {
  const client = createClient({ url: server.url });
  client.on("error", () => {});
  return client;
}

function store(options: Partial<RedisStoreOptions> = {}): RedisSessionStore {
  const made = redisStore({ url: redis.url, ...options });
  opened.push(made);
  return made;
}

function keeper(storeToUse: RedisSessionStore, options: { leaseMs?: number } = {}): SessionKeeper {
  const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
  const made = createSessionKeeper({ source: betfairSessionSource(sso, credentials), store: storeToUse, pollMs: 20, ...options });
  opened.push(made);
  return made;
}

const at = (iso: string) => new Date(iso);
const sampleEntry: SessionEntry = {
  session: {
    token: "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=",
    generation: 7,
    loggedInAt: at("2026-03-01T10:00:00.123Z"),
    keptAliveAt: at("2026-03-01T10:15:00.456Z"),
    renewals: 1,
    expiresAt: at("2026-03-01T10:34:59.999Z"),
  },
  halt: { outcome: "rate-limited", code: "TEMPORARY_BAN_TOO_MANY_REQUESTS", at: at("2026-03-01T09:00:00.000Z"), retryAt: at("2026-03-01T09:20:00.000Z") },
};

async function writeEntry(target: RedisSessionStore, key: string, entry: SessionEntry) {
  const lease = await target.acquire(key, 10_000);
  expect(lease).toBeDefined();
  expect(await target.write(lease!, entry)).toBe(true);
  await target.release(lease!);
}

describe("redisStore: entries", () => {
  it("restores a session exactly, dates included", async () => {
    const target = store();
    await writeEntry(target, "account", sampleEntry);
    const { entry: restored, now } = await target.read("account");
    expect(restored).toEqual(sampleEntry);
    // The server's own clock comes with every read: the one clock of a fleet.
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000);
    expect(restored!.session!.expiresAt).toBeInstanceOf(Date);
  });

  it("round-trips any token, times and counts", async () => {
    const target = store();
    const time = fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true });
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, unit: "binary" }), time, time, fc.nat(), fc.integer({ min: 1, max: 2 ** 40 }), async (token, from, until, renewals, generation) => {
        const entry: SessionEntry = { session: { token, generation, loggedInAt: from, keptAliveAt: from, renewals, expiresAt: until } };
        await writeEntry(target, "property", entry);
        expect((await target.read("property")).entry).toEqual(entry);
      }),
      { numRuns: 60 },
    );
  });

  it("encrypts at rest with AES-GCM when given a key, bound to the store key", async () => {
    const problems: string[] = [];
    const key = crypto.getRandomValues(new Uint8Array(32));
    const sealed = store({ encryptionKey: key, onUnreadableEntry: (message) => void problems.push(message) });
    await writeEntry(sealed, "account", sampleEntry);
    const raw = await inspector.hGet("operator-auth:sessions:{account}", "entry");
    expect(raw).toMatch(/^aes-gcm:1:/);
    expect(raw).not.toContain(sampleEntry.session!.token);
    expect((await sealed.read("account")).entry).toEqual(sampleEntry);

    // Another key, no key, or the entry copied under another store key: absent, and said so without secrets.
    const otherKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    expect((await store({ encryptionKey: otherKey, onUnreadableEntry: (m) => void problems.push(m) }).read("account")).entry).toBeUndefined();
    expect((await store({ onUnreadableEntry: (m) => void problems.push(m) }).read("account")).entry).toBeUndefined();
    await inspector.hSet("operator-auth:sessions:{moved}", "entry", raw!);
    expect((await sealed.read("moved")).entry).toBeUndefined();
    expect(problems).toEqual([
      'redisStore: the entry under "account" cannot be read (not sealed by this encryptionKey for this key); it is treated as absent.',
      'redisStore: the entry under "account" cannot be read (encrypted, and no encryptionKey is set); it is treated as absent.',
      'redisStore: the entry under "moved" cannot be read (not sealed by this encryptionKey for this key); it is treated as absent.',
    ]);
  });

  it("reads a corrupt or foreign entry as absent, and says so without its content", async () => {
    const problems: string[] = [];
    const target = store({ onUnreadableEntry: (message) => void problems.push(message) });
    const secret = "Zx8i4oigut5nc+l4L8qFb0DSxG";
    const values = [
      `{"token":"${secret}"`,
      `{"token":"${secret}","expires":"tomorrow"}`,
      JSON.stringify({ format: "operator-auth/session-entry@1", session: { token: secret, generation: 1, loggedInAt: "yesterday" } }),
      JSON.stringify({ format: "operator-auth/session-entry@1", session: { ...JSON.parse(JSON.stringify(sampleEntry.session)), password: secret } }),
      JSON.stringify({ format: "operator-auth/session-entry@1", halt: { outcome: "ok", code: secret, at: "2026-03-01T09:00:00.000Z" } }),
    ];
    for (const value of values) {
      await inspector.hSet("operator-auth:sessions:{account}", "entry", value);
      expect((await target.read("account")).entry).toBeUndefined();
    }
    expect(problems).toHaveLength(values.length);
    for (const problem of problems) expect(problem).not.toContain(secret);
    // A keeper meeting such an entry logs in once and overwrites it.
    expect((await keeper(target).get()).token).toBe("session-token-1");
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("keeps credentials and tokens out of its keys", async () => {
    const session = await keeper(store()).get();
    const keys = await inspector.keys("*");
    expect(keys.sort()).toEqual(["operator-auth:sessions:{betfair-sso}"]);
    for (const key of keys) for (const secret of [session.token, credentials.username, credentials.password]) expect(key).not.toContain(secret);
  });
});

describe("redisStore: the lease", () => {
  it("gives the lease to exactly one of 50 concurrent takers", async () => {
    const stores = [store(), store(), store()];
    const leases = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 3]!.acquire("account", 10_000)));
    expect(leases.filter(Boolean)).toHaveLength(1);
  });

  it("refuses the write of a holder whose lease ran out once another took it", async () => {
    const [a, b] = [store(), store()];
    const stale = (await a.acquire("account", 50))!;
    while ((await inspector.exists("operator-auth:sessions:{account}:lease")) === 1) await new Promise((r) => setTimeout(r, 10));
    const fresh = (await b.acquire("account", 10_000))!;
    expect(fresh.token).not.toBe(stale.token);
    expect(await b.write(fresh, sampleEntry)).toBe(true);
    expect(await a.write(stale, { session: { ...sampleEntry.session!, token: "stale", generation: 99 } })).toBe(false);
    expect(await a.renew(stale, 10_000)).toBe(false);
    await a.release(stale); // releases nothing: the lease is the other holder's
    expect(await a.acquire("account", 10_000)).toBeUndefined();
    expect((await b.read("account")).entry!.session!.token).toBe(sampleEntry.session!.token);
  });
});

describe("redisStore with keepers", () => {
  it("works on a client of the app's own, and leaves it open on close()", async () => {
    const own = inspectorFor(redis);
    await own.connect();
    try {
      const target = redisStore({ client: own });
      expect((await keeper(target).get()).token).toBe("session-token-1");
      await target.close();
      expect(await own.ping()).toBe("PONG");
      expect(() => redisStore({ client: own, url: redis.url })).toThrow("redisStore: url, client or cluster must be given, exactly one.");
      expect(() => redisStore({ url: "http://127.0.0.1:6379" })).toThrow("redisStore: url must be a redis:// or rediss:// URL.");
      expect(() => redisStore({ client: own, encryptionKey: new Uint8Array(7) })).toThrow("redisStore: encryptionKey must be 16, 24 or 32 bytes");
    } finally {
      own.destroy();
    }
  });

  it("answers 200 concurrent get() spread over three keepers with one login", async () => {
    const keepers = [keeper(store()), keeper(store()), keeper(store())];
    const sessions = await Promise.all(Array.from({ length: 200 }, (_, i) => keepers[i % 3]!.get()));
    expect(new Set(sessions.map((s) => s.token))).toEqual(new Set(["session-token-1"]));
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("restores a warm session in a new keeper without a login, and a ban without a login either", async () => {
    const first = await keeper(store()).get();
    const later = await keeper(store()).get();
    expect(later).toEqual(first);
    expect(betfair.count("/api/login")).toBe(1);

    await inspector.flushAll();
    betfair.loginMode = "rate-limited";
    const refused = await keeper(store()).get().catch((error: SessionKeeperError) => error);
    const again = await keeper(store()).get().catch((error: SessionKeeperError) => error);
    expect(again).toMatchObject({ reason: "login-refused", outcome: "rate-limited", retryAt: (refused as SessionKeeperError).retryAt });
    expect(betfair.count("/api/login")).toBe(2);
  });

  it("when Redis is down: serves the process's own session, fails fast without one, never logs in", async () => {
    const own = keeper(store());
    const session = await own.get();
    const fresh = keeper(store({ connectTimeoutMs: 2_000 }));
    await redis.stop();
    try {
      expect(await own.get()).toBe(session);
      const errors = await Promise.all(Array.from({ length: 10 }, () => fresh.get().catch((error: unknown) => error)));
      for (const error of errors) expect(error).toMatchObject({ name: "SessionKeeperError", reason: "store-unavailable" });
      expect(errors[0]).toBeInstanceOf(SessionKeeperError);
      expect(betfair.count("/api/login")).toBe(1);
    } finally {
      redis = await startRedisServer();
      inspector.destroy();
      inspector = inspectorFor(redis);
      await inspector.connect();
    }
  });
});
