/**
 * What a keeper says when it cannot use a real Redis over TLS: a wrong password, a CA that did not sign
 * the server's certificate, a name the certificate does not cover, a user without the store's
 * permissions. Each is `store-unavailable` with its cause's code, well within the store's deadline (the
 * deadline is generous: what is checked is that the failure is not a timeout), and nothing carries the
 * password.
 */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionKeeper, SessionKeeperError, type SessionEvent } from "../src/index.js";
import { redisStore, type RedisStoreOptions } from "../src/redis/index.js";
import { appKey, credentials, startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";
import { startRedisServer, type AclUser, type RedisServer } from "./redis-server.js";
import { sessionsUser } from "./redis-topologies.js";
import { makeCertificates, type TestCertificates } from "./tls-certificates.js";

const storeTimeoutMs = 20_000;
const user = sessionsUser();
/** May read entries but not run the store's scripts. */
const readOnlyUser: AclUser = { name: "reader", password: "r3ader-Pa55", rules: ["resetchannels", "-@all", "+hget", "~operator-auth:sessions:*"] };

let certificates: TestCertificates;
let server: RedisServer;
let betfair: FakeBetfair;

beforeAll(async () => {
  certificates = await makeCertificates();
  server = await startRedisServer({ tls: certificates, users: [user, readOnlyUser] });
  betfair = await startFakeBetfair();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await certificates?.remove();
  await betfair?.close();
});

/** One `get()` through a store with these options: the error, the events, how long it took. */
async function failedGet(options: RedisStoreOptions) {
  const store = redisStore({ connectTimeoutMs: 10_000, ...options });
  const events: SessionEvent[] = [];
  const keeper = createSessionKeeper({
    source: betfairSessionSource(createBetfairSsoClient({ appKey, baseUrl: betfair.url }), credentials),
    store,
    storeTimeoutMs,
    leaseMs: 3 * storeTimeoutMs,
    onEvent: (event) => events.push(event),
  });
  const startedAt = Date.now();
  const error = await keeper.get().then(
    () => undefined,
    (problem: unknown) => problem,
  );
  const tookMs = Date.now() - startedAt;
  await keeper.close();
  await store.close();
  expect(error).toBeInstanceOf(SessionKeeperError);
  const failure = error as SessionKeeperError;
  // Everything the app could log or show: none of it may carry a password or the TLS key.
  const told = [failure.message, String(failure), JSON.stringify(failure), String(failure.cause), (failure.cause as Error).stack, JSON.stringify(events)].join("\n");
  for (const secret of [user.password, encodeURIComponent(user.password), readOnlyUser.password, "PRIVATE KEY"]) expect(told).not.toContain(secret);
  return { failure, code: (failure.cause as { code?: string }).code, events, tookMs };
}

describe("redisStore over TLS with ACL users: failures", () => {
  it("a wrong password is store-unavailable with WRONGPASS, not a timeout", { timeout: 60_000 }, async () => {
    const { failure, code, events, tookMs } = await failedGet({ url: server.urlFor({ ...user, password: "not-the-password" }), tls: { ca: certificates.ca } });
    expect(failure.reason).toBe("store-unavailable");
    expect(code).toBe("WRONGPASS");
    expect(events).toContainEqual(expect.objectContaining({ type: "store-error", error: expect.stringContaining("WRONGPASS") }));
    expect(tookMs).toBeLessThan(storeTimeoutMs);
    expect(betfair.count("/api/login")).toBe(0);
  });

  it("a CA that did not sign the server's certificate is store-unavailable with the certificate's code", { timeout: 60_000 }, async () => {
    const { failure, code, tookMs } = await failedGet({ url: server.urlFor(user), tls: { ca: certificates.otherCa } });
    expect(failure.reason).toBe("store-unavailable");
    expect(code).toBe("SELF_SIGNED_CERT_IN_CHAIN");
    expect(tookMs).toBeLessThan(storeTimeoutMs);
  });

  it("a certificate that does not cover the name is store-unavailable with ERR_TLS_CERT_ALTNAME_INVALID", { timeout: 60_000 }, async () => {
    const { failure, code, tookMs } = await failedGet({ url: server.urlFor(user), tls: { ca: certificates.ca, servername: "redis.example.com" } });
    expect(failure.reason).toBe("store-unavailable");
    expect(code).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    expect(tookMs).toBeLessThan(storeTimeoutMs);
  });

  it("a user without the store's permissions is store-unavailable with NOPERM", { timeout: 60_000 }, async () => {
    const { failure, code, events, tookMs } = await failedGet({ url: server.urlFor(readOnlyUser), tls: { ca: certificates.ca } });
    expect(failure.reason).toBe("store-unavailable");
    expect(code).toBe("NOPERM");
    expect(events).toContainEqual(expect.objectContaining({ type: "store-error", error: expect.stringContaining("NOPERM") }));
    expect(tookMs).toBeLessThan(storeTimeoutMs);
    expect(betfair.count("/api/login")).toBe(0);
  });

  it("the README's ACL user logs in once and shares the session over TLS", { timeout: 60_000 }, async () => {
    const before = betfair.count("/api/login");
    const tokens: string[] = [];
    for (let process = 0; process < 2; process++) {
      const store = redisStore({ url: server.urlFor(user), tls: { ca: certificates.ca } });
      const source = betfairSessionSource(createBetfairSsoClient({ appKey, baseUrl: betfair.url }), credentials);
      const keeper = createSessionKeeper({ source, store, key: "shared-over-tls", storeTimeoutMs, leaseMs: 3 * storeTimeoutMs });
      tokens.push((await keeper.get()).token);
      await keeper.close();
      await store.close();
    }
    expect(tokens[1]).toBe(tokens[0]);
    expect(betfair.count("/api/login")).toBe(before + 1);
  });
});
