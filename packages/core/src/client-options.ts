import type { OperatorAuthError } from "./operator-auth-error.js";
import { invalidInput, requireTimerMs } from "./invalid-input.js";

/** Milliseconds a call may take, body included, when `timeoutMs` is not given. */
export const defaultTimeoutMs = 15_000;

/** Bytes a response body may hold, counted after decompression, when `maxBodyBytes` is not given: 1 MiB. */
export const defaultMaxBodyBytes = 1_048_576;

/**
 * What a hook is told of a typed call, every secret left out: the values of headers that carry
 * credentials (any name containing `auth`, `token`, `session`, `secret`, `pass`, `cookie`, `key`,
 * `access`, or `X-Application`) read `[redacted]`, and no hook ever sees a request or response body.
 */
export interface CallEvent {
  /** The operation, as named in the spec (`login`, `keepAlive`, …). */
  operation: string;
  /** The HTTP method, upper case. */
  method: string;
  /** The request URL (it never holds a secret: the base URL may not carry credentials, tokens travel in headers). */
  url: string;
  /** The request headers, secrets redacted. */
  headers: Record<string, string>;
}

export interface CallResponseEvent extends CallEvent {
  status: number;
  /** Milliseconds from sending to the end of the body. */
  durationMs: number;
  /**
   * The response headers: every name, but only the values of plain ones (`Content-Type`,
   * `Content-Length`, `Content-Encoding`, `Date`, `Retry-After`, `Server`, request ids,
   * `traceparent`); any other may echo a credential and reads `[redacted]`.
   */
  responseHeaders: Record<string, string>;
}

export interface CallErrorEvent extends CallEvent {
  /** The error the call is about to throw; its message never holds a secret. */
  error: OperatorAuthError;
  /** The HTTP status, when an answer arrived. */
  status?: number;
  /** Milliseconds from sending to the failure. */
  durationMs: number;
}

/**
 * Observers of the typed calls, for logging, metrics and tracing. Each runs synchronously at its
 * moment; what it throws (or a promise it returns rejects with) is swallowed, so a hook can neither
 * break a call nor make it leak.
 */
export interface CallHooks {
  /** Just before a request is sent (not for calls refused before sending). */
  onRequest?(event: CallEvent): void;
  /** When an answer and its body have arrived, documented or not. */
  onResponse?(event: CallResponseEvent): void;
  /** When a call that was sent fails with `OperatorAuthError` (timeout, network, undocumented status, body problems…). */
  onError?(event: CallErrorEvent): void;
}

/** The options every client takes for its connection; each client's own options extend these. */
export interface ClientOptions {
  /** The `fetch` to call. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /**
   * Milliseconds a call may take, body included; then its request is aborted (connection closed, body
   * no longer read) and it fails with kind `timeout`. Above 0, at most 2147483647. Default: `15000`.
   * A call's own `timeoutMs` replaces it for that call.
   */
  timeoutMs?: number;
  /**
   * Bytes a response body may hold, counted after decompression, whatever its status; reading stops
   * there and the call fails with kind `body-too-large`. Default: `1048576` (1 MiB).
   */
  maxBodyBytes?: number;
  /** Observers of every typed call; see `CallHooks`. Default: none, and then they cost nothing. */
  hooks?: CallHooks;
}

/** The names of `ClientOptions`, for the check of misspelt option names. */
export const clientOptionNames = ["fetch", "timeoutMs", "maxBodyBytes", "hooks"] as const;

/** `ClientOptions` as the transport uses them: checked, defaults filled in. */
export interface CheckedClientOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxBodyBytes: number;
  hooks: CallHooks | undefined;
}

/** Checks the types and ranges of `ClientOptions` (which plain JavaScript may get wrong) and fills in defaults. */
export function checkClientOptions(where: string, options: ClientOptions): CheckedClientOptions {
  const { fetch = globalThis.fetch, timeoutMs = defaultTimeoutMs, maxBodyBytes = defaultMaxBodyBytes, hooks } = options;
  if (typeof fetch !== "function") throw invalidInput(where, "fetch", "must be a function like globalThis.fetch");
  requireTimerMs(where, "timeoutMs", timeoutMs);
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw invalidInput(where, "maxBodyBytes", "must be a whole number of bytes above 0");
  }
  if (hooks !== undefined) {
    if (typeof hooks !== "object" || hooks === null) throw invalidInput(where, "hooks", "must be an object of functions");
    for (const name of ["onRequest", "onResponse", "onError"] as const) {
      if (hooks[name] !== undefined && typeof hooks[name] !== "function") throw invalidInput(where, `hooks.${name}`, "must be a function");
    }
  }
  return { fetch, timeoutMs, maxBodyBytes, hooks };
}

/** Just the `ClientOptions` of a client's options, for its transport: nothing else a caller passed travels on. */
export function pickClientOptions({ fetch, timeoutMs, maxBodyBytes, hooks }: ClientOptions): ClientOptions {
  return { fetch, timeoutMs, maxBodyBytes, hooks };
}
