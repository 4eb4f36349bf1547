import { invalidInput, requireTimerMs, type FailureOutcome } from "@operator-auth/core";

/** A documented answer that is not a success, as every `@operator-auth` client returns it. */
export interface SourceFailure {
  ok: false;
  /** What it means for the app (`rate-limited`, `invalid-credentials`, `session-invalid`, …). */
  outcome: FailureOutcome;
  /** The provider's code, verbatim. */
  code: string;
}

export type SourceLoginResult = { ok: true; token: string } | SourceFailure;
export type SourceSessionResult = { ok: true } | SourceFailure;

/** What a source call is given: aborted when the keeper closes. */
export interface SourceCallOptions {
  signal: AbortSignal;
}

/**
 * How one account logs in, keeps its session alive and logs out, with the provider's lifetimes. The keeper
 * is provider-neutral; a client package supplies a source (e.g. `betfairSessionSource` of
 * `@operator-auth/betfair-sso/session-source`). Documented answers are returned, transport failures thrown.
 */
export interface SessionSource {
  /** Names the account in store keys, events and messages (never a username, password or token). */
  readonly name: string;
  /** How long a session lives after the last request that used it. */
  readonly sessionLifetimeMs: number;
  /** How often to keep the session alive; less than `sessionLifetimeMs`. Default: three quarters of it. */
  readonly keepAliveIntervalMs?: number;
  /** How long the provider bans new logins after a `rate-limited` answer. */
  readonly rateLimitedWaitMs: number;
  /** Logs in once; never retried by the source itself. */
  login(options: SourceCallOptions): Promise<SourceLoginResult>;
  /** Extends the session. Absent: the session simply expires and the next `get()` logs in. */
  keepAlive?(token: string, options: SourceCallOptions): Promise<SourceSessionResult>;
  /** Ends the session. */
  logout?(token: string, options: SourceCallOptions): Promise<SourceSessionResult>;
}

/** Checks a source's shape and lifetimes, so that a wrong one fails at creation, not at the first login. */
export function requireSource(source: SessionSource, where: string): SessionSource {
  if (typeof source !== "object" || source === null) throw invalidInput(where, "source", "must be a session source object");
  if (typeof source.name !== "string" || source.name === "") throw invalidInput(where, "source.name", "must be a non-empty string");
  if (typeof source.login !== "function") throw invalidInput(where, "source.login", "must be a function");
  for (const method of ["keepAlive", "logout"] as const) {
    if (source[method] !== undefined && typeof source[method] !== "function") {
      throw invalidInput(where, `source.${method}`, "must be a function when given");
    }
  }
  const lifetime = requireTimerMs(where, "source.sessionLifetimeMs", source.sessionLifetimeMs);
  requireTimerMs(where, "source.rateLimitedWaitMs", source.rateLimitedWaitMs);
  if (source.keepAliveIntervalMs !== undefined) {
    requireTimerMs(where, "source.keepAliveIntervalMs", source.keepAliveIntervalMs);
    if (source.keepAliveIntervalMs >= lifetime) throw invalidInput(where, "source.keepAliveIntervalMs", "must be less than sessionLifetimeMs");
  }
  return source;
}
