import { invalidInput, type ClientOptions, type Descriptions, type OptionNames, type RetryOptions, type Route } from "@operator-auth/core";
import { identitySsoBaseUrl, requireJurisdiction, type BetfairJurisdiction } from "./jurisdictions.js";

/**
 * The options of `createBetfairSsoClient`; `fetch`, `timeoutMs`, `maxBodyBytes`, `hooks` and
 * `allowInsecureHttp` come from `ClientOptions`, `maxRetries` (for `keepAlive` and `logout`) from `RetryOptions`.
 */
export interface BetfairSsoClientOptions extends ClientOptions, RetryOptions {
  /** Your application key, sent as `X-Application` on every call. */
  appKey: string;
  /** Whose Identity SSO hosts to call. Default: `"global"` (identitysso.betfair.com). */
  jurisdiction?: BetfairJurisdiction;
  /**
   * Where login, keep-alive and logout go, in place of the jurisdiction's host (a mock, a proxy).
   * https, or http to loopback only (any host with `allowInsecureHttp`). Default: `https://<the jurisdiction's identitysso host>`.
   */
  baseUrl?: string;
  /**
   * Where the certificate login (`createBetfairCertLoginClient` from `@operator-auth/betfair-sso/cert`,
   * Node.js only) goes, in place of the jurisdiction's identitysso-cert host. https, or http to loopback
   * only (any host with `allowInsecureHttp`). Default: `https://<the jurisdiction's identitysso-cert host>`; Australia has none, so there
   * `certLogin` needs this option. `createBetfairSsoClient` only checks it.
   */
  certBaseUrl?: string;
  /**
   * The documents' description of every code, added to each failure (and to a `LIMITED_ACCESS` login)
   * as `description`. Default: none — failures then carry no `description`; pass `codeTables` from
   * `@operator-auth/betfair-sso/codes`. Leaving it out keeps the documents' wording out of the bundle.
   */
  descriptions?: Descriptions;
}

/** The options besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
const ownNames = ["appKey", "jurisdiction", "baseUrl", "certBaseUrl", "descriptions"] as const;
export const betfairSsoOptionNames: OptionNames<BetfairSsoClientOptions, typeof ownNames> = ownNames;

/** The raw client's route: the jurisdiction's Identity SSO host, or `baseUrl`. */
export const identitySsoRoute = ({ jurisdiction, baseUrl }: Pick<BetfairSsoClientOptions, "jurisdiction" | "baseUrl">, where: string): Route => ({
  baseUrl: identitySsoBaseUrl(requireJurisdiction(jurisdiction, where), baseUrl),
});

/** The typed clients' route: the raw client's, with `appKey` checked first, as every call sends it. */
export const appRoute = (options: BetfairSsoClientOptions, where: string): Route => (requireAppKey(options.appKey, where), identitySsoRoute(options, where));

/** The application key, checked: every call sends it as `X-Application`. */
export function requireAppKey(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "") throw invalidInput(where, "appKey", "must be a non-empty string");
  return value;
}
