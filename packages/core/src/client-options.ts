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
 * Observers of the typed calls, for logging, metrics and tracing. For each call that is sent,
 * `onRequest` runs, then exactly one of `onResponse` (a documented answer, returned) and `onError`
 * (the call throws). What `onRequest` returns (a span, a start mark) is handed to the other two.
 * What a hook throws, or a promise it returns rejects with, is swallowed: a hook can neither break a
 * call nor make it leak. Hooks run synchronously; a call does not wait for a promise a hook returns.
 */
export interface CallHooks<Context = unknown> {
  /** Just before a request is sent (not for calls refused before sending). Its return value is the call's `context`. */
  onRequest?(event: CallEvent): Context;
  /** When a documented answer has arrived, body read, and is about to be returned. */
  onResponse?(event: CallResponseEvent, context: Context | undefined): void;
  /** When a call that was sent throws `OperatorAuthError` (timeout, network, undocumented status, body problems…). */
  onError?(event: CallErrorEvent, context: Context | undefined): void;
}

/** The options every client takes for its connection; each client's own options extend these. */
export interface ClientOptions {
  /**
   * The `fetch` to call. Default: the `globalThis.fetch` of each call's moment, so that one installed
   * after the client was built (MSW's `server.listen()`) is used.
   */
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
  hooks?: CallHooks<any>;
  /**
   * For tests and local mocks only: `true` lets the base URLs use plain http to any host (a mock at
   * `http://mock-posapi:4010` in a docker-compose setup), so passwords and tokens travel unencrypted.
   * Never set it in a production configuration. Default: `false`: https, or http to loopback hosts only.
   */
  allowInsecureHttp?: boolean;
}

/**
 * A client's effective connection options, defaults filled in, for logging (`client.options`). It holds
 * no secret and no function.
 */
export interface EffectiveOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly allowInsecureHttp: boolean;
  /** The client's `maxRetries`, on a client with calls that may be repeated (Betfair's, PosAPI's). */
  readonly maxRetries?: number;
}

/** The names of `ClientOptions`, for the check of misspelt option names. */
export const clientOptionNames = ["fetch", "timeoutMs", "maxBodyBytes", "hooks", "allowInsecureHttp", "maxRetries"] as const;

/** `ClientOptions` as the transport uses them: checked, defaults filled in. */
export interface CheckedClientOptions {
  /** The `fetch` given; without one, each call uses the `globalThis.fetch` of its moment. */
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  maxBodyBytes: number;
  allowInsecureHttp: boolean;
  hooks: CallHooks<unknown> | undefined;
}

/**
 * Checks the connection options (`fetch`, `timeoutMs`, `maxBodyBytes`, `allowInsecureHttp`; plain
 * JavaScript may get their types and ranges wrong) and fills in defaults. The raw client, which takes no
 * hooks, checks just these. Without a `fetch`, `globalThis.fetch` must exist now, though each call
 * looks it up again.
 */
export function checkConnectionOptions(where: string, options: ClientOptions): Omit<CheckedClientOptions, "hooks"> {
  const { fetch, timeoutMs = defaultTimeoutMs, maxBodyBytes = defaultMaxBodyBytes, allowInsecureHttp = false } = options;
  if (typeof (fetch ?? globalThis.fetch) !== "function") throw invalidInput(where, "fetch", "must be a function like globalThis.fetch");
  requireTimerMs(where, "timeoutMs", timeoutMs);
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw invalidInput(where, "maxBodyBytes", "must be a whole number of bytes above 0");
  }
  if (typeof allowInsecureHttp !== "boolean") throw invalidInput(where, "allowInsecureHttp", "must be true or false");
  return { fetch, timeoutMs, maxBodyBytes, allowInsecureHttp };
}

/** Checks every `ClientOptions` (the connection options, then `hooks`) and fills in defaults. */
export function checkClientOptions(where: string, options: ClientOptions): CheckedClientOptions {
  return { ...checkConnectionOptions(where, options), hooks: checkHooks(where, options.hooks) };
}

/** Checks `hooks`: an object whose hooks, where given, are functions. */
export function checkHooks(where: string, hooks: CallHooks | undefined): CallHooks | undefined {
  if (hooks !== undefined) {
    if (typeof hooks !== "object" || hooks === null) throw invalidInput(where, "hooks", "must be an object of functions");
    for (const name of ["onRequest", "onResponse", "onError"] as const) {
      if (hooks[name] !== undefined && typeof hooks[name] !== "function") throw invalidInput(where, `hooks.${name}`, "must be a function");
    }
  }
  return hooks;
}

/** Just the `ClientOptions` of a client's options, for its transport: nothing else a caller passed travels on. */
export function pickClientOptions({ fetch, timeoutMs, maxBodyBytes, hooks, allowInsecureHttp }: ClientOptions): ClientOptions {
  return { fetch, timeoutMs, maxBodyBytes, hooks, allowInsecureHttp };
}
