/**
 * The sessions figures of `npm run bench`, run in a process of its own with `--expose-gc`:
 *  1. 10,000 registered user sessions: heap per session, timers alive, keep-alives in one interval when
 *     only 1,000 users were active.
 *  2. 1,000 concurrent `get()` on a warm keeper: p50 and p99, and the latency added over a warm token read
 *     (an awaited value); 10,000 concurrent `get()` on a cold keeper: logins sent.
 * Imported from the built package, as an app would.
 */
import { createHook } from "node:async_hooks";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../generate/spec.js";
import { median, met, percentile } from "./figures.js";

const { createSessionKeeper, createSessionRegistry } = (await import(
  pathToFileURL(join(repoRoot, "packages", "sessions", "dist", "index.js")).href
)) as typeof import("../../packages/sessions/src/index.js");

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// Every live timer, unref'd ones included (which getActiveResourcesInfo leaves out).
const liveTimers = new Set<number>();
createHook({
  init: (id, type) => void (type === "Timeout" && liveTimers.add(id)),
  destroy: (id) => void liveTimers.delete(id),
}).enable();
const timersAlive = () => liveTimers.size;

async function registryFigures() {
  const users = 10_000;
  const activeUsers = 1_000;
  let keepAlives = 0;
  const timersBefore = timersAlive();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  // Short real lifetimes, so that one interval passes during the bench: due 2 s after the start, active = touched within 1 s.
  const registry = createSessionRegistry<{ token: string }>({
    idleLifetimeMs: 4_000,
    keepAliveIntervalMs: 2_000,
    activeWindowMs: 1_000,
    keepAlive: async () => (keepAlives++, { ok: true }),
  });
  for (let i = 0; i < users; i++) registry.register(`user-${i}`, { token: `${i}`.padStart(44, "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI") });
  gc();
  const perSession = (process.memoryUsage().heapUsed - heapBefore) / users;
  const timers = timersAlive() - timersBefore;
  console.log(
    `user sessions: ${users} registered, ${perSession.toFixed(0)} bytes of heap each, ${timers} timer(s) alive (goal 1: ${met(timers === 1)})`,
  );
  await sleep(1_500);
  for (let i = 0; i < activeUsers; i++) registry.touch(`user-${i * (users / activeUsers)}`);
  await sleep(1_100);
  console.log(
    `user sessions: keep-alives in one interval ${keepAlives} for ${activeUsers} active of ${users} users (goal = active users only: ${met(keepAlives === activeUsers)})`,
  );
  registry.close();
}

async function keeperFigures() {
  const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
  let logins = 0;
  const keeper = createSessionKeeper({
    source: { name: "bench", sessionLifetimeMs: 20 * 60_000, rateLimitedWaitMs: 20 * 60_000, login: async () => (logins++, { ok: true, token }) },
  });
  // Cold: 10,000 callers at once, before any session exists.
  const cold = await Promise.allSettled(Array.from({ length: 10_000 }, () => keeper.get()));
  const coldGot = cold.filter((outcome) => outcome.status === "fulfilled").length;
  console.log(`keeper: 10,000 concurrent get() on a cold keeper: ${coldGot} got the session, logins ${logins} (goal 1: ${met(logins === 1 && coldGot === 10_000)})`);
  // The warm token read: a cached token handed out as an already-resolved promise.
  const warmRead = () => Promise.resolve(token);
  const concurrent = async (read: () => Promise<unknown>) => {
    const start = performance.now();
    return Promise.all(Array.from({ length: 1_000 }, () => read().then(() => performance.now() - start)));
  };
  const keeperTimes: number[] = [];
  const readTimes: number[] = [];
  for (let round = 0; round < 200; round++) {
    // Alternating, so that both meet the same garbage collector and JIT state.
    if (round % 2) keeperTimes.push(...(await concurrent(() => keeper.get()))), readTimes.push(...(await concurrent(warmRead)));
    else readTimes.push(...(await concurrent(warmRead))), keeperTimes.push(...(await concurrent(() => keeper.get())));
  }
  const addedUs = (median(keeperTimes) - median(readTimes)) * 1000;
  console.log(
    `keeper: 1,000 concurrent get() on a warm keeper, p50 ${(median(keeperTimes) * 1000).toFixed(1)} µs, p99 ${(percentile(keeperTimes, 0.99) * 1000).toFixed(1)} µs, warm token read ${(median(readTimes) * 1000).toFixed(1)} µs, added ${addedUs.toFixed(1)} µs (goal < 50 µs: ${met(addedUs < 50)}); logins ${logins}`,
  );
  await keeper.close();
}

await registryFigures();
await keeperFigures();
