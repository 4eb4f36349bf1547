/** Where a PosAPI client's calls go: its options, and how the typed and the raw client connect with them. */
import {
  connect,
  invalidInput,
  isHeaderValue,
  type ClientOptions,
  type ConnectionOptions,
  type Descriptions,
  type OptionNames,
  type RetryOptions,
} from "@operator-auth/core";

/**
 * The options of `createPosApiClient`; `fetch`, `timeoutMs`, `maxBodyBytes`, `hooks` and
 * `allowInsecureHttp` come from `ClientOptions`, `maxRetries` (for `logout`) from `RetryOptions`.
 */
export interface PosApiClientOptions extends ClientOptions, RetryOptions {
  /**
   * Everything in front of `/Authentication.svc`: scheme, host and any path prefix of the PosAPI
   * installation, e.g. `https://posapi.example.com/V3`. https, or http to loopback only (any host with
   * `allowInsecureHttp`).
   */
  baseUrl: string;
  /** The AccessId the operator was given, sent as `x-bwin-accessId` with every call. */
  accessId: string;
  /**
   * How long the SessionToken stays valid after the last request that used it; sets the session's
   * `sessionTokenExpiresAt`. Default: `1200000` (20 minutes). The document gives 10 minutes for Italy:
   * pass `italySessionTokenLifetimeMs` (`600000`) for an Italian label.
   */
  sessionTokenLifetimeMs?: number;
  /**
   * The document's description of every code: added to each failure (and to a country block) as
   * `description`, and giving a pending workflow its `name` and `resolution`. Pass `codeTables` from
   * `@operator-auth/posapi-auth/codes`. Default: none — failures then carry no `description` and a
   * workflow is its `id` and `outcome`, which keeps the document's tables out of the bundle.
   */
  descriptions?: Descriptions;
}

/** What both the typed and the raw client connect with. */
export type PosApiConnectionOptions = Pick<PosApiClientOptions, "baseUrl" | "accessId" | "fetch" | "timeoutMs" | "maxBodyBytes" | "allowInsecureHttp">;

/** The options besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
const ownNames = ["baseUrl", "accessId", "sessionTokenLifetimeMs", "descriptions"] as const;
export const posApiOptionNames: OptionNames<PosApiClientOptions, typeof ownNames> = ownNames;

/**
 * Connects the typed or the raw client (`open`) to PosAPI, sending `x-bwin-accessId` with every call.
 * `open` checks `baseUrl` (a string, an absolute https URL, no query); PosAPI's own rule on it comes
 * after, so an insecure URL is still refused as `insecure-url`. `accessId` comes before, as the header
 * check in `open` would not name the option.
 */
export function connectToPosApi<Connection>(
  options: PosApiConnectionOptions,
  where: string,
  open: (options: ConnectionOptions & { where: string }) => Connection,
): Connection {
  const connection = connect(where, options, posApiOptionNames, open, ({ accessId, baseUrl }) => {
    if (!isHeaderValue(accessId)) throw invalidInput(where, "accessId", "must be a non-empty string of printable ASCII");
    return { baseUrl, headers: { "x-bwin-accessId": accessId } };
  });
  // A trailing slash is not part of the segment: the transport drops it from baseUrl.
  if (/\/Authentication\.svc\/*$/i.test(new URL(options.baseUrl).pathname)) {
    throw invalidInput(where, "baseUrl", "must leave out /Authentication.svc");
  }
  return connection;
}
