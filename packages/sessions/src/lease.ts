import type { StoreCalls } from "./store-calls.js";
import type { StoreLease } from "./session-store.js";
import { backgroundInterval, backgroundTimer } from "./timers.js";

/**
 * A lease held while its work runs, like Redlock's `using`: renewed every third of `leaseMs`, and when it
 * is lost (a renewal refused, or none confirmed in time) the work is aborted through `signal`, before any
 * other process can take the lease, so that two holders never work at once.
 */
export interface HeldLease {
  readonly lease: StoreLease;
  /** Aborted when the lease is lost. */
  readonly signal: AbortSignal;
  /** Stops renewing and gives the lease back (unless lost); never throws. */
  release(): Promise<void>;
}

/** How much of a lease's time is given up, so that its holder stops before the store lets the lease go. */
const safetyShare = 0.1;

/** Takes the key's lease and holds it; undefined when another process holds it. */
export async function acquireLease(calls: StoreCalls, leaseMs: number, onLost: () => void): Promise<HeldLease | undefined> {
  const sentAt = performance.now();
  const lease = await calls.acquire(leaseMs);
  if (!lease) return undefined;
  const lost = new AbortController();
  let released = false;
  const lose = () => {
    if (released || lost.signal.aborted) return;
    clearInterval(renewal);
    clearTimeout(expiry);
    lost.abort(new Error("the lease was lost"));
    onLost();
  };
  /** Counted from when the last confirmed request was sent: the store's lease started no earlier. */
  const expireFrom = (confirmedSentAt: number) => backgroundTimer(lose, confirmedSentAt + leaseMs * (1 - safetyShare) - performance.now());
  let expiry = expireFrom(sentAt);
  const renewal = backgroundInterval(() => {
    const renewSentAt = performance.now();
    calls.renew(lease, leaseMs).then(
      (held) => {
        if (released || lost.signal.aborted) return;
        if (!held) return lose();
        clearTimeout(expiry);
        expiry = expireFrom(renewSentAt);
      },
      // A failed renewal is not yet a lost lease: the expiry timer decides.
      () => {},
    );
  }, leaseMs / 3);
  return {
    lease,
    signal: lost.signal,
    async release() {
      released = true;
      clearInterval(renewal);
      clearTimeout(expiry);
      if (!lost.signal.aborted) await calls.release(lease).catch(() => undefined);
    },
  };
}
