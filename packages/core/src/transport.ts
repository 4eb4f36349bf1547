import { inputError, invalidInput, isRetryable, OperatorAuthError, retryAfterMs } from "./errors.js";
import { callSafely, checkHooks, redactHeaders, redactResponseHeaders, type CallEvent } from "./hooks.js";
import { requireTimerMs } from "./input-rules.js";
import { checkConnectionOptions, requireSecureBaseUrl, type ConnectionOptions, type EffectiveOptions } from "./options.js";
import type { Outcome } from "./results.js";

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
  addHeaders({}, requireHeaders(where, fixedHeaders));

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
    const context = hooks && callSafely(hooks.onRequest, hooks, event!);
    let status: number | undefined;
    try {
      let response!: Response;
      let text: string;
      try {
        text = await raceDeadline(timeoutMs, signal, (deadline) => {
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
        const fields = { status: response.status, durationMs: performance.now() - started, responseHeaders };
        callSafely(hooks.onResponse, hooks, Object.assign({}, event!, fields), context);
      }
      return answer;
    } catch (error) {
      if (hooks) {
        const fields = { error: error as OperatorAuthError, status, durationMs: performance.now() - started };
        callSafely(hooks.onError, hooks, Object.assign({}, event!, fields), context);
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
  requireHeaders(where, headers);
  return options;
}

/** The client's and a call's `headers`: an object, or left out. */
function requireHeaders<Headers>(where: string, headers: Headers): Headers {
  if (headers !== undefined && (typeof headers !== "object" || headers === null)) throw invalidInput(where, "headers", "must be an object of header values");
  return headers;
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

/** The option of a client whose calls include ones that may be sent twice (a keep-alive, a logout). */
export interface RetryOptions {
  /**
   * How many times a keep-alive or logout is sent again after a failure `isRetryable` accepts (`network`,
   * `timeout`, an undocumented 408, 425, 429 or 5xx); never after a documented answer, never for a login.
   * It waits the answer's `Retry-After`, else 0.25–0.5 s, then twice that each time; a `Retry-After` over
   * a minute ends the retries. Each try has the whole `timeoutMs`; the call's `signal` also ends the wait.
   * A whole number from 0 to 5. Default: `0` (no retry).
   */
  maxRetries?: number;
}

/** The longest wait between two tries; an answer asking for more is thrown rather than waited for. */
const longestWaitMs = 60_000;

/**
 * The same transport, sending `operations` (calls that may safely reach the provider twice) up to
 * `maxRetries` more times after a retryable failure. Every other operation goes through untouched.
 */
export function retryIdempotent(transport: Transport, operations: readonly string[], maxRetries: number = 0, where: string): Transport {
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 5) throw invalidInput(where, "maxRetries", "must be a whole number from 0 to 5");
  return {
    options: { ...transport.options, maxRetries },
    async send(operation, request, options?: CallOptions) {
      for (let retry = 0; ; retry++) {
        try {
          return await transport.send(operation, request, options);
        } catch (error) {
          const wait = retryAfterMs(error) ?? 250 * 2 ** retry * (1 + Math.random());
          if (retry >= maxRetries || !operations.includes(operation.id) || !isRetryable(error) || wait > longestWaitMs) throw error;
          // The deadline alone ends this wait; only the caller's signal makes it fail.
          await raceDeadline(wait, options?.signal, () => new Promise<never>(() => {})).catch((why) => {
            if (why === callerAborted) throw new OperatorAuthError("aborted", `${operation.id}: aborted by the caller while waiting to retry.`, { operation: operation.id });
          });
        }
      }
    },
  };
}

/** Thrown by `readText` when a body passes its byte limit. */
export const bodyTooLarge = Symbol("body too large");

/**
 * A response's body as text, read chunk by chunk and counted after decompression (fetch hands over
 * decoded bytes), so that a huge or endless answer, or a gzip bomb, costs at most `maxBytes`: past
 * them reading stops, the stream is cancelled and `bodyTooLarge` is thrown.
 */
export function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return Promise.resolve("");
  // A body declared no longer than the limit and not compressed is read in one go: fetch delivers no
  // more bytes than Content-Length, so counting chunks would only cost time.
  const declared = response.headers.get("content-length");
  const encoding = response.headers.get("content-encoding");
  if (declared !== null && +declared <= maxBytes && (encoding === null || encoding === "identity")) return response.text();
  return readChunks(response.body, maxBytes);
}

async function readChunks(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw bodyTooLarge;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Why a call ended early: its deadline passed, or the caller's signal aborted it. */
export const deadlinePassed = Symbol("deadline passed");
export const callerAborted = Symbol("caller aborted");

/**
 * Runs `work` with an AbortSignal that aborts when `timeoutMs` passes or `callerSignal` aborts,
 * whichever comes first, and also when `work` fails: the request itself is cancelled (its connection
 * closed, its body no longer read), not merely left behind. The returned promise rejects with
 * `deadlinePassed` or `callerAborted` at that moment, even if a `fetch` ignores its signal.
 */
export function raceDeadline<T>(timeoutMs: number, callerSignal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const stop = (why: symbol) => {
      finish();
      reject(why);
      controller.abort(why);
    };
    const onCallerAbort = () => stop(callerAborted);
    const timer = setTimeout(stop, timeoutMs, deadlinePassed);
    const finish = () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    };
    callerSignal?.addEventListener("abort", onCallerAbort);
    work(controller.signal).then(
      (value) => (finish(), resolve(value)),
      (error: unknown) => (finish(), reject(error), controller.abort()),
    );
  });
}

/** Printable ASCII with no space at either end: what travels in a header exactly as given. */
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export function isHeaderValue(value: unknown): value is string {
  return typeof value === "string" && headerValue.test(value);
}

/**
 * Copies headers into a request's, refusing first a value that fetch would alter (trim) or reject:
 * its error would quote the value, which is often a token. The message names the header, not the
 * value. A header left undefined is not sent.
 */
export function addHeaders(into: Record<string, string>, headers: object | undefined, operation?: string): Record<string, string> {
  for (const name in headers) {
    const value: unknown = headers[name as keyof typeof headers];
    if (value === undefined) continue;
    if (!isHeaderValue(value)) {
      throw inputError(`${operation ? `${operation}: ` : ""}the ${name} header must be printable ASCII with no space at either end.`, operation);
    }
    into[name] = value;
  }
  return into;
}

/**
 * JSON.parse, without an own `__proto__` key at any depth: JSON.parse makes one an ordinary property,
 * which `Object.assign` or a spread into a plain object would turn into a prototype. A reviver that
 * returns `undefined` deletes the key. A key can only spell `__proto__` literally or with `\u`
 * escapes, so JSON holding neither is parsed without the reviver, at full speed. Throws as JSON.parse.
 */
export function parseJson(json: string): unknown {
  return JSON.parse(json, json.includes("__proto__") || json.includes("\\u") ? withoutProtoKey : undefined);
}

const withoutProtoKey = (key: string, value: unknown) => (key === "__proto__" ? undefined : value);

/** A lone UTF-16 surrogate: text that cannot be encoded as UTF-8 and that fetch would send as U+FFFD. */
const loneSurrogate = /\p{Cs}/u;

/** In JSON.stringify's output a lone surrogate is an escape `\udXXX` (after an even run of backslashes). */
const escapedLoneSurrogate = /(?:^|[^\\])(?:\\\\)*\\ud[89a-f]/;

export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

/** Whether JSON made by JSON.stringify holds a lone surrogate, which would arrive as U+FFFD or not at all. */
export function jsonHasLoneSurrogate(json: string): boolean {
  // The escape is looked for first: includes is far cheaper than the pattern, and almost never finds one.
  return json.includes("\\ud") && escapedLoneSurrogate.test(json);
}
