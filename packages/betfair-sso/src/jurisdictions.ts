import { invalidInput } from "@operator-auth/core";
import { certJurisdictions, jurisdictions } from "./generated/extensions.js";

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
