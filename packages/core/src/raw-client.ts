import createClient, { type Client } from "openapi-fetch";
import { addHeaders } from "./headers.js";
import { requireSecureBaseUrl } from "./secure-url.js";
import type { TransportOptions } from "./transport.js";

/** Where and how the raw client connects: a transport's options without the typed calls' timeout. */
export type RawClientOptions = Omit<TransportOptions, "timeoutMs">;

/**
 * A plain openapi-fetch client (middleware and all) under the typed calls' connection rules: https
 * only (http to loopback only), fixed headers checked once, and a 3xx handed back rather than followed.
 * It lives on a subpath of each client so that apps which never use it do not bundle it.
 */
export function createRawClient<Paths extends {}>(options: RawClientOptions): Client<Paths> {
  return createClient<Paths>({
    baseUrl: requireSecureBaseUrl(options.baseUrl),
    fetch: options.fetch,
    headers: options.headers && addHeaders({}, options.headers),
    requestInitExt: options.requestInitExt,
    redirect: "manual",
  });
}
