import { bodyTooLarge, readText } from "./body-reader.js";
import { checkConnectionOptions, checkHooks, type CallEvent, type EffectiveOptions } from "./client-options.js";
import { callerAborted, deadlinePassed, withDeadline } from "./deadline.js";
import { addHeaders } from "./headers.js";
import { notify, redactHeaders, redactResponseHeaders } from "./hooks.js";
import { invalidInput, requireTimerMs } from "./invalid-input.js";
import { OperatorAuthError } from "./operator-auth-error.js";
import type { ConnectionOptions } from "./options.js";
import { parseJson } from "./parse-json.js";
import type { Outcome } from "./outcome.js";
import { requireSecureBaseUrl } from "./secure-url.js";
import { hasLoneSurrogate, jsonHasLoneSurrogate } from "./well-formed.js";

export { defaultTimeoutMs } from "./client-options.js";

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

/** The options `createTransport` takes. */
export type TransportOptions = ConnectionOptions;

/** Options of one call. */
export interface CallOptions {
  /** Aborts the call (its request is cancelled); it then fails with kind `aborted`. Default: none. */
  signal?: AbortSignal;
  /** Milliseconds this call may take, in place of the client's `timeoutMs`. Above 0, at most 2147483647. Default: the client's. */
  timeoutMs?: number;
  /**
   * Extra headers for this call (a `User-Agent`, a request id), printable ASCII. A header the client
   * sets itself (its credentials, `Accept`, `Content-Type`, the provider's headers) cannot be replaced:
   * naming one (in any case) fails with kind `invalid-input`. Default: none.
   */
  headers?: Record<string, string>;
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
  /** The options it sends with, defaults filled in. */
  readonly options: EffectiveOptions;
}

export function createTransport(options: TransportOptions): Transport {
  const where = options.where ?? "createTransport";
  const { fetch, timeoutMs: defaultTimeout, maxBodyBytes, allowInsecureHttp } = checkConnectionOptions(where, options);
  const baseUrl = requireSecureBaseUrl(options.baseUrl, "baseUrl", where, allowInsecureHttp);
  const hooks = checkHooks(where, options.hooks);
  const { headers: fixedHeaders, requestInitExt } = options;
  if (fixedHeaders !== undefined && (typeof fixedHeaders !== "object" || fixedHeaders === null)) {
    throw invalidInput(where, "headers", "must be an object of header values");
  }
  addHeaders({}, fixedHeaders);

  /**
   * The typed calls build their URL as openapi-fetch's `createFinalURL` does (base URL, path with its
   * parameters, query) and send it with one plain `fetch(url, init)`: openapi-fetch's request pipeline
   * (Headers merging, Request objects, middleware) costs a tenth of a loopback round trip, and these
   * calls have no middleware to run. A 303 is a documented login result whose body must be read, so
   * redirects are never followed. A browser's fetch hides every 3xx from scripts (an opaque-redirect
   * response, status 0), so there such an answer fails as `opaque-redirect`.
   */
  async function send(operation: OperationInfo, request: OperationRequest, callOptions?: CallOptions) {
    const id = operation.id;
    const { signal, timeoutMs = defaultTimeout, headers: extraHeaders } = callOptions === undefined ? noOptions : checkCallOptions(id, callOptions);
    const { params = {}, body } = request;
    const headers = { ...fixedHeaders };
    addHeaders(headers, params.header, id);
    addHeaders(headers, request.headers, id);
    if (operation.requestContentType) headers["Content-Type"] = operation.requestContentType;
    if (extraHeaders) addCallHeaders(headers, extraHeaders, id);
    const path = params.path ? serializePath(id, operation.path, params.path as Record<string, unknown>) : operation.path;
    const search = params.query ? serializeQuery(id, params.query as Record<string, unknown>) : "";
    const url = baseUrl + path + (search && `?${search}`);
    const init = {
      method: operation.method.toUpperCase(),
      headers,
      body: body === undefined ? undefined : serializeBody(operation, body),
      redirect: "manual",
      ...requestInitExt,
    } as RequestInit;
    if (signal?.aborted) throw new OperatorAuthError("aborted", `${id}: aborted by the caller before sending.`, { operation: id });

    const event: CallEvent | undefined = hooks && { operation: id, method: init.method!, url, headers: redactHeaders(headers) };
    const started = hooks ? performance.now() : 0;
    const context = hooks && notify(hooks, "onRequest", event!);
    let status: number | undefined;
    try {
      let response!: Response;
      let text: string;
      try {
        text = await withDeadline(timeoutMs, signal, (deadline) => {
          init.signal = deadline;
          return (fetch ?? globalThis.fetch)(url, init).then((answer) => {
            response = answer;
            status = answer.status;
            return readText(answer, maxBodyBytes);
          });
        });
      } catch (cause) {
        throw transportFailure(id, cause, { timeoutMs, maxBodyBytes, status });
      }
      if (response.type === "opaqueredirect") {
        throw new OperatorAuthError(
          "opaque-redirect",
          `${id}: a browser's fetch hides a redirect (HTTP 3xx) from scripts, so the answer cannot be read here; make this call from a server.`,
          { operation: id },
        );
      }
      const documented = operation.responses[response.status];
      if (!documented) {
        throw new OperatorAuthError("undocumented-status", `${id}: HTTP ${response.status} is not a documented answer.`, {
          operation: id,
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
        });
      }
      const answer = { status: response.status, body: readBody(operation, response.status, documented, text), headers: response.headers };
      if (hooks) {
        const responseHeaders = redactResponseHeaders(response.headers);
        // Object.assign, not a spread followed by properties, which V8 builds on a slow path (see `failure`).
        const fields = { status: response.status, durationMs: performance.now() - started, responseHeaders };
        notify(hooks, "onResponse", Object.assign({}, event!, fields), context);
      }
      return answer;
    } catch (error) {
      if (hooks) {
        const fields = { error: error as OperatorAuthError, status, durationMs: performance.now() - started };
        notify(hooks, "onError", Object.assign({}, event!, fields), context);
      }
      throw error;
    }
  }

  return { send, options: { baseUrl, timeoutMs: defaultTimeout, maxBodyBytes, allowInsecureHttp } };
}

const noOptions: CallOptions = {};

/** A call's options, checked: plain JavaScript may pass anything. */
function checkCallOptions(where: string, options: CallOptions): CallOptions {
  if (typeof options !== "object" || options === null) throw invalidInput(where, "options", "must be an object");
  const { signal, timeoutMs, headers } = options;
  // `?.`: null is an object too, and has no `aborted`.
  if (signal !== undefined && !(typeof signal === "object" && typeof signal?.aborted === "boolean" && typeof signal.addEventListener === "function")) {
    throw invalidInput(where, "signal", "must be an AbortSignal");
  }
  if (timeoutMs !== undefined) requireTimerMs(where, "timeoutMs", timeoutMs);
  if (headers !== undefined && (typeof headers !== "object" || headers === null)) throw invalidInput(where, "headers", "must be an object of header values");
  return options;
}

/** Adds a call's own headers, refusing one that would replace a header the client sets. */
function addCallHeaders(into: Record<string, string>, extra: Record<string, string>, where: string): void {
  const taken = new Set(Object.keys(into).map((name) => name.toLowerCase()));
  for (const name in extra) {
    if (taken.has(name.toLowerCase())) throw invalidInput(where, `headers["${name}"]`, "is set by the client and cannot be replaced");
  }
  addHeaders(into, extra, where);
}

/**
 * A form body URL-encoded (a password may hold `&`, `=`, `+`, `%`), any other body as JSON. Text
 * with a lone surrogate is refused: it cannot be encoded as UTF-8, and would arrive as U+FFFD.
 */
function serializeBody(operation: OperationInfo, body: unknown): string {
  if (operation.requestContentType === "application/x-www-form-urlencoded") {
    const fields = body as Record<string, string>;
    for (const name in fields) if (hasLoneSurrogate(String(fields[name]))) throw unencodable(operation.id, name);
    return new URLSearchParams(fields).toString();
  }
  const json = JSON.stringify(body);
  if (json !== undefined && jsonHasLoneSurrogate(json)) {
    // Found on the whole body; the field is looked for only now, so a clean body costs one scan.
    const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const field = Object.keys(fields).find((name) => jsonHasLoneSurrogate(JSON.stringify(fields[name]) ?? "")) ?? "the request body";
    throw unencodable(operation.id, field);
  }
  return json;
}

const unencodable = (where: string, field: string) => invalidInput(where, field, "holds a lone surrogate, which UTF-8 cannot carry");

function serializeQuery(where: string, query: Record<string, unknown>): string {
  let search: URLSearchParams | undefined;
  for (const name in query) {
    if (query[name] === undefined) continue;
    const value = String(query[name]);
    if (hasLoneSurrogate(value)) throw unencodable(where, name);
    (search ??= new URLSearchParams()).append(name, value);
  }
  return search ? search.toString() : "";
}

/** Fills in path parameters; `.` and `..` are refused, since a URL parser would resolve them to another path. */
function serializePath(where: string, pathname: string, params: Record<string, unknown>): string {
  // Plain string replacement: a regular expression with a callback costs more than the rest of the URL.
  for (const name in params) {
    const value = String(params[name]);
    if (value === "." || value === "..") throw invalidInput(where, name, 'must not be "." or ".."');
    if (hasLoneSurrogate(value)) throw unencodable(where, name);
    pathname = pathname.replace(`{${name}}`, encodeURIComponent(value));
  }
  return pathname;
}

function transportFailure(operation: string, cause: unknown, limits: { timeoutMs: number; maxBodyBytes: number; status: number | undefined }) {
  const { status } = limits;
  if (cause === deadlinePassed) {
    return new OperatorAuthError("timeout", `${operation}: no complete answer within ${limits.timeoutMs} ms; the request was cancelled.`, { operation });
  }
  if (cause === callerAborted) return new OperatorAuthError("aborted", `${operation}: aborted by the caller; the request was cancelled.`, { operation });
  if (cause === bodyTooLarge) {
    return new OperatorAuthError("body-too-large", `${operation}: HTTP ${status} came with a body over ${limits.maxBodyBytes} bytes (maxBodyBytes).`, {
      operation,
      status,
    });
  }
  return new OperatorAuthError("network", `${operation}: the request failed before a complete answer arrived.`, { operation, cause });
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
    value = parseJson(text);
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
