import { OperatorAuthError, requireTimerMs } from "@operator-auth/core";
import { memoryStore } from "./memory-store.js";
import { optionalFunction, optionalName, optionalTimerMs, requireCount, requireOptions, requireSource } from "./options.js";
import { isHalting, isUsable, type LoginHalt, type Session, type SessionEntry } from "./session.js";
import type { SessionEvent } from "./session-event.js";
import { SessionKeeperError } from "./session-keeper-error.js";
import type { SessionSource, SourceFailure } from "./session-source.js";
import type { SessionStore, StoreLease } from "./session-store.js";
import { backgroundInterval, backgroundTimer, backoffMs, cancellableWaits, withDeadline } from "./timers.js";

export interface SessionKeeperOptions {
  /** How the account logs in, keeps alive and logs out (e.g. `betfairSessionSource(client, credentials)`). */
  source: SessionSource;
  /** Where the session is shared. Default: a `memoryStore()` of this keeper alone. */
  store?: SessionStore;
  /** The store key of this account; every process of a fleet uses the same. Never a credential. Default: `source.name`. */
  key?: string;
  /** Milliseconds from one confirmation of the session to the next keep-alive. Default: the source's `keepAliveIntervalMs`, else three quarters of its lifetime. */
  keepAliveIntervalMs?: number;
  /** Milliseconds a lease lasts unless renewed; the holder renews it every third of that while it works, so a killed holder's lease ends within it. Default: `15000`. */
  leaseMs?: number;
  /** Milliseconds between two looks at the store while another process holds the lease. Default: `250`. */
  pollMs?: number;
  /** Milliseconds a store call may take before it counts as failed. Default: `2000`. */
  storeTimeoutMs?: number;
  /** Login attempts of one `get()` when they fail without an answer (network, timeout); a documented answer is never retried. Default: `3`. */
  loginAttempts?: number;
  /** Milliseconds before the first retry after a failure without an answer; doubled for each further one in a row. Default: `1000`. */
  retryDelayMs?: number;
  /** The longest wait between two retries. Default: `300000` (5 minutes). */
  maxRetryDelayMs?: number;
  /** Whether `close()` logs the session out (only for the last process using it). Default: `false`. */
  logoutOnClose?: boolean;
  /** The clock, in milliseconds since 1970; sessions, bans and schedules are measured by it. Default: `Date.now`. */
  now?: () => number;
  /** Told of logins, keep-alives, refusals, retries and store errors; see `SessionEvent`. Default: none. */
  onEvent?: (event: SessionEvent) => void;
}

/** One account's session, shared by every process using the same store and key. */
export interface SessionKeeper {
  /**
   * A valid session: this process's own copy while it lasts, else the store's, else one login shared by
   * every concurrent caller of every process. Throws `SessionKeeperError` when there is none to give.
   */
  get(): Promise<Session>;
  /**
   * The app saw `session-invalid` with this session's token: the next `get()` logs in once. An older
   * session's invalidation leaves a newer one in place.
   */
  invalidate(session: Session): void;
  /**
   * New credentials (a source with them): lifts a refusal only new credentials can lift (invalid
   * credentials, a blocked account, a required second factor or action), here and in the store.
   */
  setSource(source: SessionSource): void;
  /** Stops every timer and pending wait; logs out first with `logoutOnClose`. `get()` then fails with `closed`. */
  close(): Promise<void>;
}

const where = "createSessionKeeper";

export function createSessionKeeper(options: SessionKeeperOptions): SessionKeeper {
  requireOptions(options, where);
  let source = requireSource(options.source, where);
  const now = optionalFunction(where, "now", options.now) ?? Date.now;
  const store = options.store ?? memoryStore({ now });
  const key = optionalName(where, "key", options.key, source.name);
  const intervalOption = options.keepAliveIntervalMs === undefined ? undefined : requireTimerMs(where, "keepAliveIntervalMs", options.keepAliveIntervalMs);
  const intervalMs = () => intervalOption ?? source.keepAliveIntervalMs ?? source.sessionLifetimeMs * 0.75;
  const leaseMs = optionalTimerMs(where, "leaseMs", options.leaseMs, 15_000);
  const pollMs = optionalTimerMs(where, "pollMs", options.pollMs, 250);
  const storeTimeoutMs = optionalTimerMs(where, "storeTimeoutMs", options.storeTimeoutMs, 2_000);
  const loginAttempts = requireCount(where, "loginAttempts", options.loginAttempts, 3, 1, 100);
  const retryDelayMs = optionalTimerMs(where, "retryDelayMs", options.retryDelayMs, 1_000);
  const maxRetryDelayMs = optionalTimerMs(where, "maxRetryDelayMs", options.maxRetryDelayMs, 300_000);
  const onEvent = optionalFunction(where, "onEvent", options.onEvent);
  if (options.store !== undefined && (typeof store !== "object" || store === null || typeof store.read !== "function")) {
    throw new OperatorAuthError("invalid-input", `${where}: store must be a session store (memoryStore(), redisStore(), …).`);
  }

  let local: Session | undefined;
  /** The warm path of get(): the local session's expiry as a number and one promise of it, made once. */
  let warm: { generation: number; expiresMs: number; promise: Promise<Session> } | undefined;
  const setLocal = (session: Session | undefined) => {
    local = session;
    warm = session && { generation: session.generation, expiresMs: session.expiresAt.getTime(), promise: Promise.resolve(session) };
  };
  let invalidGeneration = 0;
  let halt: LoginHalt | undefined;
  let sourceSetAt = -Infinity;
  let flight: Promise<Session> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  let loginFailures = 0;
  let loginPause: { until: number; error: unknown; kind: string } | undefined;
  let keepAliveFailures = 0;
  let keepAliveTimer: ReturnType<typeof setTimeout> | undefined;
  let keepAliveRunning = false;
  const calls = new AbortController();
  const waits = cancellableWaits();

  const emit = (event: SessionEvent) => {
    try {
      onEvent?.(event);
    } catch {
      // A listener's own failure must not change what the keeper does.
    }
  };
  const closedError = () => new SessionKeeperError("closed", key, "the keeper is closed.");
  const refusal = (refused: LoginHalt) =>
    new SessionKeeperError(
      "login-refused",
      key,
      `the provider refused the login (${refused.outcome}, ${refused.code}); ` +
        (refused.retryAt ? `no login is tried before ${refused.retryAt.toISOString()}.` : "no login is tried until new credentials are set."),
      { outcome: refused.outcome, code: refused.code, ...(refused.retryAt ? { retryAt: refused.retryAt } : {}) },
    );
  const errorKind = (error: unknown) => (error instanceof OperatorAuthError ? error.kind : "network");
  /** A stored refusal counts unless new credentials came after a refusal only they can lift. */
  const standing = (refused: LoginHalt | undefined): refused is LoginHalt =>
    isHalting(refused, now()) && !(refused.retryAt === undefined && refused.at.getTime() < sourceSetAt);

  async function storeCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await withDeadline(call(), storeTimeoutMs, () => new Error(`the store did not answer ${operation} within ${storeTimeoutMs} ms`));
    } catch (error) {
      const { name, code } = error as { name?: string; code?: unknown };
      emit({ type: "store-error", key, operation, error: `${name ?? "Error"}${typeof code === "string" ? ` ${code}` : ""}` });
      throw new SessionKeeperError("store-unavailable", key, `the store failed (${operation}).`, { cause: error });
    }
  }
  /** A write whose failure is survivable: the session still serves this process. */
  const tryWrite = (lease: StoreLease, entry: SessionEntry) => storeCall("write", () => store.write(lease, entry)).catch(() => false);
  const release = (lease: StoreLease) => storeCall("release", () => store.release(lease)).catch(() => undefined);

  /** Renews the lease while its holder works, so that only a holder that died loses it. */
  function holdLease(lease: StoreLease): () => void {
    const timer = backgroundInterval(() => void store.renew(lease, leaseMs).catch(() => false), leaseMs / 3);
    return () => clearInterval(timer);
  }

  function adopt(session: Session, how: "login" | "restored"): Session {
    setLocal(session);
    halt = undefined;
    emit({ type: how, key, generation: session.generation });
    scheduleKeepAlive();
    return session;
  }

  async function obtain(): Promise<Session> {
    let attempts = 0;
    for (;;) {
      if (closed) throw closedError();
      if (isHalting(halt, now())) throw refusal(halt);
      if (loginPause && loginPause.until > now()) {
        throw new SessionKeeperError("login-failed", key, `the last login attempts failed (${loginPause.kind}); none is tried before ${new Date(loginPause.until).toISOString()}.`, {
          code: loginPause.kind,
          retryAt: new Date(loginPause.until),
          cause: loginPause.error,
        });
      }
      const entry = await storeCall("read", () => store.read(key));
      if (standing(entry?.halt)) throw refusal((halt = entry.halt));
      if (isUsable(entry?.session, invalidGeneration, now())) return adopt(entry.session, "restored");
      const lease = await storeCall("acquire", () => store.acquire(key, leaseMs));
      if (!lease) {
        await waits.wait(pollMs);
        continue;
      }
      const letGo = holdLease(lease);
      let retryInMs: number;
      try {
        // Another process may have logged in between the read and the lease.
        const fresh = await storeCall("read", () => store.read(key));
        const generation = Math.max(fresh?.session?.generation ?? 0, local?.generation ?? 0, invalidGeneration) + 1;
        if (standing(fresh?.halt)) throw refusal((halt = fresh.halt));
        if (isUsable(fresh?.session, invalidGeneration, now())) return adopt(fresh.session, "restored");
        try {
          return await login(lease, generation);
        } catch (error) {
          if (closed) throw closedError();
          // A refusal, or the source's own unusable input: trying again cannot help.
          if (error instanceof SessionKeeperError || (error instanceof OperatorAuthError && error.kind === "invalid-input")) throw error;
          attempts += 1;
          loginFailures += 1;
          retryInMs = backoffMs(loginFailures, retryDelayMs, maxRetryDelayMs);
          const kind = errorKind(error);
          if (attempts >= loginAttempts) {
            loginPause = { until: now() + retryInMs, error, kind };
            throw new SessionKeeperError("login-failed", key, `${attempts} login attempts failed (${kind}).`, {
              code: kind,
              retryAt: new Date(loginPause.until),
              cause: error,
            });
          }
          emit({ type: "retry", key, operation: "login", kind, delayMs: retryInMs });
        }
      } finally {
        letGo();
        await release(lease);
      }
      await waits.wait(retryInMs);
    }
  }

  /** One login under the lease; a refusal is stored for the whole fleet, a transport error thrown for `obtain` to retry. */
  async function login(lease: StoreLease, generation: number): Promise<Session> {
    const sentAt = now();
    emit({ type: "logging-in", key, generation });
    const result = await source.login({ signal: calls.signal });
    if (closed) throw closedError();
    if (!result.ok) {
      const refused = refusalOf(result);
      halt = refused;
      await tryWrite(lease, { halt: refused });
      emit({ type: "login-refused", key, outcome: refused.outcome, code: refused.code, ...(refused.retryAt ? { retryAt: refused.retryAt } : {}) });
      throw refusal(refused);
    }
    loginFailures = 0;
    loginPause = undefined;
    const session: Session = Object.freeze({
      token: result.token,
      generation,
      loggedInAt: new Date(sentAt),
      keptAliveAt: new Date(now()),
      renewals: 0,
      expiresAt: new Date(sentAt + source.sessionLifetimeMs),
    });
    if (!(await tryWrite(lease, { session }))) {
      // The lease was lost while logging in: a newer session in the store wins over this one.
      const newer = (await storeCall("read", () => store.read(key)).catch(() => undefined))?.session;
      if (isUsable(newer, invalidGeneration, now()) && newer.generation >= generation) return adopt(newer, "restored");
    }
    return adopt(session, "login");
  }

  /** How long a refused login keeps further logins away: a ban's window, a backoff for an outage, or until new credentials. */
  function refusalOf(result: SourceFailure): LoginHalt {
    const at = now();
    const base = { outcome: result.outcome, code: String(result.code), at: new Date(at) };
    switch (result.outcome) {
      case "rate-limited":
      case "unknown":
        return { ...base, retryAt: new Date(at + source.rateLimitedWaitMs) };
      case "unavailable":
        loginFailures += 1;
        return { ...base, retryAt: new Date(at + backoffMs(loginFailures, retryDelayMs, maxRetryDelayMs)) };
      default:
        return base;
    }
  }

  function scheduleKeepAlive(delayMs?: number): void {
    clearTimeout(keepAliveTimer);
    keepAliveTimer = undefined;
    if (closed || !local || !source.keepAlive) return;
    keepAliveTimer = backgroundTimer(keepAliveTick, delayMs ?? local.keptAliveAt.getTime() + intervalMs() - now());
  }

  async function keepAliveTick(): Promise<void> {
    keepAliveTimer = undefined;
    const mine = local;
    if (closed || !mine || keepAliveRunning) return;
    keepAliveRunning = true;
    try {
      await keepAliveRound(mine);
    } catch (error) {
      if (closed) return;
      keepAliveFailures += 1;
      const delayMs = backoffMs(keepAliveFailures, retryDelayMs, maxRetryDelayMs);
      if (!(error instanceof SessionKeeperError)) emit({ type: "retry", key, operation: "keepAlive", kind: errorKind(error), delayMs });
      if (local === mine) scheduleKeepAlive(delayMs);
    } finally {
      keepAliveRunning = false;
    }
  }

  /** Follows the store when another process kept the session alive or logged in anew; true when it did. */
  async function followStore(mine: Session): Promise<boolean> {
    const stored = (await storeCall("read", () => store.read(key)))?.session;
    if (closed || local !== mine || !stored) return closed || local !== mine;
    if (stored.generation > mine.generation && isUsable(stored, invalidGeneration, now())) {
      adopt(stored, "restored");
      return true;
    }
    if (stored.generation === mine.generation && stored.keptAliveAt.getTime() > mine.keptAliveAt.getTime()) {
      setLocal(stored);
      keepAliveFailures = 0;
      emit({ type: "kept-alive-elsewhere", key, generation: stored.generation, renewals: stored.renewals });
      scheduleKeepAlive();
      return true;
    }
    return false;
  }

  async function keepAliveRound(mine: Session): Promise<void> {
    if (await followStore(mine)) return;
    if (now() < mine.keptAliveAt.getTime() + intervalMs()) return scheduleKeepAlive();
    const lease = await storeCall("acquire", () => store.acquire(key, leaseMs));
    if (!lease) return scheduleKeepAlive(pollMs);
    const letGo = holdLease(lease);
    try {
      if (await followStore(mine)) return;
      const sentAt = now();
      const result = await source.keepAlive!(mine.token, { signal: calls.signal });
      if (closed) return;
      keepAliveFailures = 0;
      if (result.ok) {
        const kept: Session = Object.freeze({
          ...mine,
          keptAliveAt: new Date(now()),
          renewals: mine.renewals + 1,
          expiresAt: new Date(sentAt + source.sessionLifetimeMs),
        });
        await tryWrite(lease, { session: kept });
        if (local !== mine) return;
        setLocal(kept);
        emit({ type: "kept-alive", key, generation: kept.generation, renewals: kept.renewals });
        scheduleKeepAlive();
        return;
      }
      // The provider ended the session: nobody restores it again, and the next get() logs in once.
      invalidGeneration = Math.max(invalidGeneration, mine.generation);
      if (local === mine) setLocal(undefined);
      await tryWrite(lease, {});
      emit({ type: "session-ended", key, generation: mine.generation, outcome: result.outcome, code: String(result.code) });
    } finally {
      letGo();
      await release(lease);
    }
  }

  async function shutDown(): Promise<void> {
    closed = true;
    clearTimeout(keepAliveTimer);
    keepAliveTimer = undefined;
    waits.cancelAll();
    calls.abort();
    const mine = local;
    setLocal(undefined);
    if (!options.logoutOnClose || !mine || !source.logout) return;
    try {
      await source.logout(mine.token, { signal: new AbortController().signal });
      emit({ type: "logout", key, generation: mine.generation });
    } catch {
      // The session expires on its own; closing must not fail for it.
    }
    const lease = await storeCall("acquire", () => store.acquire(key, leaseMs)).catch(() => undefined);
    if (!lease) return;
    const stored = await storeCall("read", () => store.read(key)).catch(() => undefined);
    if (stored?.session?.generation === mine.generation) await tryWrite(lease, {});
    await release(lease);
  }

  return {
    get() {
      const hot = warm;
      if (hot !== undefined && hot.generation > invalidGeneration && hot.expiresMs > now()) return hot.promise;
      if (closed) return Promise.reject(closedError());
      return (flight ??= obtain().finally(() => {
        flight = undefined;
      }));
    },
    invalidate(session) {
      if (typeof session !== "object" || session === null || typeof session.generation !== "number") {
        throw new OperatorAuthError("invalid-input", `${where}: invalidate expects a session the keeper gave.`);
      }
      invalidGeneration = Math.max(invalidGeneration, session.generation);
      if (local && local.generation <= invalidGeneration) {
        setLocal(undefined);
        clearTimeout(keepAliveTimer);
        keepAliveTimer = undefined;
      }
    },
    setSource(next) {
      source = requireSource(next, `${where}: setSource`);
      sourceSetAt = now();
      if (halt && halt.retryAt === undefined) halt = undefined;
    },
    close() {
      return (closing ??= shutDown());
    },
  };
}
