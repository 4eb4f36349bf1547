import { createRawClient, requireOptions } from "@operator-auth/core";
import type { Client } from "openapi-fetch";
import type { BetfairSsoClientOptions } from "./client.js";
import type { paths } from "./generated/schema.js";
import { identitySsoBaseUrl, requireJurisdiction } from "./jurisdictions.js";

/** The options the raw client reads; a `BetfairSsoClientOptions` object may be passed as it is. */
export type BetfairSsoRawClientOptions = Pick<BetfairSsoClientOptions, "jurisdiction" | "baseUrl" | "fetch">;

/**
 * The plain openapi-fetch client for the jurisdiction's Identity SSO host (or `baseUrl`), typed by
 * the spec, for anything `createBetfairSsoClient`'s methods do not cover. It adds no header of its
 * own (pass `X-Application` and `X-Authentication` per call), has no timeout, and hands back a 3xx
 * rather than following it.
 */
export function createBetfairSsoRawClient(options: BetfairSsoRawClientOptions): Client<paths> {
  const { jurisdiction, baseUrl, fetch } = requireOptions(options, "createBetfairSsoRawClient");
  return createRawClient<paths>({ baseUrl: identitySsoBaseUrl(requireJurisdiction(jurisdiction), baseUrl), fetch });
}
