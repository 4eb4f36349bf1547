import { checkHooks, type CallHooks } from "./hooks.js";
import { inputError, invalidInput, OperatorAuthError } from "./errors.js";
import { requireTimerMs } from "./input-rules.js";

/** Milliseconds a call may take, body included, when `timeoutMs` is not given. */
export const defaultTimeoutMs = 15_000;

/** Bytes a response body may hold, counted after decompression, when `maxBodyBytes` is not given: 1 MiB. */
export const defaultMaxBodyBytes = 1_048_576;

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

/** Just the `ClientOptions` of a client's options, for its transport: nothing else a caller passed travels on. */
export function pickClientOptions({ fetch, timeoutMs, maxBodyBytes, hooks, allowInsecureHttp }: ClientOptions): ClientOptions {
  return { fetch, timeoutMs, maxBodyBytes, hooks, allowInsecureHttp };
}

/**
 * A factory's options, checked to be an object, so that a missing one fails clearly rather than with a
 * TypeError. Given every option name the factory takes, an option name that differs from one of them
 * only by case (`baseURL`) is refused with a hint rather than ignored.
 */
export function requireOptions<Options>(options: Options, factory: string, names?: readonly string[]): Options {
  if (typeof options !== "object" || options === null) {
    throw inputError(`${factory} expects an options object.`);
  }
  if (names) {
    for (const given in options) {
      // No two known names differ by case alone, so a name given exactly finds itself.
      const meant = names.find((name) => name.toLowerCase() === given.toLowerCase());
      if (meant && meant !== given) throw invalidInput(factory, given, `is not an option (did you mean ${meant}?)`);
    }
  }
  return options;
}

type OwnOptionName<Options> = Exclude<keyof Options, (typeof clientOptionNames)[number]>;

/**
 * A client's own option names (those besides `ClientOptions`), checked against its options type:
 * `Names` when it lists every one and nothing else, `never` otherwise, so that assigning a list that
 * misses or adds a name fails to compile.
 */
export type OptionNames<Options, Names extends readonly OwnOptionName<Options>[]> = [OwnOptionName<Options>] extends [Names[number]] ? Names : never;

/** Where a client's calls go, and the headers every one of them carries. */
export interface Route {
  /** Where the provider's API lives: scheme, host and any path prefix. https, or http to loopback only (any host with `allowInsecureHttp`). */
  baseUrl: string;
  /** Headers sent with every call. Default: none. */
  headers?: Record<string, string>;
}

/** What a connection is opened with: the `ClientOptions`, the route, and the function named in errors. */
export interface ConnectionOptions extends ClientOptions, Route {
  /** Extra options for Node's fetch, such as an undici `dispatcher` carrying a client certificate. Default: none. */
  requestInitExt?: Record<string, unknown>;
  /** The function named in the errors about these options, e.g. `createPosApiClient`. Default: `createTransport`. */
  where?: string;
}

/**
 * The preamble of every client factory, typed or raw: the options checked to be an object without a
 * misspelt name (`names`, the client's own, and the `ClientOptions`), the route read from them
 * (`route` checks the client's own options it needs), then the connection opened (`createTransport` or `createRawClient`) with the `ClientOptions` alone, so nothing
 * else a caller passed travels on.
 */
export function connect<Options extends ClientOptions, Connection>(
  where: string,
  options: Options,
  names: readonly string[],
  open: (options: ConnectionOptions & { where: string }) => Connection,
  route: (options: Options, where: string) => Route,
): Connection {
  requireOptions(options, where, [...names, ...clientOptionNames]);
  return open({ ...pickClientOptions(options), ...route(options, where), where });
}

const loopbackHost = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Credentials may only travel over https; plain http is allowed to loopback alone, for mocks and tests,
 * or to any host when the client's `allowInsecureHttp` is `true` (development mocks only).
 * A base URL is a string, carries no credentials, and has no query or fragment (the operation's path
 * would land after them). Returns the URL without a trailing slash. `where` names the function in errors.
 */
export function requireSecureBaseUrl(baseUrl: unknown, option: string, where: string, allowInsecureHttp?: boolean): string {
  const fail = (problem: string) => invalidInput(where, option, problem);
  if (typeof baseUrl !== "string") {
    throw fail(`must be a string${baseUrl instanceof URL ? " (pass url.href for a URL object)" : ""}`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw fail("is not an absolute URL");
  }
  const secure = url.protocol === "https:" || (url.protocol === "http:" && (allowInsecureHttp === true || loopbackHost.test(url.hostname)));
  if (!secure) {
    throw new OperatorAuthError(
      "insecure-url",
      `${where}: ${option} must use https (http only to loopback, or to a development mock with allowInsecureHttp); got ${url.protocol}//${url.host}.`,
    );
  }
  if (url.username || url.password) throw fail("must not carry credentials");
  if (/[?#]/.test(baseUrl)) throw fail("must not have a query or fragment");
  return baseUrl.replace(/\/+$/, "");
}
