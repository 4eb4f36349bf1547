import type { FailureOutcome } from "@operator-auth/core";

/**
 * What a keeper tells `onEvent`, for logs and metrics. Events carry the key, generations, outcomes, codes
 * and error kinds, never a credential or token.
 */
export type SessionEvent =
  /** This process is about to send a login (it holds the key's lease). */
  | { type: "logging-in"; key: string; generation: number }
  /** This process logged in. */
  | { type: "login"; key: string; generation: number }
  /** A session logged in by another process (or an earlier run) was taken from the store. */
  | { type: "restored"; key: string; generation: number }
  /**
   * This process kept the session alive. `stored: false`: the store was down, so the keep-alive went without
   * the lease and the session is written back once the store answers again.
   */
  | { type: "kept-alive"; key: string; generation: number; renewals: number; stored?: false }
  /** Another process kept the session alive; this one follows the store. */
  | { type: "kept-alive-elsewhere"; key: string; generation: number; renewals: number }
  /** A keep-alive was answered with a failure (e.g. `NO_SESSION`): the next `get()` logs in once. */
  | { type: "session-ended"; key: string; generation: number; outcome: FailureOutcome; code: string }
  /** The provider refused a login; no login is tried before `retryAt` (never, without one, until `setSource`). */
  | { type: "login-refused"; key: string; outcome: FailureOutcome; code: string; retryAt?: Date }
  /** A login or keep-alive failed without an answer (`kind` of the error) and is retried in `delayMs`. */
  | { type: "retry"; key: string; operation: "login" | "keepAlive"; kind: string; delayMs: number }
  /**
   * This process lost the key's lease while it worked (a renewal refused, or none confirmed in time): its
   * login or keep-alive was aborted, before another process could take the lease.
   */
  | { type: "lease-lost"; key: string; operation: "login" | "keepAlive" }
  /**
   * The store failed (`operation`: read, acquire, write, …); `error` is the error's name and code
   * (`Error ECONNREFUSED`, `ErrorReply WRONGPASS`) or the deadline it missed, never its text.
   */
  | { type: "store-error"; key: string; operation: string; error: string }
  /** `close()` logged the session out. */
  | { type: "logout"; key: string; generation: number };
