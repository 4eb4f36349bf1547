import type { ClientOptions, Descriptions, OptionNames, RetryOptions } from "@operator-auth/core";

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
