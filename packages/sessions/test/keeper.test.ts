import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { betfairSessionSource } from "@operator-auth/betfair-sso/session-source";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderings } from "../../../test/expect-error.js";
import { createSessionKeeper, memoryStore, SessionKeeperError, type SessionEvent, type SessionKeeperOptions, type SessionStore } from "../src/index.js";
import { appKey, credentials, startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";

const minutes = 60_000;
let betfair: FakeBetfair;
const keepers: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  betfair = await startFakeBetfair();
});
afterEach(async () => {
  await Promise.all(keepers.splice(0).map((keeper) => keeper.close()));
  await betfair.close();
});

function keeperFor(options: Partial<SessionKeeperOptions> = {}) {
  const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
  const events: SessionEvent[] = [];
  const keeper = createSessionKeeper({ source: betfairSessionSource(sso, credentials), onEvent: (event) => void events.push(event), ...options });
  keepers.push(keeper);
  return { keeper, events, sso };
}

/** A clock the test moves by hand. */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let at = start;
  return { now: () => at, advance: (ms: number) => void (at += ms) };
}

async function refusedWith(call: Promise<unknown>) {
  const error = await call.then(() => expect.fail("get() should have failed"), (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(SessionKeeperError);
  const told = renderings(error as Error);
  for (const secret of [credentials.password, "session-token-"]) expect(told).not.toContain(secret);
  return error as SessionKeeperError;
}

describe("createSessionKeeper: one login for every caller", () => {
  it("answers 200 concurrent get() on a cold keeper with one login and one token", async () => {
    const { keeper } = keeperFor();
    const sessions = await Promise.all(Array.from({ length: 200 }, () => keeper.get()));
    expect(betfair.count("/api/login")).toBe(1);
    expect(new Set(sessions.map((s) => s.token))).toEqual(new Set(["session-token-1"]));
    expect(sessions[0]).toMatchObject({ generation: 1, renewals: 0 });
    expect(sessions[0]!.expiresAt.getTime() - sessions[0]!.loggedInAt.getTime()).toBe(20 * minutes);
  });

  it("an onEvent returning a promise that is not a native Promise has its rejection handled, and changes nothing", async () => {
    // A foreign promise (Bluebird, another realm) reports its own unhandled rejection unless a handler is attached.
    const handlers: unknown[] = [];
    const foreignRejection = { then: (_onFulfilled: unknown, onRejected: unknown) => void handlers.push(onRejected) };
    const { keeper } = keeperFor({ onEvent: () => foreignRejection });
    const session = await keeper.get();
    expect(session.token).toBe("session-token-1");
    expect(handlers.length).toBeGreaterThan(0);
    expect(handlers.every((handler) => typeof handler === "function")).toBe(true);
  });

  it("after invalidate, 50 get() log in exactly once more", async () => {
    const { keeper } = keeperFor();
    const first = await keeper.get();
    keeper.invalidate(first);
    const sessions = await Promise.all(Array.from({ length: 50 }, () => keeper.get()));
    expect(betfair.count("/api/login")).toBe(2);
    expect(new Set(sessions.map((s) => `${s.token} ${s.generation}`))).toEqual(new Set(["session-token-2 2"]));
  });

  it("never lets an older session's invalidation throw away a newer one", async () => {
    const { keeper } = keeperFor();
    const first = await keeper.get();
    keeper.invalidate(first);
    const second = await keeper.get();
    keeper.invalidate(first);
    expect(await keeper.get()).toBe(second);
    expect(betfair.count("/api/login")).toBe(2);
  });

  it("restores a session another keeper of the same store logged in, without a login", async () => {
    const store = memoryStore();
    const a = keeperFor({ store });
    const b = keeperFor({ store });
    const [fromA, fromB] = await Promise.all([a.keeper.get(), b.keeper.get()]);
    expect(fromB.token).toBe(fromA.token);
    expect(betfair.count("/api/login")).toBe(1);
    expect([...a.events, ...b.events].map((e) => e.type).sort()).toEqual(["logging-in", "login", "restored"]);
  });
});

describe("betfairSessionSource", () => {
  it("logs in with a login of the app's own (as a certificate login is given), with Betfair's lifetimes", async () => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
    const signals: AbortSignal[] = [];
    const source = betfairSessionSource(sso, {
      login: (options) => {
        signals.push(options.signal!);
        return sso.login(credentials, options);
      },
    }, { name: "cert-account" });
    expect(source).toMatchObject({ name: "cert-account", sessionLifetimeMs: 20 * minutes, keepAliveIntervalMs: 15 * minutes, rateLimitedWaitMs: 20 * minutes });
    const keeper = createSessionKeeper({ source });
    keepers.push(keeper);
    const sessions = await Promise.all([keeper.get(), keeper.get()]);
    expect(sessions.map((s) => s.token)).toEqual(["session-token-1", "session-token-1"]);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ["null options", (sso: object) => betfairSessionSource(sso as never, credentials, null as never), "options"],
    ["a client without logout", (sso: object) => betfairSessionSource({ ...sso, logout: undefined } as never, credentials), "client"],
    ["a client without login, given credentials", (sso: object) => betfairSessionSource({ ...sso, login: undefined } as never, credentials), "client"],
    ["a name misspelt by case", (sso: object) => betfairSessionSource(sso as never, credentials, { Name: "second-account" } as never), "Name"],
  ])("refuses %s when made, naming itself and the option", (_name, make, option) => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
    expect(() => make({ login: sso.login, keepAlive: sso.keepAlive, logout: sso.logout })).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(new RegExp(`^betfairSessionSource: ${option} `)) }),
    );
  });

  it("takes a client without login when the login is the app's own", () => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
    expect(betfairSessionSource({ keepAlive: sso.keepAlive, logout: sso.logout } as never, { login: (options) => sso.login(credentials, options) }).name).toBe("betfair-sso");
  });
});

describe("createSessionKeeper: never a ban", () => {
  it("after rate-limited, 5 get() send one login in all, each failing fast with the outcome and when to try again", async () => {
    const clock = manualClock();
    const { keeper } = keeperFor({ now: clock.now });
    betfair.loginMode = "rate-limited";
    for (let i = 0; i < 5; i++) {
      const error = await refusedWith(keeper.get());
      expect(error).toMatchObject({ reason: "login-refused", outcome: "rate-limited", code: "TEMPORARY_BAN_TOO_MANY_REQUESTS" });
      expect(error.retryAt?.getTime()).toBe(clock.now() - i * minutes + 20 * minutes);
      clock.advance(1 * minutes);
    }
    expect(betfair.count("/api/login")).toBe(1);
    betfair.loginMode = "success";
    clock.advance(14 * minutes);
    await refusedWith(keeper.get());
    expect(betfair.count("/api/login")).toBe(1);
    clock.advance(1 * minutes); // the 20 minutes have passed
    expect((await keeper.get()).token).toBe("session-token-2");
  });

  it("after invalid credentials, logs in again only once new credentials are set", async () => {
    const { keeper, sso } = keeperFor();
    betfair.loginMode = "invalid-credentials";
    for (let i = 0; i < 3; i++) {
      const error = await refusedWith(keeper.get());
      expect(error).toMatchObject({ reason: "login-refused", outcome: "invalid-credentials", code: "INVALID_USERNAME_OR_PASSWORD", retryAt: undefined });
    }
    expect(betfair.count("/api/login")).toBe(1);
    betfair.loginMode = "success";
    keeper.setSource(betfairSessionSource(sso, { ...credentials, password: "the new one" }));
    expect((await keeper.get()).token).toBe("session-token-2");
    expect(betfair.count("/api/login")).toBe(2);
  });

  it("the whole fleet honours a ban another keeper met", async () => {
    const store = memoryStore();
    betfair.loginMode = "rate-limited";
    await refusedWith(keeperFor({ store }).keeper.get());
    const error = await refusedWith(keeperFor({ store }).keeper.get());
    expect(error.outcome).toBe("rate-limited");
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("retries a login that got no answer, a bounded number of times, then fails fast until the fleet's backoff has passed", async () => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: "http://127.0.0.1:9" }); // discard port: connection refused
    const events: SessionEvent[] = [];
    // Generous backoffs: the second get() below comes well within the 4 s the second failure set.
    const keeper = createSessionKeeper({
      source: betfairSessionSource(sso, credentials),
      loginAttempts: 2,
      retryDelayMs: 2_000,
      minLoginGapMs: 0,
      onEvent: (event) => void events.push(event),
    });
    keepers.push(keeper);
    const error = await refusedWith(keeper.get());
    expect(error).toMatchObject({ reason: "login-failed", code: "network" });
    expect(events.filter((e) => e.type === "logging-in")).toHaveLength(2);
    expect(events.filter((e) => e.type === "retry")).toHaveLength(1);
    const again = await refusedWith(keeper.get());
    expect(again).toMatchObject({ reason: "login-failed", retryAt: error.retryAt });
    expect(events.filter((e) => e.type === "logging-in")).toHaveLength(2);
  });
});

describe("createSessionKeeper: keep-alive", () => {
  it("keeps the session alive each interval, and after NO_SESSION the next get() logs in once", async () => {
    const { keeper, events } = keeperFor({ keepAliveIntervalMs: 50 });
    const first = await keeper.get();
    await betfair.reached("/api/keepAlive", 2);
    await until(() => events.filter((e) => e.type === "kept-alive").length >= 2);
    const kept = await keeper.get();
    expect(kept).toMatchObject({ token: first.token, generation: 1 });
    expect(kept.renewals).toBeGreaterThanOrEqual(2);
    expect(kept.expiresAt.getTime()).toBeGreaterThan(first.expiresAt.getTime());
    expect(betfair.count("/api/login")).toBe(1);

    betfair.endedTokens.add(first.token);
    await until(() => events.some((e) => e.type === "session-ended"));
    expect(events.find((e) => e.type === "session-ended")).toMatchObject({ outcome: "session-invalid", code: "NO_SESSION", generation: 1 });
    const sessions = await Promise.all(Array.from({ length: 20 }, () => keeper.get()));
    expect(new Set(sessions.map((s) => s.token))).toEqual(new Set(["session-token-2"]));
    expect(betfair.count("/api/login")).toBe(2);
  });

  it("close() stops keeping alive and logs out when asked", async () => {
    const { keeper, events } = keeperFor({ keepAliveIntervalMs: 50, logoutOnClose: true });
    const session = await keeper.get();
    await keeper.close();
    const keptAlive = betfair.count("/api/keepAlive");
    expect(betfair.count("/api/logout")).toBe(1);
    expect(events.at(-1)).toEqual({ type: "logout", key: "betfair-sso", generation: session.generation });
    await refusedWith(keeper.get()).then((error) => expect(error.reason).toBe("closed"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(betfair.count("/api/keepAlive")).toBe(keptAlive);
  });
});

describe("createSessionKeeper: a failing store", () => {
  /** A memory store whose every call fails while `down` is set. */
  function flakyStore() {
    const inner = memoryStore();
    const state = { down: false };
    const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A) =>
      state.down ? Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) : call(...args);
    const store: SessionStore = {
      read: guard(inner.read),
      acquire: guard(inner.acquire),
      renew: guard(inner.renew),
      write: guard(inner.write),
      release: guard(inner.release),
    };
    return { store, state };
  }

  it("with no session of its own, fails with store-unavailable and sends no login", async () => {
    const { store, state } = flakyStore();
    state.down = true;
    const { keeper, events } = keeperFor({ store });
    const errors = await Promise.all(Array.from({ length: 20 }, () => refusedWith(keeper.get())));
    expect(new Set(errors.map((e) => e.reason))).toEqual(new Set(["store-unavailable"]));
    expect(betfair.count("/api/login")).toBe(0);
    expect(events.find((e) => e.type === "store-error")).toEqual({ type: "store-error", key: "betfair-sso", operation: "read", error: "Error ECONNREFUSED" });
  });

  it("with a session of its own, goes on serving it", async () => {
    const { store, state } = flakyStore();
    const { keeper } = keeperFor({ store });
    const session = await keeper.get();
    state.down = true;
    expect(await keeper.get()).toBe(session);
    expect(betfair.count("/api/login")).toBe(1);
  });

  it("treats a store that never answers as failing, after storeTimeoutMs", async () => {
    const never = () => new Promise<never>(() => {});
    const store: SessionStore = { read: never, acquire: never, renew: never, write: never, release: never };
    const { keeper } = keeperFor({ store, storeTimeoutMs: 50 });
    expect((await refusedWith(keeper.get())).reason).toBe("store-unavailable");
    expect(betfair.count("/api/login")).toBe(0);
  });
});

describe("createSessionKeeper: bad input", () => {
  it("names the function and the option", () => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: "http://127.0.0.1:9" });
    const source = betfairSessionSource(sso, credentials);
    const bad: [Partial<SessionKeeperOptions>, string][] = [
      [{ keepAliveIntervalMs: 0 }, "createSessionKeeper: keepAliveIntervalMs must be"],
      [{ leaseMs: 2 ** 31 }, "createSessionKeeper: leaseMs must be"],
      [{ pollMs: Number.NaN }, "createSessionKeeper: pollMs must be"],
      [{ loginAttempts: 0 }, "createSessionKeeper: loginAttempts must be"],
      [{ key: "" }, "createSessionKeeper: key must be"],
      [{ loginAttempts: 2.5 }, "createSessionKeeper: loginAttempts must be a whole number from 1 to 100"],
      [{ logoutOnClose: "yes" as never }, "createSessionKeeper: logoutOnClose must be true or false"],
      // Misspelt by case, an option would be left unread: `Store` would give each process a store of its own.
      [{ Store: memoryStore() } as never, "createSessionKeeper: Store is not an option (did you mean store?)"],
      [{ KEY: "account-1" } as never, "createSessionKeeper: KEY is not an option (did you mean key?)"],
      [{ keepaliveIntervalMs: 60_000 } as never, "createSessionKeeper: keepaliveIntervalMs is not an option (did you mean keepAliveIntervalMs?)"],
      [{ source: { ...source, sessionLifetimeMs: -1 } }, "createSessionKeeper: source.sessionLifetimeMs must be"],
    ];
    for (const [options, message] of bad) {
      expect(() => createSessionKeeper({ source, ...options })).toThrow(expect.objectContaining({ kind: "invalid-input", message: expect.stringContaining(message) }));
    }
    // A client's option is no hint here: the keeper takes no `timeoutMs`, so `TimeoutMs` is merely unknown.
    void createSessionKeeper({ source, TimeoutMs: 1 } as never).close();
    expect(() => betfairSessionSource(sso, { username: "u", password: "" })).toThrow("betfairSessionSource: credentials.password must be a non-empty string.");
    expect(() => betfairSessionSource(sso, credentials, { keepAliveIntervalMs: 20 * minutes })).toThrow("keepAliveIntervalMs must be less than 20 minutes");
  });

  it("memoryStore refuses null options and a clock that is not a function when made, naming itself", () => {
    expect(() => memoryStore(null as never)).toThrow(expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: "memoryStore expects an options object." }));
    expect(() => memoryStore({ now: 1_700_000_000_000 as never })).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(/^memoryStore: now /) }),
    );
  });
});

/** Waits for a condition the test makes true by itself; the test's own deadline bounds it. */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
