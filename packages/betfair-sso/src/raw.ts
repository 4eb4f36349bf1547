import { connect, createRawClient } from "@operator-auth/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { betfairSsoOptionNames, identitySsoRoute, type BetfairSsoClientOptions } from "./options.js";

/** The options the raw client reads; a `BetfairSsoClientOptions` object may be passed as it is. */
export type BetfairSsoRawClientOptions = Pick<BetfairSsoClientOptions, "jurisdiction" | "baseUrl" | "fetch" | "timeoutMs" | "maxBodyBytes" | "allowInsecureHttp">;

/**
 * The plain openapi-fetch client for the jurisdiction's Identity SSO host (or `baseUrl`), typed by
 * the spec, for anything `createBetfairSsoClient`'s methods do not cover. It adds no header of its
 * own (pass `X-Application` and `X-Authentication` per call), hands back a 3xx rather than following
 * it, and bounds each request as the typed calls do: `timeoutMs` (default 15000) aborts it, body
 * included; `maxBodyBytes` (default 1 MiB) caps its body.
 */
export function createBetfairSsoRawClient(options: BetfairSsoRawClientOptions): Client<paths> {
  return connect("createBetfairSsoRawClient", options, betfairSsoOptionNames, createRawClient<paths>, identitySsoRoute);
}
