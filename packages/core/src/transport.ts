import createClient, { type Client } from "openapi-fetch";
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

export interface Transport<Paths extends {}> {
  /** The raw openapi-fetch client, for anything the typed layer does not cover. */
  readonly client: Client<Paths>;
  /** Sends one operation and returns its documented answer, or throws `OperatorAuthError`. */
  send(operation: OperationInfo, request: OperationRequest, options?: CallOptions): Promise<DocumentedResponse>;
}

export const defaultTimeoutMs = 15_000;

export function createTransport<Paths extends {}>(options: TransportOptions): Transport<Paths> {
  const baseUrl = requireSecureBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new OperatorAuthError("invalid-input", "timeoutMs must be a positive number of milliseconds.");
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  // openapi-fetch hands over a non-2xx body already JSON-parsed when it parses, which hides whether a
  // string was JSON; a copy of the raw text is kept for those answers (rare, never the hot path).
  const errorBodies = new WeakMap<Response, Promise<string | undefined>>();
  const sendRequest = (request: PlainRequest, ext?: Record<string, unknown>) =>
    fetchImpl(request.url, { ...request.init, ...ext }).then((response) => {
      if (!response.ok && response.body) errorBodies.set(response, response.clone().text().catch(() => undefined));
      return response;
    });
  const client = createClient<Paths>({
    baseUrl,
    Request: PlainRequest as unknown as typeof Request,
    fetch: sendRequest as never,
    requestInitExt: options.requestInitExt,
    // Built once here instead of per call by openapi-fetch: the specs' parameters are all primitives.
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
    // A 303 is a documented login result whose body must be read, not followed.
    redirect: "manual",
  });

  async function send(operation: OperationInfo, request: OperationRequest, callOptions: CallOptions = {}) {
    requireHeaderValues(operation, request.params?.header);
    requireHeaderValues(operation, request.headers);
    const headers = operation.requestContentType
      ? { ...request.headers, "Content-Type": operation.requestContentType }
      : request.headers;
    // The untyped call is deliberate: the generated functions carry the types.
    const pending = (client as unknown as Client<Record<string, never>>).request(
      operation.method as never,
      operation.path as never,
      { ...request, headers, parseAs: "text", signal: callOptions.signal } as never,
    ) as Promise<{ data?: unknown; error?: unknown; response: Response }>;
    let result: Awaited<typeof pending>;
    try {
      result = await withDeadline(pending, timeoutMs);
    } catch (cause) {
      throw transportFailure(operation, cause, callOptions.signal);
    }
    const { response } = result;
    const documented = operation.responses[response.status];
    if (!documented) {
      throw new OperatorAuthError(
        "undocumented-status",
        `${operation.id}: HTTP ${response.status} is not a documented answer.`,
        { operation: operation.id, status: response.status },
      );
    }
    const raw = response.ok ? result.data : await errorBodies.get(response);
    return { status: response.status, body: readBody(operation, response.status, documented, raw), headers: response.headers };
  }

  return { client, send };
}

/**
 * openapi-fetch builds a `Request` per call, which on loopback costs half as much again as the round
 * trip itself. It accepts any Request class, so it gets this record, and `fetch` is called with the
 * plain `(url, init)` it holds — the call every fetch implementation takes.
 */
class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly init: RequestInit;
  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.init = init;
  }
}

function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) search.append(name, String(value));
  return search.toString();
}

function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_match, name: string) => encodeURIComponent(String(params[name])));
}

/** Printable ASCII with no space at either end: what travels in a header exactly as given. */
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * Refuses, before anything is sent, a header value that fetch would alter (trim) or reject: its
 * error would quote the value, which is often a token. The message names the header, not the value.
 */
function requireHeaderValues(operation: OperationInfo, headers: object | undefined) {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    if (typeof value !== "string" || !headerValue.test(value)) {
      throw new OperatorAuthError(
        "invalid-input",
        `${operation.id}: the ${name} header must be printable ASCII with no space at either end.`,
        { operation: operation.id },
      );
    }
  }
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

/** The raw text of a documented answer, as the documented JSON or a typed error. */
function readBody(operation: OperationInfo, status: number, documented: DocumentedStatus, raw: unknown) {
  if (documented.body === "none") return undefined;
  const fail = (kind: "empty-body" | "html-body" | "invalid-body" | "unexpected-body", what: string) =>
    new OperatorAuthError(kind, `${operation.id}: HTTP ${status} came with ${what}.`, { operation: operation.id, status });
  if (raw === undefined || raw === "") throw fail("empty-body", "an empty body");
  if (documented.body === "text") return raw;
  let value = raw;
  if (typeof raw === "string") {
    if (/^\s*</.test(raw)) throw fail("html-body", "an HTML or XML page instead of JSON");
    try {
      value = JSON.parse(raw);
    } catch {
      throw fail("invalid-body", "a body that is not JSON (truncated or garbled)");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail("unexpected-body", "JSON that is not an object");
  }
  return value;
}
