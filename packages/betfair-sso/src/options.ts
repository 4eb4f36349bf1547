/**
 * Where a Betfair client's calls go: its options, the jurisdictions and their hosts, and the routes the
 * typed and raw clients take from them.
 */
import { invalidInput, isHeaderValue, type ClientOptions, type Descriptions, type OptionNames, type RetryOptions, type Route } from "@operator-auth/core";
import { certJurisdictions, jurisdictions } from "./generated/extensions.js";

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

/**
 * The application key, checked: every call sends it as `X-Application`, so a key no header can carry is
 * refused here rather than by each call.
 */
export function requireAppKey(value: unknown, where: string): string {
  if (!isHeaderValue(value)) throw invalidInput(where, "appKey", "must be a non-empty string of printable ASCII");
  return value;
}

/** The jurisdictions Betfair gives Identity SSO hosts for: the keys of the spec's `x-jurisdictions`. */
export const betfairJurisdictions = Object.keys(jurisdictions) as BetfairJurisdiction[];

export type BetfairJurisdiction = keyof typeof jurisdictions;

/** The Identity SSO host of each jurisdiction (login, keep-alive, logout, the interactive login page). */
export const identitySsoHosts: { readonly [J in BetfairJurisdiction]: string } = jurisdictions;

/** The certificate login host of each jurisdiction that has one; Australia has none. */
export const certLoginHosts: { readonly [J in BetfairJurisdiction]?: string } = certJurisdictions;

/** Where a jurisdiction's Identity SSO calls go: `baseUrl` when given (a mock, a proxy), else its host over https. */
export function identitySsoBaseUrl(jurisdiction: BetfairJurisdiction, baseUrl?: string): string {
  return baseUrl ?? `https://${identitySsoHosts[jurisdiction]}`;
}

/** The jurisdiction, checked; `undefined` means `global`. */
export function requireJurisdiction(value: unknown, where: string): BetfairJurisdiction {
  if (value === undefined) return "global";
  // The list holds strings alone, so anything else is refused by `includes` too.
  if ((betfairJurisdictions as readonly unknown[]).includes(value)) {
    return value as BetfairJurisdiction;
  }
  throw invalidInput(where, "jurisdiction", `must be one of ${betfairJurisdictions.join(", ")}`);
}
