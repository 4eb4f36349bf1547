import { invalidInput, type OperatorAuthError } from "./errors.js";

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

/** Names whose values may be credentials, as headers, fields or query parameters: shown to hooks (and kept by the testing kit) as `[redacted]`. */
export const secretName = /auth|token|session|secret|pass|cookie|key|access|application|ssoid/i;

/** Response headers whose values hooks see; any other may echo what the server was sent (a cookie, a token, a Location). */
const plainResponseHeader = /^(content-(type|length|encoding)|date|retry-after|server|(x-)?request-id|x-correlation-id|traceparent)$/i;

/** A copy of request headers for a hook's eyes, every value that may be a credential replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const name in headers) shown[name] = secretName.test(name) ? "[redacted]" : headers[name]!;
  return shown;
}

/** A copy of response headers for a hook's eyes: every name, and the values of a short list of plain ones. */
export function redactResponseHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => (shown[name] = plainResponseHeader.test(name) ? value : "[redacted]"));
  return shown;
}

/**
 * Calls one of the app's callbacks (a hook, a listener) so that nothing it does reaches the caller: its
 * throw, or the rejection of a promise it returns, is swallowed. An unhandled rejection would end a Node
 * process, and reporting it anywhere could carry what the callback was looking at. Returns what it
 * returned (`undefined` after a throw); `thisArg` is its `this` (a hook is a method of `hooks`).
 */
export function callSafely<First, Second>(callback: ((first: First, second: Second) => unknown) | undefined, thisArg: unknown, first: First, second?: Second): unknown {
  try {
    const returned = callback?.call(thisArg, first, second as Second) as { then?: unknown } | undefined;
    if (typeof returned?.then === "function") (returned as PromiseLike<unknown>).then(undefined, () => {});
    return returned;
  } catch {
    // Swallowed, as said above: the caller goes on as if the callback had returned nothing.
  }
}
