import { OperatorAuthError, retryAfterMs } from "@operator-auth/core";
import type { LoginAttempts, LoginHalt, SessionEntry } from "./session.js";
import type { SourceFailure } from "./session-source.js";
import { backoffMs } from "./timers.js";

/**
 * The one answer to "may this fleet log in now?", and how each answer to a login changes it. Pure functions
 * of the stored entry and the store's clock, so that every process decides alike: the lease's holder asks
 * `loginGate` of the entry it has just read, and records the attempt before the login is sent.
 */

export interface LoginPolicy {
  /** The least time between two login attempts of the fleet. */
  readonly minLoginGapMs: number;
  /** The first backoff after a login that got no documented answer, doubled for each further one. */
  readonly retryDelayMs: number;
  /** The longest backoff. */
  readonly maxRetryDelayMs: number;
  /** How long the provider bans logins after `rate-limited` (the source's). */
  readonly rateLimitedWaitMs: number;
}

export type LoginGate =
  /** A login may be sent. */
  | { readonly open: true }
  /** A refusal stands: only its window's end, or new credentials, lift it. */
  | { readonly open: false; readonly halt: LoginHalt }
  /** The fleet backs off after logins that got no documented answer. */
  | { readonly open: false; readonly backoffUntil: number; readonly kind: string }
  /** The fleet's last attempt was too recent. */
  | { readonly open: false; readonly gapUntil: number };

/**
 * The refusal in `entry` that still stands at `now`. A refusal only new credentials lift stands unless
 * `setSource` came after it: `liftedThrough` is the fleet's attempt count when it did (-1: never).
 */
export function standingHalt(entry: SessionEntry | undefined, now: number, liftedThrough: number): LoginHalt | undefined {
  const halt = entry?.halt;
  if (halt === undefined) return undefined;
  if (halt.retryAt !== undefined) return halt.retryAt.getTime() > now ? halt : undefined;
  return (entry!.attempts?.refusedCount ?? 0) > liftedThrough ? halt : undefined;
}

export function loginGate(entry: SessionEntry | undefined, now: number, policy: LoginPolicy, liftedThrough: number): LoginGate {
  const halt = standingHalt(entry, now, liftedThrough);
  if (halt) return { open: false, halt };
  const attempts = entry?.attempts;
  if (attempts === undefined) return { open: true };
  const backoffUntil = attempts.retryAt?.getTime() ?? 0;
  if (backoffUntil > now) return { open: false, backoffUntil, kind: attempts.kind ?? "network" };
  const gapUntil = attempts.lastAt.getTime() + policy.minLoginGapMs;
  if (gapUntil > now) return { open: false, gapUntil };
  return { open: true };
}

/** The record of a login about to be sent: the next number (at least `floor`, what this process has seen), sent now. */
export function attemptStarted(attempts: LoginAttempts | undefined, now: number, floor: number): LoginAttempts {
  return { count: Math.max(attempts?.count ?? 0, floor) + 1, lastAt: new Date(now), failures: attempts?.failures ?? 0 };
}

/** A login answered with a session: the backoff is over. */
export function attemptSucceeded(attempts: LoginAttempts): LoginAttempts {
  return { count: attempts.count, lastAt: attempts.lastAt, failures: 0 };
}

/**
 * A login that got no documented answer (network, timeout, an undocumented status or body): the fleet backs
 * off, doubling from `retryDelayMs` up to `maxRetryDelayMs`, or longer when the answer said `Retry-After`.
 */
export function attemptFailed(attempts: LoginAttempts, now: number, error: unknown, policy: LoginPolicy): LoginAttempts {
  const failures = attempts.failures + 1;
  const waitMs = Math.max(backoffMs(failures, policy.retryDelayMs, policy.maxRetryDelayMs), retryAfterMs(error, now) ?? 0);
  const kind = error instanceof OperatorAuthError ? error.kind : "network";
  return { count: attempts.count, lastAt: attempts.lastAt, failures, retryAt: new Date(now + waitMs), kind };
}

/**
 * A login the provider refused: how long further logins stay away. A ban (`rate-limited`) or a code the
 * documents do not list (`unknown`, which may be a ban) for the provider's window; an outage (`unavailable`)
 * for a backoff; anything else until new credentials.
 */
export function attemptRefused(attempts: LoginAttempts, now: number, result: SourceFailure, policy: LoginPolicy): { halt: LoginHalt; attempts: LoginAttempts } {
  const base = { outcome: result.outcome, code: String(result.code), at: new Date(now) };
  const refused = { ...attempts, refusedCount: attempts.count };
  switch (result.outcome) {
    case "rate-limited":
    case "unknown":
      return { halt: { ...base, retryAt: new Date(now + policy.rateLimitedWaitMs) }, attempts: refused };
    case "unavailable": {
      const failures = attempts.failures + 1;
      const retryAt = new Date(now + backoffMs(failures, policy.retryDelayMs, policy.maxRetryDelayMs));
      return { halt: { ...base, retryAt }, attempts: { ...refused, failures } };
    }
    default:
      return { halt: base, attempts: { ...refused, failures: 0 } };
  }
}
