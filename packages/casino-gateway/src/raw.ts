import { createRawClient, requireOptions } from "@operator-auth/core";
import type { Client } from "openapi-fetch";
import type { CasinoGatewayClientOptions } from "./client.js";
import type { paths } from "./generated/schema.js";

/** The options the raw client reads; a `CasinoGatewayClientOptions` object may be passed as it is. */
export type CasinoGatewayRawClientOptions = Pick<CasinoGatewayClientOptions, "baseUrl" | "fetch">;

/**
 * The plain openapi-fetch client for the gateway, typed by the spec, for anything
 * `createCasinoGatewayClient`'s `login` does not cover. It has no timeout and hands back a 303
 * rather than following it.
 */
export function createCasinoGatewayRawClient(options: CasinoGatewayRawClientOptions): Client<paths> {
  const { baseUrl, fetch } = requireOptions(options, "createCasinoGatewayRawClient");
  return createRawClient<paths>({ baseUrl, fetch });
}
