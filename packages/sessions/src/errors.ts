import type { FailureOutcome } from "@operator-auth/core";

/**
 * Why `get()` has no session to give:
 * - `login-refused`: the provider refused the login (or an earlier one, still standing); see `outcome`,
 *   `code` and `retryAt`.
 * - `login-failed`: every attempt failed without an answer (network, timeout); `cause` is the last error,
 *   `retryAt` when the next attempt may be made.
 * - `store-unavailable`: the store did not answer and this process has no session of its own.
 * - `closed`: the keeper was closed.
 */
export type SessionKeeperErrorReason = "login-refused" | "login-failed" | "store-unavailable" | "closed";

/** Thrown by `get()`; its message names the key and the provider's code, never a credential or token. */
export class SessionKeeperError extends Error {
  override readonly name = "SessionKeeperError";
  readonly reason: SessionKeeperErrorReason;
  /** The key of the keeper. */
  readonly key: string;
  /** `login-refused`: the outcome of the refused login. */
  readonly outcome: FailureOutcome | undefined;
  /** `login-refused`: the provider's code; `login-failed`: the kind of the last transport error. */
  readonly code: string | undefined;
  /** When a login may be tried again; absent after a refusal only new credentials can lift. */
  readonly retryAt: Date | undefined;

  constructor(
    reason: SessionKeeperErrorReason,
    key: string,
    message: string,
    details: { outcome?: FailureOutcome; code?: string; retryAt?: Date; cause?: unknown } = {},
  ) {
    super(`createSessionKeeper "${key}": ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = reason;
    this.key = key;
    this.outcome = details.outcome;
    this.code = details.code;
    this.retryAt = details.retryAt;
  }

  toJSON() {
    const { name, reason, key, outcome, code, retryAt, message } = this;
    return { name, reason, key, message, outcome, code, retryAt: retryAt?.toISOString() };
  }
}

/** Why a registry call cannot be served: `closed`, the registry was closed (a `register` would hold a session no timer keeps). */
export type SessionRegistryErrorReason = "closed";

/** Thrown by `register()` after `close()`; its message names the function, never a user's tokens. */
export class SessionRegistryError extends Error {
  override readonly name = "SessionRegistryError";
  readonly reason: SessionRegistryErrorReason;

  constructor(reason: SessionRegistryErrorReason, message: string) {
    super(`createSessionRegistry: ${message}`);
    this.reason = reason;
  }
}
