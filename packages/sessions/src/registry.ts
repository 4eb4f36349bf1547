import { callSafely, invalidInput, isRetryable, OperatorAuthError, optionalFunction, optionalTimerMs, requireOptions, requireTimerMs, retryAfterMs } from "@operator-auth/core";
import { createDueQueue } from "./due-queue.js";
import { SessionRegistryError } from "./errors.js";
import type { SourceCallOptions, SourceSessionResult } from "./session-source.js";
import { backoffMs } from "./timers.js";

/** One user's session as the registry holds it. Never changed in place. */
export interface UserSession<Tokens> {
  /** The app's own id of the user. */
  readonly user: string;
  /** The provider's tokens, as the app registered them (a Betfair token, PosAPI's user and session tokens, …). */
  readonly tokens: Tokens;
  /** When the session started (the login). */
  readonly startedAt: Date;
  /** When the user was last active in the app (`register`, `touch`). */
  readonly lastActiveAt: Date;
  /** When the provider last saw the tokens (the login, a keep-alive, `touch(user, { renewed: true })`). */
  readonly renewedAt: Date;
  /** When it expires: `idleLifetimeMs` after `renewedAt`, and never after `maxLifetimeMs` from the start. */
  readonly expiresAt: Date;
}

/** Why a session left the registry. */
export type UserSessionEnd =
  /** Not renewed within `idleLifetimeMs`. */
  | "idle"
  /** `maxLifetimeMs` after the start (PosAPI's UserToken: 20 hours). */
  | "max-lifetime"
  /** A keep-alive was answered with a failure (Betfair `NO_SESSION`). */
  | "session-invalid"
  /** `remove(user)`, e.g. after the user logged out. */
  | "removed";

export type RegistryEvent<Tokens> =
  | { type: "kept-alive"; user: string }
  /**
   * A keep-alive threw (`kind`: the `OperatorAuthError`'s kind, else the error's name). Retried in
   * `retryInMs` when `isRetryable` says a later call may succeed; without `retryInMs` it is not retried:
   * the session ends at its expiry unless `touch(user, { renewed: true })` shows the tokens still work.
   */
  | { type: "keep-alive-failed"; user: string; kind: string; retryInMs?: number }
  | { type: "ended"; user: string; reason: UserSessionEnd; session: UserSession<Tokens> };

export interface SessionRegistryOptions<Tokens> {
  /** How long a session lives after the provider last saw its tokens (Betfair: 20 min; PosAPI: 20 min, Italy 10). */
  idleLifetimeMs: number;
  /** How long a session lives at most from its start (PosAPI's UserToken: 20 hours). Default: no limit. */
  maxLifetimeMs?: number;
  /**
   * Keeps a session alive at the provider (Betfair: `(tokens, o) => sso.keepAlive(tokens.token, o)`). Called
   * only for users active within `activeWindowMs`. Default: none — then every `touch` counts as a renewal,
   * as with PosAPI, where each request with the tokens renews them.
   */
  keepAlive?: (tokens: Tokens, options: SourceCallOptions) => Promise<SourceSessionResult>;
  /** Milliseconds from a renewal to the keep-alive; less than `idleLifetimeMs`. Default: three quarters of it. */
  keepAliveIntervalMs?: number;
  /** A user is active when touched within this many milliseconds. Default: `idleLifetimeMs`. */
  activeWindowMs?: number;
  /**
   * Milliseconds a keep-alive may take; one that has not settled by then is aborted and counts as a
   * `timeout` (retried), and none outlives its session's expiry. Default: `30000`.
   */
  keepAliveTimeoutMs?: number;
  /** Milliseconds before retrying a keep-alive that got no answer; doubled per failure in a row, never sooner than a `Retry-After`. Default: `5000`. */
  retryDelayMs?: number;
  /** Told of keep-alives and of every session that ends (with why), never of a token. A throw or rejected promise of it is ignored. Default: none. */
  onEvent?: (event: RegistryEvent<Tokens>) => unknown;
  /** The clock in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

/**
 * The documented lifetimes of user sessions, for `createSessionRegistry`. Betfair: keep-alive "within the
 * 20 minute session expiry time if the user is still actively using your application". PosAPI: the
 * SessionToken lives 20 minutes after the last request (10 in Italy), the UserToken 20 hours after the start.
 */
export const betfairUserSessionLifetimes = { idleLifetimeMs: 20 * 60_000 } as const;
export const posApiSessionLifetimes = { idleLifetimeMs: 20 * 60_000, maxLifetimeMs: 20 * 60 * 60_000 } as const;
export const posApiItalySessionLifetimes = { idleLifetimeMs: 10 * 60_000, maxLifetimeMs: 20 * 60 * 60_000 } as const;

/** Many users' sessions on one timer. Holds tokens only: no password, no automatic login. */
export interface SessionRegistry<Tokens> {
  /**
   * Adds (or replaces) a user's session after the app's login; `startedAt` (a valid `Date`) defaults to
   * now. Throws `OperatorAuthError` `invalid-input` for a bad user or `startedAt`, `SessionRegistryError`
   * `closed` after `close()`.
   */
  register(user: string, tokens: Tokens, options?: { startedAt?: Date }): UserSession<Tokens>;
  /**
   * The user was active: they count for keep-alives within `activeWindowMs`. `renewed: true` when the app's
   * call just showed the provider accepted the tokens (always so without `keepAlive`). Throws `OperatorAuthError`
   * `invalid-input` for a bad user or options that are not an object.
   */
  touch(user: string, options?: { renewed?: boolean }): UserSession<Tokens> | undefined;
  /** The user's session, unless it has expired or was removed. */
  get(user: string): UserSession<Tokens> | undefined;
  /** Drops the user's session (after a logout); true when there was one. */
  remove(user: string): boolean;
  /** How many sessions are held. */
  readonly size: number;
  /** How many timers the registry keeps alive: at most 1, whatever the number of sessions. */
  timers(): number;
  /** Stops the timer and every keep-alive under way; sessions are dropped without events; `register` then throws `closed`. */
  close(): void;
}

interface Slot<Tokens> {
  session: UserSession<Tokens>;
  /** Keep-alive skipped for want of activity; a touch brings it back. */
  resting: boolean;
  failures: number;
  /** When to retry a failed keep-alive; `Infinity`: not at all (an error no retry mends). */
  retryAt?: number;
  /** The keep-alive under way, given up on at `deadline`. */
  call?: { controller: AbortController; deadline: number };
}

const where = "createSessionRegistry";

export function createSessionRegistry<Tokens>(options: SessionRegistryOptions<Tokens>): SessionRegistry<Tokens> {
  requireOptions(options, where);
  const idleLifetimeMs = requireTimerMs(where, "idleLifetimeMs", options.idleLifetimeMs);
  const maxLifetimeMs = optionalTimerMs(where, "maxLifetimeMs", options.maxLifetimeMs, Infinity);
  const keepAlive = optionalFunction(where, "keepAlive", options.keepAlive);
  const intervalMs = optionalTimerMs(where, "keepAliveIntervalMs", options.keepAliveIntervalMs, idleLifetimeMs * 0.75);
  if (intervalMs >= idleLifetimeMs) throw invalidInput(where, "keepAliveIntervalMs", "must be less than idleLifetimeMs");
  const activeWindowMs = optionalTimerMs(where, "activeWindowMs", options.activeWindowMs, idleLifetimeMs);
  const keepAliveTimeoutMs = optionalTimerMs(where, "keepAliveTimeoutMs", options.keepAliveTimeoutMs, 30_000);
  const retryDelayMs = optionalTimerMs(where, "retryDelayMs", options.retryDelayMs, 5_000);
  const onEvent = optionalFunction(where, "onEvent", options.onEvent);
  const now = optionalFunction(where, "now", options.now) ?? Date.now;
  const settings = { idleLifetimeMs, maxLifetimeMs, keepAlive, keepAliveIntervalMs: intervalMs, activeWindowMs, keepAliveTimeoutMs, retryDelayMs, onEvent, now };
  // A name misspelt by case is refused: a `KeepAlive` left unread would let every session lapse.
  requireOptions(options, where, Object.keys(settings satisfies Record<keyof SessionRegistryOptions<Tokens>, unknown>));

  const slots = new Map<string, Slot<Tokens>>();
  let closed = false;
  const emit = (event: RegistryEvent<Tokens>) => callSafely(onEvent, undefined, event);

  /** A call under way is due at its deadline, so that one that never settles is given up on by the one timer. */
  const keepAliveDue = (slot: Slot<Tokens>) =>
    !keepAlive || slot.resting ? Infinity : (slot.call?.deadline ?? slot.retryAt ?? slot.session.renewedAt.getTime() + intervalMs);
  const queue = createDueQueue<string>({
    now,
    dueAt(user) {
      const slot = slots.get(user);
      return slot && Math.min(slot.session.expiresAt.getTime(), keepAliveDue(slot));
    },
    onDue: (user) => void due(user),
  });

  function session(user: string, tokens: Tokens, startedAt: number, lastActiveAt: number, renewedAt: number): UserSession<Tokens> {
    const expiresAt = Math.min(renewedAt + idleLifetimeMs, startedAt + maxLifetimeMs);
    return Object.freeze({ user, tokens, startedAt: new Date(startedAt), lastActiveAt: new Date(lastActiveAt), renewedAt: new Date(renewedAt), expiresAt: new Date(expiresAt) });
  }

  function end(user: string, reason: UserSessionEnd) {
    const slot = slots.get(user);
    if (!slot) return;
    slots.delete(user);
    queue.remove(user);
    slot.call?.controller.abort();
    emit({ type: "ended", user, reason, session: slot.session });
  }

  async function due(user: string) {
    const slot = slots.get(user);
    if (!slot) return;
    const at = now();
    const current = slot.session;
    if (current.expiresAt.getTime() <= at) {
      return end(user, current.expiresAt.getTime() === current.startedAt.getTime() + maxLifetimeMs ? "max-lifetime" : "idle");
    }
    if (slot.call) {
      // Due while under way: the deadline has passed (the expiry was handled above).
      if (at < slot.call.deadline) return queue.schedule(user);
      slot.call.controller.abort();
      slot.call = undefined;
      failed(user, slot, new OperatorAuthError("timeout", `${where}: keepAlive did not settle within ${keepAliveTimeoutMs} ms.`, { operation: "keepAlive" }));
      return queue.schedule(user);
    }
    if (at - current.lastActiveAt.getTime() > activeWindowMs) {
      // Not active: let it expire unless the user comes back.
      slot.resting = true;
      return queue.schedule(user);
    }
    const call = { controller: new AbortController(), deadline: at + keepAliveTimeoutMs };
    slot.call = call;
    queue.schedule(user); // its deadline and its expiry stay due while the call is under way
    let result: SourceSessionResult;
    try {
      result = await keepAlive!(current.tokens, { signal: call.controller.signal });
    } catch (error) {
      if (slots.get(user) !== slot || slot.call !== call) return; // ended, closed, given up on, or registered anew
      slot.call = undefined;
      failed(user, slot, error);
      return queue.schedule(user);
    }
    if (slots.get(user) !== slot || slot.call !== call) return;
    slot.call = undefined;
    if (!result.ok) return end(user, "session-invalid");
    slot.failures = 0;
    slot.retryAt = undefined;
    slot.session = session(user, current.tokens, current.startedAt.getTime(), slot.session.lastActiveAt.getTime(), at);
    emit({ type: "kept-alive", user });
    queue.schedule(user);
  }

  /** One retry policy for the project: `isRetryable` decides, `Retry-After` is honoured, the backoff is bounded by the idle lifetime. */
  function failed(user: string, slot: Slot<Tokens>, error: unknown) {
    const kind = error instanceof OperatorAuthError ? error.kind : error instanceof Error ? error.name : typeof error;
    if (!isRetryable(error)) {
      slot.retryAt = Infinity;
      return emit({ type: "keep-alive-failed", user, kind });
    }
    slot.failures += 1;
    const retryInMs = Math.min(Math.max(backoffMs(slot.failures, retryDelayMs, idleLifetimeMs), retryAfterMs(error) ?? 0), idleLifetimeMs);
    slot.retryAt = now() + retryInMs;
    emit({ type: "keep-alive-failed", user, kind, retryInMs });
  }

  const requireUser = (user: unknown) => {
    if (typeof user !== "string" || user === "") throw invalidInput(where, "user", "must be a non-empty string");
    return user;
  };
  const requireObject = (value: unknown, name: string) => {
    if (typeof value !== "object" || value === null) throw invalidInput(where, name, "must be an object");
  };

  return {
    register(user, tokens, registerOptions = {}) {
      requireUser(user);
      requireObject(registerOptions, "register options");
      const given = registerOptions.startedAt as unknown;
      if (given !== undefined && !(given instanceof Date && Number.isFinite(given.getTime()))) throw invalidInput(where, "startedAt", "must be a valid Date");
      if (closed) throw new SessionRegistryError("closed", "register() after close(): the registry keeps no session any more.");
      const at = now();
      const startedAt = (given as Date | undefined)?.getTime() ?? at;
      const replaced = slots.get(user);
      replaced?.call?.controller.abort();
      queue.remove(user);
      const slot: Slot<Tokens> = { session: session(user, tokens, startedAt, at, at), resting: false, failures: 0 };
      slots.set(user, slot);
      queue.schedule(user);
      return slot.session;
    },
    touch(user, touchOptions = {}) {
      const slot = slots.get(requireUser(user));
      requireObject(touchOptions, "touch options");
      if (!slot) return undefined;
      const at = now();
      const current = slot.session;
      if (current.expiresAt.getTime() <= at) return undefined; // ends when its due time comes up
      const renewed = touchOptions.renewed ?? !keepAlive;
      slot.session = session(user, current.tokens, current.startedAt.getTime(), at, renewed ? at : current.renewedAt.getTime());
      if (slot.resting) slot.resting = false;
      if (renewed) {
        // The tokens just worked: a pending retry, or keep-alives stopped by an error, start afresh.
        slot.failures = 0;
        slot.retryAt = undefined;
      }
      queue.schedule(user);
      return slot.session;
    },
    get(user) {
      const current = slots.get(user)?.session;
      return current && current.expiresAt.getTime() > now() ? current : undefined;
    },
    remove(user) {
      const had = slots.has(user);
      end(user, "removed");
      return had;
    },
    get size() {
      return slots.size;
    },
    timers: () => queue.timers(),
    close() {
      closed = true;
      for (const slot of slots.values()) slot.call?.controller.abort();
      queue.stop();
      slots.clear();
    },
  };
}
