import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDueQueue } from "../src/due-queue.js";

// The faked Date moves with the faked timers, as the real clock moves with real ones.
const now = () => Date.now();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

async function advanceTo(at: number) {
  await vi.advanceTimersByTimeAsync(at - Date.now());
}

describe("createDueQueue", () => {
  it("calls every key once, in order of due time, at its due time, on one timer", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 300 }), fc.array(fc.tuple(fc.nat(299), fc.integer({ min: 1, max: 10_000 })), { maxLength: 100 }), async (dues, moves) => {
        vi.setSystemTime(0);
        const dueAt = new Map(dues.map((at, key) => [key, at]));
        const called: [number, number][] = [];
        const queue = createDueQueue<number>({ now, dueAt: (key) => dueAt.get(key), onDue: (key) => void called.push([key, Date.now()]) });
        for (const key of dueAt.keys()) queue.schedule(key);
        // Reschedule some keys, earlier or later, before anything is due.
        for (const [key, at] of moves) {
          if (!dueAt.has(key)) continue;
          dueAt.set(key, at);
          queue.schedule(key);
        }
        expect(vi.getTimerCount()).toBe(1);
        await advanceTo(10_000);
        expect(called.map(([key]) => key).sort((a, b) => a - b)).toEqual([...dueAt.keys()].sort((a, b) => a - b));
        for (const [key, at] of called) expect(at).toBe(dueAt.get(key));
        expect(called.map(([, at]) => at)).toEqual(called.map(([, at]) => at).sort((a, b) => a - b));
        expect(vi.getTimerCount()).toBe(0);
        queue.stop();
      }),
      { numRuns: 40 },
    );
  });

  it("forgets a removed key, and keeps no timer once nothing is queued", async () => {
    const called: string[] = [];
    const queue = createDueQueue<string>({ now, dueAt: () => 100, onDue: (key) => void called.push(key) });
    queue.schedule("a");
    queue.schedule("b");
    queue.remove("a");
    expect(queue.timers()).toBe(1);
    queue.remove("b");
    expect(queue.timers()).toBe(0);
    await advanceTo(200);
    expect(called).toEqual([]);
  });
});
