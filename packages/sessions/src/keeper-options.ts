import { invalidInput, requireTimerMs } from "@operator-auth/core";
import { memoryStore } from "./memory-store.js";
import { optionalBoolean, optionalFunction, optionalName, optionalTimerMs, requireCount, requireOptions, requireSource } from "./options.js";
import type { SessionEvent } from "./session-event.js";
import type { SessionSource } from "./session-source.js";
import type { SessionStore } from "./session-store.js";

export interface SessionKeeperOptions {
  /** How the account logs in, keeps alive and logs out (e.g. `betfairSessionSource(client, credentials)`). */
  source: SessionSource;
  /** Where the session is shared. Default: a `memoryStore()` of this keeper alone. */
  store?: SessionStore;
  /** The store key of this account; every process of a fleet uses the same. Never a credential. Default: `source.name`. */
  key?: string;
  /** Milliseconds from one confirmation of the session to the next keep-alive. Default: the source's `keepAliveIntervalMs`, else three quarters of its lifetime. */
  keepAliveIntervalMs?: number;
  /**
   * Milliseconds a lease lasts unless renewed; its holder renews it every third of that while it works, and
   * stops (aborting its login) when a renewal is not confirmed in time. At least 3 × `storeTimeoutMs`.
   * Default: `15000`.
   */
  leaseMs?: number;
  /** Milliseconds between two looks at the store while another process holds the lease. Default: `250`. */
  pollMs?: number;
  /** Milliseconds a store call may take before it counts as failed. Default: `2000`. */
  storeTimeoutMs?: number;
  /** Milliseconds the store's `connect()` (loading its client, connecting) may take, apart from `storeTimeoutMs`. Default: `10000`. */
  connectTimeoutMs?: number;
  /**
   * The least time between two login attempts of the whole fleet, by the store's clock: an app that
   * invalidates every session it gets costs at most one login per gap. Default: `5000`.
   */
  minLoginGapMs?: number;
  /**
   * Login attempts one `get()` makes when they get no documented answer (network, timeout, an undocumented
   * status or body), waiting out the fleet's backoff between them; a documented answer is never retried.
   * Default: `3`.
   */
  loginAttempts?: number;
  /** Milliseconds of the fleet's backoff after the first login without a documented answer; doubled for each further one in a row, or longer when the answer said `Retry-After`. Default: `1000`. */
  retryDelayMs?: number;
  /** The longest backoff, except one the provider asked for with `Retry-After`. Default: `300000` (5 minutes). */
  maxRetryDelayMs?: number;
  /** Whether `close()` logs the session out (only for the last process using it). Default: `false`. */
  logoutOnClose?: boolean;
  /**
   * This process's clock, in milliseconds since 1970. It measures time between two reads of the store's
   * clock, which alone judges sessions, bans and backoffs across the fleet (the memory store reads this one).
   * Default: `Date.now`.
   */
  now?: () => number;
  /** Told of logins, keep-alives, refusals, retries, lost leases and store errors; see `SessionEvent`. Its throws and rejections are ignored. Default: none. */
  onEvent?: (event: SessionEvent) => unknown;
}

export const where = "createSessionKeeper";

/** The options, checked and with their defaults: a wrong one fails at creation, naming itself. */
export function keeperSettings(options: SessionKeeperOptions) {
  requireOptions(options, where);
  const source = requireSource(options.source, where);
  const now = optionalFunction(where, "now", options.now) ?? Date.now;
  if (options.store !== undefined && (typeof options.store !== "object" || options.store === null || typeof options.store.read !== "function")) {
    throw invalidInput(where, "store", "must be a session store (memoryStore(), redisStore(), …)");
  }
  const storeTimeoutMs = optionalTimerMs(where, "storeTimeoutMs", options.storeTimeoutMs, 2_000);
  const leaseMs = optionalTimerMs(where, "leaseMs", options.leaseMs, 15_000);
  // A renewal is sent every third of the lease and may take storeTimeoutMs: it must end before the next is due.
  if (leaseMs < 3 * storeTimeoutMs) throw invalidInput(where, "leaseMs", `must be at least 3 × storeTimeoutMs (${3 * storeTimeoutMs})`);
  return {
    source,
    store: options.store ?? memoryStore({ now }),
    key: optionalName(where, "key", options.key, source.name),
    keepAliveIntervalMs: options.keepAliveIntervalMs === undefined ? undefined : requireTimerMs(where, "keepAliveIntervalMs", options.keepAliveIntervalMs),
    leaseMs,
    pollMs: optionalTimerMs(where, "pollMs", options.pollMs, 250),
    storeTimeoutMs,
    connectTimeoutMs: optionalTimerMs(where, "connectTimeoutMs", options.connectTimeoutMs, 10_000),
    minLoginGapMs: options.minLoginGapMs === 0 ? 0 : optionalTimerMs(where, "minLoginGapMs", options.minLoginGapMs, 5_000),
    loginAttempts: requireCount(where, "loginAttempts", options.loginAttempts, 3, 1, 100),
    retryDelayMs: optionalTimerMs(where, "retryDelayMs", options.retryDelayMs, 1_000),
    maxRetryDelayMs: optionalTimerMs(where, "maxRetryDelayMs", options.maxRetryDelayMs, 300_000),
    logoutOnClose: optionalBoolean(where, "logoutOnClose", options.logoutOnClose, false),
    now,
    onEvent: optionalFunction(where, "onEvent", options.onEvent),
  };
}
