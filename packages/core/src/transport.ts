import { createFinalURL } from "openapi-fetch";
import { addHeaders } from "./headers.js";
import { OperatorAuthError } from "./operator-auth-error.js";
import type { Outcome } from "./outcome.js";
import { requireSecureBaseUrl } from "./secure-url.js";

/** What the generator records of one operation: enough to send it and to judge its answer. */
export interface OperationInfo {
  readonly id: string;
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  readonly path: string;
  /** Content-Type of the request body; form bodies are URL-encoded because of it. */
  readonly requestContentType?: string;
  /** Every documented status, whether its body is JSON, and the outcome of a status without a code. */
  readonly responses: { readonly [status: number]: DocumentedStatus };
}

export interface DocumentedStatus {
  readonly body: "json" | "text" | "none";
  readonly outcome?: Outcome;
}

export interface TransportOptions {
  /** Where the provider's API lives: scheme, host and any path prefix. https, or http to loopback only. */
  baseUrl: string;
  /** The `fetch` to call. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds a call may take, body included, before it fails with kind `timeout`. Default: `15000`. */
  timeoutMs?: number;
  /** Headers sent with every call. Default: none. */
  headers?: Record<string, string>;
  /** Extra options for Node's fetch, such as an undici `dispatcher` carrying a client certificate. Default: none. */
  requestInitExt?: Record<string, unknown>;
}

export interface CallOptions {
  /** Aborts the call; it then fails with kind `aborted`. */
  signal?: AbortSignal;
}

/** The parts of an openapi-fetch request the generated operation functions pass on. */
export interface OperationRequest {
  params?: { path?: object; query?: object; header?: object };
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DocumentedResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface Transport {
  /** Sends one operation and returns its documented answer, or throws `OperatorAuthError`. */
  send(operation: OperationInfo, request: OperationRequest, options?: CallOptions): Promise<DocumentedResponse>;
}

export const defaultTimeoutMs = 15_000;

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = requireSecureBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  if (!(timeoutMs > 0 && timeoutMs < Infinity)) {
    throw new OperatorAuthError("invalid-input", "timeoutMs must be a positive number of milliseconds.");
  }
  const { fetch = globalThis.fetch, headers: fixedHeaders, requestInitExt } = options;
  addHeaders({}, fixedHeaders);

  /**
   * The typed calls build their request with openapi-fetch's URL builder and send it with one plain
   * `fetch(url, init)`: its request pipeline (Headers merging, Request objects, middleware) costs a
   * tenth of a loopback round trip, and these calls have no middleware to run. A 303 is a documented
   * login result whose body must be read, so redirects are never followed.
   */
  async function send(operation: OperationInfo, request: OperationRequest, { signal }: CallOptions = {}) {
    const { params = {}, body } = request;
    const headers = { ...fixedHeaders };
    addHeaders(headers, params.header, operation.id);
    addHeaders(headers, request.headers, operation.id);
    if (operation.requestContentType) headers["Content-Type"] = operation.requestContentType;
    const url = createFinalURL(operation.path, {
      baseUrl,
      params: params as never,
      querySerializer: serializeQuery,
      pathSerializer: serializePath,
    });
    const init = {
      method: httpMethods[operation.method],
      headers,
      body: body === undefined ? undefined : serializeBody(operation, body),
      redirect: "manual",
      signal,
      ...requestInitExt,
    } as RequestInit;
    let response: Response;
    let text: string;
    try {
      [response, text] = await withDeadline(
        fetch(url, init).then(async (answer) => [answer, await answer.text()] as const),
        timeoutMs,
      );
    } catch (cause) {
      throw transportFailure(operation, cause, signal);
    }
    const documented = operation.responses[response.status];
    if (!documented) {
      throw new OperatorAuthError(
        "undocumented-status",
        `${operation.id}: HTTP ${response.status} is not a documented answer.`,
        { operation: operation.id, status: response.status },
      );
    }
    return { status: response.status, body: readBody(operation, response.status, documented, text), headers: response.headers };
  }

  return { send };
}

const httpMethods = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE" } as const;

/** A form body URL-encoded (a password may hold `&`, `=`, `+`, `%`), any other body as JSON. */
function serializeBody(operation: OperationInfo, body: unknown): string {
  return operation.requestContentType === "application/x-www-form-urlencoded"
    ? new URLSearchParams(body as Record<string, string>).toString()
    : JSON.stringify(body);
}

function serializeQuery(query: Record<string, unknown>): string {
  let search: URLSearchParams | undefined;
  for (const name in query) if (query[name] !== undefined) (search ??= new URLSearchParams()).append(name, String(query[name]));
  return search ? search.toString() : "";
}

function serializePath(pathname: string, params: Record<string, unknown>): string {
  // Plain string replacement: a regular expression with a callback costs more than the rest of the URL.
  for (const name in params) pathname = pathname.replace(`{${name}}`, encodeURIComponent(String(params[name])));
  return pathname;
}

const deadlinePassed = Symbol("deadline passed");

/**
 * Settles with `pending`, or rejects with `deadlinePassed` after `timeoutMs`. The deadline is a timer
 * rather than an AbortSignal handed to fetch: Node's fetch spends a fifth of a loopback round trip
 * on the listeners of a per-request signal. A late answer is dropped; the caller's own signal, when
 * given, still aborts the request itself.
 */
function withDeadline<T>(pending: Promise<T>, timeoutMs: number): Promise<T> {
  // One promise settled by whichever comes first; a failure after the deadline has no one left to hear it.
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(deadlinePassed), timeoutMs);
    pending.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function transportFailure(operation: OperationInfo, cause: unknown, callerSignal?: AbortSignal) {
  if (cause === deadlinePassed) {
    return new OperatorAuthError("timeout", `${operation.id}: no answer in time.`, { operation: operation.id });
  }
  const details = { operation: operation.id, cause };
  if (callerSignal?.aborted) return new OperatorAuthError("aborted", `${operation.id}: aborted by the caller.`, details);
  return new OperatorAuthError("network", `${operation.id}: the request failed before an answer arrived.`, details);
}

/** The text of a documented answer, as the documented JSON or a typed error. */
function readBody(operation: OperationInfo, status: number, documented: DocumentedStatus, text: string) {
  if (documented.body === "none") return undefined;
  const fail = (kind: "empty-body" | "html-body" | "invalid-body" | "unexpected-body", what: string) =>
    new OperatorAuthError(kind, `${operation.id}: HTTP ${status} came with ${what}.`, { operation: operation.id, status });
  if (text === "") throw fail("empty-body", "an empty body");
  if (documented.body === "text") return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Told apart only after the parse failed, so that a JSON answer costs no extra scan.
    throw /^\s*</.test(text)
      ? fail("html-body", "an HTML or XML page instead of JSON")
      : fail("invalid-body", "a body that is not JSON (truncated or garbled)");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail("unexpected-body", "JSON that is not an object");
  }
  return value;
}
