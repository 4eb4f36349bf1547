import { connect, invalidInput, isHeaderValue, type ConnectionOptions } from "@operator-auth/core";
import { posApiOptionNames, type PosApiConnectionOptions } from "./options.js";

/**
 * Connects the typed or the raw client (`open`) to PosAPI, sending `x-bwin-accessId` with every call.
 * `open` checks `baseUrl` (a string, an absolute https URL, no query); PosAPI's own rule on it comes
 * after, so an insecure URL is still refused as `insecure-url`. `accessId` comes before, as the header
 * check in `open` would not name the option.
 */
export function connectToPosApi<Connection>(
  options: PosApiConnectionOptions,
  where: string,
  open: (options: ConnectionOptions & { where: string }) => Connection,
): Connection {
  const connection = connect(where, options, posApiOptionNames, open, ({ accessId, baseUrl }) => {
    if (!isHeaderValue(accessId)) throw invalidInput(where, "accessId", "must be a non-empty string of printable ASCII");
    return { baseUrl, headers: { "x-bwin-accessId": accessId } };
  });
  // A trailing slash is not part of the segment: the transport drops it from baseUrl.
  if (/\/Authentication\.svc\/*$/i.test(new URL(options.baseUrl).pathname)) {
    throw invalidInput(where, "baseUrl", "must leave out /Authentication.svc");
  }
  return connection;
}
