import { callSafely, invalidInput, isRetryable, OperatorAuthError, optionalFunction, optionalTimerMs, requireOptions, requireTimerMs, retryAfterMs } from "@operator-auth/core";
import { SessionKeeperError } from "./errors.js";
import { acquireLease, type HeldLease } from "./lease.js";
import { attemptFailed, attemptRefused, attemptStarted, attemptSucceeded, loginGate, standingHalt, type LoginGate } from "./policy.js";
import { isHalting, isUsable, type LoginHalt, type Session, type SessionEntry } from "./session.js";
import type { SessionEvent } from "./session-event.js";
import { requireSource, type SessionSource } from "./session-source.js";
import { memoryStore, type SessionStore, type StoreRead } from "./session-store.js";
import { storeCalls } from "./store-calls.js";
import { backgroundTimer, backoffMs, cancellableWaits, withDeadline } from "./timers.js";

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

const where = "createSessionKeeper";

/** The options, checked and with their defaults: a wrong one fails at creation, naming itself. */
function keeperSettings(options: SessionKeeperOptions) {
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
  const { key = source.name, loginAttempts = 3, logoutOnClose = false } = options;
  if (typeof key !== "string" || key === "") throw invalidInput(where, "key", "must be a non-empty string");
  if (!Number.isInteger(loginAttempts) || loginAttempts < 1 || loginAttempts > 100) throw invalidInput(where, "loginAttempts", "must be a whole number from 1 to 100");
  if (typeof logoutOnClose !== "boolean") throw invalidInput(where, "logoutOnClose", "must be true or false");
  const settings = {
    source,
    store: options.store ?? memoryStore({ now }),
    key,
    keepAliveIntervalMs: options.keepAliveIntervalMs === undefined ? undefined : requireTimerMs(where, "keepAliveIntervalMs", options.keepAliveIntervalMs),
    leaseMs,
    pollMs: optionalTimerMs(where, "pollMs", options.pollMs, 250),
    storeTimeoutMs,
    connectTimeoutMs: optionalTimerMs(where, "connectTimeoutMs", options.connectTimeoutMs, 10_000),
    minLoginGapMs: options.minLoginGapMs === 0 ? 0 : optionalTimerMs(where, "minLoginGapMs", options.minLoginGapMs, 5_000),
    loginAttempts,
    retryDelayMs: optionalTimerMs(where, "retryDelayMs", options.retryDelayMs, 1_000),
    maxRetryDelayMs: optionalTimerMs(where, "maxRetryDelayMs", options.maxRetryDelayMs, 300_000),
    logoutOnClose,
    now,
    onEvent: optionalFunction(where, "onEvent", options.onEvent),
  } satisfies Record<keyof SessionKeeperOptions, unknown>;
  // A name misspelt by case is refused: a `Store` left unread would give each process a store of its own.
  return requireOptions(options, where, Object.keys(settings)), settings;
}

/** What `peek()` finds: the session `get()` would give without logging in, or why it would not log in now. */
export interface SessionKeeperState {
  /** This process's session, else the store's, when usable. */
  session?: Session;
  /** The refusal that stands for this process: no login before its `retryAt`, or until `setSource` without one. */
  halt?: LoginHalt;
  /** The fleet backs off after logins that got no documented answer: no login before this. */
  retryAt?: Date;
}

/** One account's session, shared by every process using the same store and key. */
export interface SessionKeeper {
  /**
   * A valid session: this process's own copy while it lasts, else the store's, else one login shared by
   * every concurrent caller of every process, when the fleet's policy allows one (no refusal standing, no
   * backoff, `minLoginGapMs` since the fleet's last attempt: `get()` waits out that gap). Throws
   * `SessionKeeperError` when there is none to give.
   */
  get(): Promise<Session>;
  /** The session `get()` would give, or why no login would be sent now, without logging in. */
  peek(): Promise<SessionKeeperState>;
  /**
   * The app saw `session-invalid` with this session's token: the next `get()` logs in once. An older
   * session's invalidation leaves a newer one in place. A session this keeper never gave fails with
   * `invalid-input`.
   */
  invalidate(session: Session): void;
  /**
   * New credentials (a source with them): lifts, for this process, a refusal only new credentials can lift
   * (invalid credentials, a blocked account, a required second factor or action) of any login attempted
   * before, by the fleet's attempt count rather than by time.
   */
  setSource(source: SessionSource): void;
  /** Stops every timer and pending wait; logs out first with `logoutOnClose`. `get()` then fails with `closed`. */
  close(): Promise<void>;
}

export function createSessionKeeper(options: SessionKeeperOptions): SessionKeeper {
  const settings = keeperSettings(options);
  const { store, key, leaseMs, pollMs, loginAttempts, onEvent } = settings;
  let source = settings.source;
  const policy = () => ({ ...settings, rateLimitedWaitMs: source.rateLimitedWaitMs });
  const intervalMs = () => settings.keepAliveIntervalMs ?? source.keepAliveIntervalMs ?? source.sessionLifetimeMs * 0.75;

  const emit = (event: SessionEvent) => void callSafely(onEvent, undefined, event);
  const calls = storeCalls({ ...settings, emit });
  const now = calls.now;

  let local: Session | undefined;
  /** The warm path of get(): the local session's expiry as a number and one promise of it, made once. */
  let warm: { generation: number; expiresMs: number; promise: Promise<Session> } | undefined;
  const setLocal = (session: Session | undefined) => {
    local = session;
    warm = session && { generation: session.generation, expiresMs: session.expiresAt.getTime(), promise: Promise.resolve(session) };
    if (session) highestGeneration = Math.max(highestGeneration, session.generation);
  };
  let invalidGeneration = 0;
  /** The highest generation (attempt number) seen in this process: what `invalidate` may name. */
  let highestGeneration = 0;
  /** The refusal this process last met, so that a ban fails fast without a store read. */
  let halt: LoginHalt | undefined;
  /** `setSource` lifts refusals of attempts up to this number; -1 before any. Taken at the next read. */
  let liftedThrough = -1;
  let liftPending = false;
  /** A session this process kept alive (or logged in) while the store was down: written back when it answers. */
  let unstored: Session | undefined;
  let flight: Promise<Session> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  let keepAliveFailures = 0;
  let keepAliveTimer: ReturnType<typeof setTimeout> | undefined;
  let keepAliveRunning = false;
  const shutdown = new AbortController();
  const waits = cancellableWaits();

  const closedError = () => new SessionKeeperError("closed", key, "the keeper is closed.");
  const refusal = (refused: LoginHalt) =>
    new SessionKeeperError(
      "login-refused",
      key,
      `the provider refused the login (${refused.outcome}, ${refused.code}); ` +
        (refused.retryAt ? `no login is tried before ${refused.retryAt.toISOString()}.` : "no login is tried until new credentials are set."),
      { outcome: refused.outcome, code: refused.code, ...(refused.retryAt ? { retryAt: refused.retryAt } : {}) },
    );
  const backingOff = (until: number, kind: string, cause?: unknown) =>
    new SessionKeeperError("login-failed", key, `the fleet's last login attempts got no documented answer (${kind}); none is tried before ${new Date(until).toISOString()}.`, {
      code: kind,
      retryAt: new Date(until),
      ...(cause !== undefined && { cause }),
    });
  const onLeaseLost = (operation: "login" | "keepAlive") => () => emit({ type: "lease-lost", key, operation });

  /** Reads the store; the first read after `setSource` fixes which attempts' refusals it lifts. */
  async function read(): Promise<StoreRead> {
    const answer = await calls.read();
    const attempts = answer.entry?.attempts?.count ?? 0;
    if (liftPending) {
      liftPending = false;
      liftedThrough = Math.max(liftedThrough, attempts);
    }
    highestGeneration = Math.max(highestGeneration, attempts, answer.entry?.session?.generation ?? 0);
    return answer;
  }

  function adopt(session: Session, how: "login" | "restored"): Session {
    setLocal(session);
    halt = undefined;
    emit({ type: how, key, generation: session.generation });
    scheduleKeepAlive();
    return session;
  }

  /** A closed gate: a refusal or a backoff fails this `get()`, unless it may wait the backoff out; a gap is waited out. */
  async function waitAtGate(gate: Exclude<LoginGate, { open: true }>, mayWait: boolean): Promise<void> {
    if ("halt" in gate) throw refusal((halt = gate.halt));
    if ("backoffUntil" in gate && !mayWait) throw backingOff(gate.backoffUntil, gate.kind);
    // Within the gap another process may be logging in: its session is looked for every `pollMs`.
    await waits.wait("backoffUntil" in gate ? gate.backoffUntil - now() : Math.min(gate.gapUntil - now(), pollMs));
  }

  async function obtain(): Promise<Session> {
    let attemptsLeft = loginAttempts;
    for (;;) {
      if (closed) throw closedError();
      if (isHalting(halt, now())) throw refusal(halt);
      const { entry } = await read();
      if (isUsable(entry?.session, invalidGeneration, now())) return adopt(entry.session, "restored");
      const gate = loginGate(entry, now(), policy(), liftedThrough);
      if (!gate.open) {
        await waitAtGate(gate, attemptsLeft < loginAttempts);
        continue;
      }
      const held = await acquireLease(calls, leaseMs, onLeaseLost("login"));
      if (!held) {
        await waits.wait(pollMs);
        continue;
      }
      let failure: { error: unknown; retryAt: number; kind: string } | undefined;
      try {
        // Another process may have logged in, or been refused, between the read and the lease.
        const fresh = (await read()).entry;
        if (isUsable(fresh?.session, invalidGeneration, now())) return adopt(fresh.session, "restored");
        if (!loginGate(fresh, now(), policy(), liftedThrough).open) continue;
        const answer = await attempt(held, fresh);
        if ("session" in answer) return answer.session;
        if ("failure" in answer) failure = answer.failure;
      } finally {
        await held.release();
      }
      if (!failure) continue;
      attemptsLeft -= 1;
      if (attemptsLeft === 0) throw backingOff(failure.retryAt, failure.kind, failure.error);
      emit({ type: "retry", key, operation: "login", kind: failure.kind, delayMs: Math.max(failure.retryAt - now(), 0) });
    }
  }

  /**
   * One login under the lease, recorded in the store before it is sent. A refusal is stored for the whole
   * fleet and thrown; an answer that is not documented is stored as the fleet's backoff and returned.
   */
  async function attempt(held: HeldLease, fresh: SessionEntry | undefined): Promise<{ session: Session } | { failure: { error: unknown; retryAt: number; kind: string } } | { lost: true }> {
    // An older session stays for the processes still using it; a refusal here no longer stands, or the gate would be shut.
    const kept = fresh?.session && { session: fresh.session };
    const started = attemptStarted(fresh?.attempts, now(), highestGeneration);
    if (!(await calls.write(held.lease, { ...kept, attempts: started }))) return { lost: true };
    highestGeneration = started.count;
    emit({ type: "logging-in", key, generation: started.count });
    let result: Awaited<ReturnType<SessionSource["login"]>>;
    try {
      result = await source.login({ signal: AbortSignal.any([shutdown.signal, held.signal]) });
    } catch (error) {
      if (closed) throw closedError();
      // Aborted because the lease was lost (the store stalled): no answer of the provider's, so no failure to
      // count; the next holder logs in under a number of its own.
      if (held.signal.aborted) return { lost: true };
      // The source's own unusable input: trying again cannot help, and nothing was sent.
      if (error instanceof OperatorAuthError && error.kind === "invalid-input") throw error;
      const failed = attemptFailed(started, now(), error, policy());
      if (!held.signal.aborted) await calls.write(held.lease, { ...kept, attempts: failed }).catch(() => false);
      return { failure: { error, retryAt: failed.retryAt!.getTime(), kind: failed.kind! } };
    }
    if (!result.ok) {
      const refused = attemptRefused(started, now(), result, policy());
      halt = refused.halt;
      await calls.write(held.lease, refused).catch(() => false);
      emit({ type: "login-refused", key, outcome: halt.outcome, code: halt.code, ...(halt.retryAt ? { retryAt: halt.retryAt } : {}) });
      throw refusal(halt);
    }
    const sentAt = started.lastAt.getTime();
    const session: Session = Object.freeze({
      token: result.token,
      generation: started.count,
      loggedInAt: new Date(sentAt),
      keptAliveAt: new Date(now()),
      renewals: 0,
      expiresAt: new Date(sentAt + source.sessionLifetimeMs),
    });
    // Stored even when the keeper closed meanwhile (a source that ignores the abort): the fleet can use it.
    const stored = await calls.write(held.lease, { session, attempts: attemptSucceeded(started) }).catch(() => undefined);
    if (closed) {
      // close() waits for this login: the session is this process's, to log out with `logoutOnClose`.
      setLocal(session);
      throw closedError();
    }
    if (stored === false) {
      // The lease was lost while logging in: a newer session in the store wins over this one.
      const newer = (await read().catch(() => undefined))?.entry?.session;
      if (isUsable(newer, invalidGeneration, now()) && newer.generation > session.generation) return { session: adopt(newer, "restored") };
    }
    if (stored === undefined) unstored = session;
    return { session: adopt(session, "login") };
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
      if (closed || local !== mine) return;
      keepAliveFailures += 1;
      // A keep-alive risks no ban: retried on a backoff while it may succeed, else at the next interval.
      const delayMs = isRetryable(error)
        ? Math.max(backoffMs(keepAliveFailures, settings.retryDelayMs, settings.maxRetryDelayMs), retryAfterMs(error) ?? 0)
        : error instanceof SessionKeeperError
          ? backoffMs(keepAliveFailures, settings.retryDelayMs, settings.maxRetryDelayMs)
          : intervalMs();
      if (!(error instanceof SessionKeeperError)) emit({ type: "retry", key, operation: "keepAlive", kind: kindOf(error), delayMs });
      scheduleKeepAlive(delayMs);
    } finally {
      keepAliveRunning = false;
    }
  }

  /**
   * Follows the store when another process kept the session alive, logged in anew or ended it; true when
   * there is nothing left for this process to do. A store that lost the session (restarted empty) gets it
   * back from this process.
   */
  function followStore(mine: Session, entry: SessionEntry | undefined): boolean {
    if (closed || local !== mine) return true;
    const stored = entry?.session;
    if (stored && stored.generation > mine.generation && isUsable(stored, invalidGeneration, now())) {
      adopt(stored, "restored");
      return true;
    }
    if (stored?.generation === mine.generation) {
      if (stored.keptAliveAt.getTime() <= mine.keptAliveAt.getTime()) return false;
      setLocal(stored);
      keepAliveFailures = 0;
      emit({ type: "kept-alive-elsewhere", key, generation: stored.generation, renewals: stored.renewals });
      scheduleKeepAlive();
      return true;
    }
    // The fleet knew this session and no longer holds it, with no refusal since: a keep-alive ended it elsewhere.
    if (!stored && !entry?.halt && (entry?.attempts?.count ?? 0) >= mine.generation) {
      endLocal(mine);
      return true;
    }
    if (!stored && entry?.attempts === undefined) unstored = mine;
    return false;
  }

  function endLocal(mine: Session): void {
    invalidGeneration = Math.max(invalidGeneration, mine.generation);
    if (local === mine) setLocal(undefined);
  }

  async function keepAliveRound(mine: Session): Promise<void> {
    let first: StoreRead;
    try {
      first = await read();
    } catch {
      return keepAliveWithoutStore(mine);
    }
    if (followStore(mine, first.entry)) return;
    const due = () => now() >= local!.keptAliveAt.getTime() + intervalMs();
    if (!due() && unstored !== mine) return scheduleKeepAlive();
    const held = await acquireLease(calls, leaseMs, onLeaseLost("keepAlive")).catch(() => null);
    if (held === null) return keepAliveWithoutStore(mine);
    if (!held) return scheduleKeepAlive(pollMs);
    try {
      const fresh = (await read()).entry;
      if (followStore(mine, fresh)) return;
      const current = local!;
      if (!due()) {
        if (await calls.write(held.lease, { session: current, attempts: fresh?.attempts })) unstored = undefined;
        return scheduleKeepAlive();
      }
      const sentAt = now();
      const result = await source.keepAlive!(current.token, { signal: AbortSignal.any([shutdown.signal, held.signal]) });
      if (closed) return;
      keepAliveFailures = 0;
      if (!result.ok) {
        // The provider ended the session: nobody restores it again, and the next get() logs in once.
        endLocal(current);
        await calls.write(held.lease, { attempts: fresh?.attempts });
        emit({ type: "session-ended", key, generation: current.generation, outcome: result.outcome, code: String(result.code) });
        return;
      }
      const kept = renewed(current, sentAt);
      const stored = await calls.write(held.lease, { session: kept, attempts: fresh?.attempts }).catch(() => false);
      if (local !== current) return;
      unstored = stored ? undefined : kept;
      setLocal(kept);
      emit({ type: "kept-alive", key, generation: kept.generation, renewals: kept.renewals });
      scheduleKeepAlive();
    } finally {
      await held.release();
    }
  }

  /**
   * The store is down: a process holding a live session keeps it alive on its own (a keep-alive risks no
   * ban), serves it, and writes it back when the store answers again.
   */
  async function keepAliveWithoutStore(mine: Session): Promise<void> {
    keepAliveFailures += 1;
    const retryStoreMs = backoffMs(keepAliveFailures, settings.retryDelayMs, settings.maxRetryDelayMs);
    const dueInMs = mine.keptAliveAt.getTime() + intervalMs() - now();
    if (dueInMs > 0) return scheduleKeepAlive(Math.min(dueInMs, retryStoreMs));
    const sentAt = now();
    const result = await source.keepAlive!(mine.token, { signal: shutdown.signal });
    if (closed || local !== mine) return;
    if (!result.ok) {
      endLocal(mine);
      emit({ type: "session-ended", key, generation: mine.generation, outcome: result.outcome, code: String(result.code) });
      return;
    }
    const kept = renewed(mine, sentAt);
    unstored = kept;
    setLocal(kept);
    emit({ type: "kept-alive", key, generation: kept.generation, renewals: kept.renewals, stored: false });
    scheduleKeepAlive(Math.min(intervalMs(), retryStoreMs));
  }

  const renewed = (session: Session, sentAt: number): Session =>
    Object.freeze({
      ...session,
      keptAliveAt: new Date(now()),
      renewals: session.renewals + 1,
      expiresAt: new Date(sentAt + source.sessionLifetimeMs),
    });

  async function shutDown(): Promise<void> {
    closed = true;
    clearTimeout(keepAliveTimer);
    keepAliveTimer = undefined;
    waits.cancelAll();
    shutdown.abort();
    // A login whose source ignores the abort may still answer: its session is stored for the fleet before
    // close() resolves (the app may close the store next), waited for no longer than the lease it writes under.
    if (flight) await withDeadline(flight, leaseMs, () => new Error("the login did not settle")).catch(() => undefined);
    const mine = local;
    setLocal(undefined);
    if (!settings.logoutOnClose || !mine || !source.logout) return;
    try {
      await source.logout(mine.token, { signal: new AbortController().signal });
      emit({ type: "logout", key, generation: mine.generation });
    } catch {
      // The session expires on its own; closing must not fail for it.
    }
    const held = await acquireLease(calls, leaseMs, () => {}).catch(() => undefined);
    if (!held) return;
    const stored = await read().catch(() => undefined);
    if (stored?.entry?.session?.generation === mine.generation) await calls.write(held.lease, { attempts: stored.entry.attempts }).catch(() => false);
    await held.release();
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
    async peek() {
      if (closed) throw closedError();
      const { entry } = await read().catch(() => ({ entry: undefined }));
      const at = now();
      const session = isUsable(local, invalidGeneration, at) ? local : isUsable(entry?.session, invalidGeneration, at) ? entry.session : undefined;
      const standing = standingHalt(entry, at, liftedThrough) ?? (isHalting(halt, at) ? halt : undefined);
      const retryAt = entry?.attempts?.retryAt;
      return { ...(session && { session }), ...(standing && { halt: standing }), ...(retryAt && retryAt.getTime() > at && { retryAt }) };
    },
    invalidate(session) {
      const generation = (session as Partial<Session> | null | undefined)?.generation;
      if (typeof generation !== "number" || !Number.isSafeInteger(generation) || generation < 1 || generation > highestGeneration) {
        throw invalidInput(`${where}: invalidate`, "session", "must be a session this keeper gave (its generation a whole number it has handed out)");
      }
      invalidGeneration = Math.max(invalidGeneration, generation);
      if (local && local.generation <= invalidGeneration) {
        setLocal(undefined);
        clearTimeout(keepAliveTimer);
        keepAliveTimer = undefined;
      }
    },
    setSource(next) {
      source = requireSource(next, `${where}: setSource`);
      liftPending = true;
      if (halt && halt.retryAt === undefined) halt = undefined;
    },
    close() {
      return (closing ??= shutDown());
    },
  };
}

const kindOf = (error: unknown) => (error instanceof OperatorAuthError ? error.kind : "network");
