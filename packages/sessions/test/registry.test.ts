import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  betfairUserSessionLifetimes,
  createSessionRegistry,
  posApiSessionLifetimes,
  type RegistryEvent,
  type SessionRegistry,
  type SessionRegistryOptions,
} from "../src/index.js";
import { appKey, startFakeBetfair, type FakeBetfair } from "./fake-betfair.js";

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
});
