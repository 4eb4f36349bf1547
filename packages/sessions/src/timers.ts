import { maxTimerMs } from "@operator-auth/core";

type Timer = ReturnType<typeof setTimeout>;

const unref = <T>(timer: T): T => ((timer as { unref?: () => void }).unref?.(), timer);

/** A timer that never keeps the process alive on its own (Node, Bun, Deno); elsewhere a plain timer. */
export const backgroundTimer = (callback: () => void, delayMs: number): Timer => unref(setTimeout(callback, Math.min(Math.max(delayMs, 0), maxTimerMs)));

/** A repeating `backgroundTimer`. */
export const backgroundInterval = (callback: () => void, everyMs: number): ReturnType<typeof setInterval> =>
  unref(setInterval(callback, Math.min(Math.max(everyMs, 1), maxTimerMs)));

/** The delay before retry number `failures` (1, 2, …): doubling from `firstMs`, at most `maxMs`. */
export function backoffMs(failures: number, firstMs: number, maxMs: number): number {
  return Math.min(firstMs * 2 ** Math.max(failures - 1, 0), maxMs);
}

/**
 * Waits that `cancelAll` ends at once, so that closing never leaves a caller hanging or a timer alive. The
 * waits keep the process alive: a caller is awaiting them.
 */
export function cancellableWaits() {
  const pending = new Map<Timer, () => void>();
  return {
    wait(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve();
        }, Math.min(Math.max(ms, 0), maxTimerMs));
        pending.set(timer, resolve);
      });
    },
    cancelAll(): void {
      for (const [timer, resolve] of pending) clearTimeout(timer), resolve();
      pending.clear();
    },
  };
}

/** Settles like `promise`, or rejects with `onTimeout()` after `ms`; the timer is cleared either way. */
export function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: Timer | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = backgroundTimer(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
