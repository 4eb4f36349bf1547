import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  betfairUserSessionLifetimes,
  createSessionRegistry,
  posApiSessionLifetimes,
  SessionRegistryError,
  type RegistryEvent,
  type SessionRegistry,
  type SessionRegistryOptions,
} from "../src/index.js";
import { appKey, startFakeBetfair, type FakeBetfair, type Fault } from "./fake-betfair.js";

const minutes = 60_000;
const hours = 60 * minutes;
let betfair: FakeBetfair;
let registries: SessionRegistry<unknown>[] = [];
let clock = 0;

beforeEach(async () => {
  betfair = await startFakeBetfair();
  clock = Date.UTC(2026, 0, 1);
  // Only the registry's timer is faked; the sockets and the clock the test moves by hand stay real.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(async () => {
  for (const registry of registries) registry.close();
  registries = [];
  vi.useRealTimers();
  await betfair.close();
});

async function advance(ms: number) {
  clock += ms;
  await vi.advanceTimersByTimeAsync(ms);
}
/** Moves the registry's clock and its timer together, a second at a time, so each timer fires at its own time. */
async function advanceSteadily(ms: number, stepMs = 1_000) {
  for (let left = ms; left > 0; left -= stepMs) await advance(Math.min(stepMs, left));
}
/** Waits, without timers, for what a real request brings about. */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

function registryOf<Tokens>(options: Omit<SessionRegistryOptions<Tokens>, "now" | "onEvent">) {
  const events: RegistryEvent<Tokens>[] = [];
  const registry = createSessionRegistry<Tokens>({ ...options, now: () => clock, onEvent: (event) => void events.push(event) });
  registries.push(registry as SessionRegistry<unknown>);
  const ended = () => events.flatMap((event) => (event.type === "ended" ? [`${event.user} ${event.reason}`] : []));
  return { registry, events, ended };
}

describe("createSessionRegistry: Betfair user sessions", () => {
  function betfairRegistry() {
    const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
    return registryOf<{ token: string }>({
      ...betfairUserSessionLifetimes,
      keepAliveIntervalMs: 15 * minutes,
      activeWindowMs: 10 * minutes,
      keepAlive: (tokens, options) => sso.keepAlive(tokens.token, options),
    });
  }

  it("keeps alive only the users active within the window, lets the others expire, on one timer", async () => {
    const { registry, events, ended } = betfairRegistry();
    registry.register("alice", { token: "token-alice" });
    registry.register("bob", { token: "token-bob" });
    registry.register("carol", { token: "token-carol" });
    expect(registry.timers()).toBe(1);

    await advance(8 * minutes);
    registry.touch("alice");
    expect(registry.remove("carol")).toBe(true); // carol logged out
    await advance(7 * minutes); // 15 minutes: alice was active 7 minutes ago, bob 15
    await betfair.reached("/api/keepAlive", 1);
    await until(() => events.some((event) => event.type === "kept-alive"));
    expect(betfair.count("/api/keepAlive")).toBe(1);
    expect(events.filter((event) => event.type === "kept-alive")).toEqual([{ type: "kept-alive", user: "alice" }]);
    expect(registry.get("alice")?.expiresAt.getTime()).toBe(clock + 20 * minutes);

    await advance(5 * minutes); // 20 minutes: bob's session expired
    expect(ended()).toEqual(["carol removed", "bob idle"]);
    expect(registry.get("bob")).toBeUndefined();
    expect(registry.size).toBe(1);
    expect(registry.timers()).toBe(1);

    // alice comes back after resting; her next keep-alive is answered NO_SESSION.
    await advance(10 * minutes);
    betfair.endedTokens.add("token-alice");
    registry.touch("alice");
    await vi.advanceTimersByTimeAsync(0);
    await betfair.reached("/api/keepAlive", 2);
    await until(() => ended().length === 3);
    expect(ended()).toEqual(["carol removed", "bob idle", "alice session-invalid"]);
    expect(registry.size).toBe(0);
    expect(registry.timers()).toBe(0);
  });

  it("a touched user whose keep-alive came due while resting is kept alive at once", async () => {
    const { registry, events } = betfairRegistry();
    registry.register("dave", { token: "token-dave" });
    await advance(16 * minutes); // due at 15, resting: inactive since 0
    expect(betfair.count("/api/keepAlive")).toBe(0);
    registry.touch("dave");
    await vi.advanceTimersByTimeAsync(0);
    await betfair.reached("/api/keepAlive", 1);
    await until(() => events.some((event) => event.type === "kept-alive"));
    expect(registry.get("dave")?.renewedAt.getTime()).toBe(clock);
  });
});

describe("createSessionRegistry: PosAPI user sessions", () => {
  it("renews on every touch, expires 20 minutes after the last, and 20 hours after the start whatever happens", async () => {
    const { registry, ended } = registryOf<{ userToken: string; sessionToken: string }>(posApiSessionLifetimes);
    registry.register("erin", { userToken: "u-erin", sessionToken: "s-erin" });
    registry.register("frank", { userToken: "u-frank", sessionToken: "s-frank" });
    for (let elapsed = 0; elapsed < 20 * hours - 10 * minutes; elapsed += 10 * minutes) {
      await advance(10 * minutes);
      registry.touch("erin");
    }
    expect(ended()).toEqual(["frank idle"]);
    expect(registry.get("erin")?.expiresAt.getTime()).toBe(registry.get("erin")!.startedAt.getTime() + 20 * hours);
    await advance(10 * minutes);
    expect(ended()).toEqual(["frank idle", "erin max-lifetime"]);
    expect(registry.touch("erin")).toBeUndefined();
  });

  it("holds 10,000 sessions on one timer", () => {
    const { registry } = registryOf<string>(posApiSessionLifetimes);
    for (let i = 0; i < 10_000; i++) registry.register(`user-${i}`, `tokens-${i}`);
    expect(registry.size).toBe(10_000);
    expect(registry.timers()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("names the function and the option of bad input", () => {
    expect(() => createSessionRegistry({ idleLifetimeMs: 0 })).toThrow("createSessionRegistry: idleLifetimeMs must be");
    expect(() => createSessionRegistry({ idleLifetimeMs: 1000, keepAliveIntervalMs: 1000 })).toThrow("keepAliveIntervalMs must be less than idleLifetimeMs");
    const registry = createSessionRegistry({ idleLifetimeMs: 1000 });
    expect(() => registry.register("", {})).toThrow("createSessionRegistry: user must be a non-empty string.");
    registry.close();
  });

  it.each([
    ["KeepAlive", "keepAlive"],
    ["maxlifetimems", "maxLifetimeMs"],
    ["OnEvent", "onEvent"],
  ])("refuses %s, an option misspelt by case that would be left unread", (given, meant) => {
    const make = () => createSessionRegistry({ idleLifetimeMs: 1000, [given]: async () => ({ ok: true }) } as never);
    expect(make).toThrow(expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: `createSessionRegistry: ${given} is not an option (did you mean ${meant}?).` }));
  });
});

describe("createSessionRegistry: faults", () => {
  const keepAliveFailures = (events: RegistryEvent<unknown>[]) =>
    events.flatMap((event) => (event.type === "keep-alive-failed" ? [{ kind: event.kind, retryInMs: event.retryInMs }] : []));

  it("a keep-alive that never settles, even ignoring its abort, is given up on at keepAliveTimeoutMs, retried, and never outlives the session", async () => {
    const signals: AbortSignal[] = [];
    const { registry, events, ended } = registryOf<string>({
      ...betfairUserSessionLifetimes,
      keepAliveIntervalMs: 15 * minutes,
      keepAliveTimeoutMs: 30_000,
      retryDelayMs: 5_000,
      keepAlive: (_tokens, { signal }) => (signals.push(signal), new Promise(() => {})),
    });
    registry.register("alice", "token-alice");
    await advance(15 * minutes);
    await advanceSteadily(30_000);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(keepAliveFailures(events)).toEqual([{ kind: "timeout", retryInMs: 5_000 }]);

    // Each retry hangs too; backoff doubles (5, 10, 20, 40 s after each 30 s deadline) until the expiry ends it.
    await advanceSteadily(5 * minutes - 30_000);
    expect(signals.length).toBe(5);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    expect(ended()).toEqual(["alice idle"]);
    expect(registry.size).toBe(0);
    expect(registry.timers()).toBe(0);
  });

  it("with a deadline past the expiry, a call that never settles still ends with its session: aborted, no timer left", async () => {
    const signals: AbortSignal[] = [];
    const { registry, ended } = registryOf<string>({
      ...betfairUserSessionLifetimes,
      keepAliveIntervalMs: 15 * minutes,
      keepAliveTimeoutMs: 2 ** 31 - 1,
      keepAlive: (_tokens, { signal }) => (signals.push(signal), new Promise(() => {})),
    });
    registry.register("bob", "token-bob");
    await advance(15 * minutes);
    await advance(5 * minutes);
    expect(ended()).toEqual(["bob idle"]);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
    expect([registry.size, registry.timers(), vi.getTimerCount()]).toEqual([0, 0, 0]);
  });

  it.each([
    ["a string", { startedAt: "x" }],
    ["an invalid Date", { startedAt: new Date(Number.NaN) }],
    ["a number", { startedAt: 1_700_000_000_000 }],
  ])("register() with startedAt %s is refused as invalid-input, naming it; nothing is held", (_name, options) => {
    const { registry } = registryOf<string>(posApiSessionLifetimes);
    expect(() => registry.register("carol", "tokens", options as never)).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: "createSessionRegistry: startedAt must be a valid Date." }),
    );
    expect(() => registry.register("carol", "tokens", null as never)).toThrow(expect.objectContaining({ kind: "invalid-input" }));
    expect([registry.size, registry.timers()]).toEqual([0, 0]);
  });

  it("touch() with options that are not an object is refused as invalid-input, naming it, and the session is left as it was", () => {
    const { registry } = registryOf<string>(posApiSessionLifetimes);
    const before = registry.register("erin", "tokens");
    for (const options of [null, "renewed"]) {
      expect(() => registry.touch("erin", options as never)).toThrow(
        expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: "createSessionRegistry: touch options must be an object." }),
      );
    }
    expect(registry.get("erin")).toBe(before);
  });

  it("register() after close() throws SessionRegistryError closed and holds nothing", () => {
    const { registry } = registryOf<string>(posApiSessionLifetimes);
    registry.register("dave", "tokens");
    registry.close();
    expect(() => registry.register("erin", "tokens")).toThrow(expect.objectContaining({ name: "SessionRegistryError", reason: "closed" }));
    expect(() => registry.register("erin", "tokens")).toThrow(SessionRegistryError);
    expect([registry.size, registry.timers(), vi.getTimerCount()]).toEqual([0, 0, 0]);
  });

  it("an onEvent that throws, or rejects asynchronously, crashes nothing and changes no schedule", async () => {
    const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const seen: string[] = [];
      const registry = createSessionRegistry<string>({
        ...betfairUserSessionLifetimes,
        keepAliveIntervalMs: 15 * minutes,
        now: () => clock,
        keepAlive: (token, options) => sso.keepAlive(token, options),
        onEvent: (event) => {
          seen.push(`${event.user} ${event.type}`);
          if (event.user === "frank") throw new Error("the app's logger failed");
          return Promise.reject(new Error("the app's async handler failed"));
        },
      });
      registries.push(registry as SessionRegistry<unknown>);
      registry.register("frank", "token-frank");
      registry.register("gina", "token-gina");
      await advance(15 * minutes);
      await betfair.reached("/api/keepAlive", 2);
      await until(() => seen.length === 2);
      registry.remove("gina");
      await advance(20 * minutes);
      expect(seen.sort()).toEqual(["frank ended", "frank kept-alive", "gina ended", "gina kept-alive"]);
      // Unhandled rejections surface after the microtask queue drains: give it real turns.
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  describe("keep-alive retries follow isRetryable, over real HTTP", () => {
    function faultyRegistry(fault: Fault) {
      betfair.keepAliveFault = fault;
      betfair.retryAfter = "120";
      const sso = createBetfairSsoClient({ appKey, baseUrl: betfair.url });
      const run = registryOf<string>({
        ...betfairUserSessionLifetimes,
        keepAliveIntervalMs: 15 * minutes,
        retryDelayMs: 5_000,
        // These tests move the clock in jumps while the HTTP is real: no deadline may fall inside a jump.
        keepAliveTimeoutMs: 2 ** 31 - 1,
        keepAlive: (token, options) => sso.keepAlive(token, options),
      });
      run.registry.register("hana", "token-hana");
      return run;
    }

    it.each([
      ["an HTML 503 page", "html-503", { kind: "undocumented-status", retryInMs: 5_000 }],
      ["a reset connection", "reset", { kind: "network", retryInMs: 5_000 }],
      ["a 429 with Retry-After: 120 (longer than the backoff)", "too-many-requests", { kind: "undocumented-status", retryInMs: 120_000 }],
    ] as const)("%s is retried after the told delay, and the session lives on once it passes", async (_name, fault, told) => {
      const { registry, events } = faultyRegistry(fault);
      await advance(15 * minutes);
      await betfair.reached("/api/keepAlive", 1);
      await until(() => keepAliveFailures(events).length === 1);
      expect(keepAliveFailures(events)).toEqual([told]);
      betfair.keepAliveFault = undefined;
      await advance(told.retryInMs - 1);
      expect(betfair.count("/api/keepAlive")).toBe(1);
      await advance(1);
      await betfair.reached("/api/keepAlive", 2);
      await until(() => events.some((event) => event.type === "kept-alive"));
      expect(registry.get("hana")?.renewedAt.getTime()).toBe(clock);
    });

    it.each([
      ["an HTML page answered with 200", "html-200", "html-body"],
    ] as const)("%s is not retried: the session ends at its expiry, unless a renewed touch shows the tokens work", async (_name, fault, kind) => {
      const { registry, events, ended } = faultyRegistry(fault);
      registry.register("ivan", "token-ivan");
      await advance(15 * minutes);
      await betfair.reached("/api/keepAlive", 2);
      await until(() => keepAliveFailures(events).length === 2);
      expect(keepAliveFailures(events)).toEqual([{ kind, retryInMs: undefined }, { kind, retryInMs: undefined }]);
      betfair.keepAliveFault = undefined;
      await advance(4 * minutes);
      registry.touch("ivan", { renewed: true }); // the app's own call with ivan's token just worked
      await advance(1 * minutes);
      expect(betfair.count("/api/keepAlive")).toBe(2);
      expect(ended()).toEqual(["hana idle"]);
      // ivan's keep-alives start afresh: due one interval after the renewal, at 34 minutes. The clock stops
      // right there, so that the client's own timeout (a fake timer too) cannot fire before the real answer.
      await advance(14 * minutes);
      await betfair.reached("/api/keepAlive", 3);
      await until(() => events.some((event) => event.type === "kept-alive"));
      expect(keepAliveFailures(events)).toHaveLength(2);
      expect(registry.get("ivan")?.renewedAt.getTime()).toBeGreaterThan(clock - 20 * minutes);
    });
  });
});
