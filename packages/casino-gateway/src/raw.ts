import { connect, createRawClient } from "@operator-auth/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { casinoGatewayOptionNames, gatewayRoute, type CasinoGatewayClientOptions } from "./options.js";

/** The options the raw client reads; a `CasinoGatewayClientOptions` object may be passed as it is. */
export type CasinoGatewayRawClientOptions = Pick<CasinoGatewayClientOptions, "baseUrl" | "fetch" | "timeoutMs" | "maxBodyBytes" | "allowInsecureHttp">;

/**
 * The plain openapi-fetch client for the gateway, typed by the spec, for anything
 * `createCasinoGatewayClient`'s `login` does not cover. It hands back a 303 rather than following it
 * and bounds each request as the typed calls do: `timeoutMs` (default 15000) aborts it, body included;
 * `maxBodyBytes` (default 1 MiB) caps its body.
 */
export function createCasinoGatewayRawClient(options: CasinoGatewayRawClientOptions): Client<paths> {
  return connect("createCasinoGatewayRawClient", options, casinoGatewayOptionNames, createRawClient<paths>, gatewayRoute);
}
