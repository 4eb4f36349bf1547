import { createRawClient } from "@operator-auth/core";
import type { Client } from "openapi-fetch";
import { connectToPosApi, type PosApiConnectionOptions } from "./options.js";
import type { paths } from "./generated/schema.js";

/** The options the raw client reads; a `PosApiClientOptions` object may be passed as it is. */
export type PosApiRawClientOptions = PosApiConnectionOptions;

/**
 * The plain openapi-fetch client for PosAPI, typed by the spec, for anything `createPosApiClient`'s
 * methods do not cover. It sends `x-bwin-accessId` with every call; add a session's tokens with
 * `sessionHeaders(session)`. It hands back a 3xx rather than following it, bounds each request as the
 * typed calls do (`timeoutMs`, default 15000, aborts it, body included; `maxBodyBytes`, default 1 MiB,
 * caps its body), and its calls do not update a session's expiry times.
 */
export function createPosApiRawClient(options: PosApiRawClientOptions): Client<paths> {
  return connectToPosApi(options, "createPosApiRawClient", createRawClient<paths>);
}
