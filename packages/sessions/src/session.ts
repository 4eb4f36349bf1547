import type { FailureOutcome } from "@operator-auth/core";

/** A session the keeper hands out: the token and what the keeper knows of its life. Never changed in place. */
export interface Session {
  /** The provider's session token. */
  readonly token: string;
  /**
   * Which login of this key it came from: 1 for the first, one more for each new login, across every
   * process sharing the store. `invalidate(session)` uses it so that an older session's invalidation never
   * throws away a newer one.
   */
  readonly generation: number;
  /** When the login request that created it was sent. */
  readonly loggedInAt: Date;
  /** When the provider last confirmed it: the login's answer, then each keep-alive's answer. */
  readonly keptAliveAt: Date;
  /** How many keep-alives it has had. */
  readonly renewals: number;
  /** When it expires unless kept alive: the source's lifetime after the last confirming request was sent. */
  readonly expiresAt: Date;
}

/** Why no login is tried for now: the provider's own answer to the last one. */
export interface LoginHalt {
  /** The outcome of the refused login (`rate-limited`, `invalid-credentials`, …). */
  readonly outcome: FailureOutcome;
  /** The provider's code, verbatim (`TEMPORARY_BAN_TOO_MANY_REQUESTS`, …). */
  readonly code: string;
  /** When the login was refused. */
  readonly at: Date;
  /**
   * When a login may be tried again (a ban's window, a provider outage's backoff). Absent: not before the
   * app supplies new credentials (`keeper.setSource`).
   */
  readonly retryAt?: Date;
}

/**
 * The fleet's record of its login attempts under one key, kept by the store and written by the lease's
 * holder before each login is sent. Times are the store's clock.
 */
export interface LoginAttempts {
  /** How many logins the fleet has attempted: the last one's number. Session generations are taken from it. */
  readonly count: number;
  /** When the last attempt was sent; the next waits `minLoginGapMs` from it. */
  readonly lastAt: Date;
  /** Attempts in a row that got no documented answer (network, timeout, an undocumented status or body). */
  readonly failures: number;
  /** No attempt before this: the fleet's backoff after `failures`, or the provider's `Retry-After`. */
  readonly retryAt?: Date;
  /** The error kind of the last failure without a documented answer. */
  readonly kind?: string;
  /** The number of the attempt whose refusal is the entry's `halt`: `setSource` lifts refusals up to a number. */
  readonly refusedCount?: number;
}

/** What a store holds under one key: the current session, or why there is none, and the fleet's login attempts. */
export interface SessionEntry {
  readonly session?: Session;
  readonly halt?: LoginHalt;
  readonly attempts?: LoginAttempts;
}

/** The session is there, not known to be invalid and not expired at `now`. */
export function isUsable(session: Session | undefined, invalidGeneration: number, now: number): session is Session {
  return session !== undefined && session.generation > invalidGeneration && session.expiresAt.getTime() > now;
}

/** The halt still stands at `now`. */
export function isHalting(halt: LoginHalt | undefined, now: number): halt is LoginHalt {
  return halt !== undefined && (halt.retryAt === undefined || halt.retryAt.getTime() > now);
}
