import { invalidInput, isHeaderValue, pickClientOptions, requireOptions, type TransportOptions } from "@operator-auth/core";
import type { PosApiClientOptions } from "./client.js";

/** What both the typed and the raw client connect with. */
export type PosApiConnectionOptions = Pick<PosApiClientOptions, "baseUrl" | "accessId" | "fetch" | "timeoutMs" | "maxBodyBytes" | "allowInsecureHttp">;

/** The options of `createPosApiClient` besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
const posApiOptionNames = ["baseUrl", "accessId", "sessionTokenLifetimeMs", "descriptions"];

/**
 * Connects the typed or the raw client (`connect`) to PosAPI, sending `x-bwin-accessId` with every call.
 * `connect` checks `baseUrl` (a string, an absolute https URL, no query); PosAPI's own rule on it comes
 * after, so an insecure URL is still refused as `insecure-url`. `accessId` comes before, as the header
 * check in `connect` would not name the option.
 */
export function connectToPosApi<Connection>(
  options: PosApiConnectionOptions,
  factory: string,
  connect: (options: TransportOptions & { where: string }) => Connection,
): Connection {
  const { accessId, baseUrl } = requireOptions(options, factory, posApiOptionNames);
  if (!isHeaderValue(accessId)) throw invalidInput(factory, "accessId", "must be a non-empty string of printable ASCII");
  const connection = connect({ ...pickClientOptions(options), baseUrl, headers: { "x-bwin-accessId": accessId }, where: factory });
  // A trailing slash is not part of the segment: the transport drops it from baseUrl.
  if (/\/Authentication\.svc\/*$/i.test(new URL(baseUrl).pathname)) {
    throw invalidInput(factory, "baseUrl", "must leave out /Authentication.svc");
  }
  return connection;
}
