import { isHeaderValue, OperatorAuthError, requireOptions, requireSecureBaseUrl, type RawClientOptions } from "@operator-auth/core";
import type { PosApiClientOptions } from "./client.js";

/** What both the typed and the raw client connect with. */
export type PosApiConnectionOptions = Pick<PosApiClientOptions, "baseUrl" | "accessId" | "fetch">;

/** Where PosAPI calls go and the `x-bwin-accessId` header every one of them carries, checked. */
export function posApiConnection(options: PosApiConnectionOptions, factory: string): RawClientOptions {
  const { accessId, fetch } = requireOptions(options, factory);
  const baseUrl = requireSecureBaseUrl(options.baseUrl);
  if (/\/Authentication\.svc\/?$/i.test(new URL(baseUrl).pathname)) {
    throw new OperatorAuthError("invalid-input", "baseUrl is the part in front of /Authentication.svc; leave that segment out.");
  }
  if (!isHeaderValue(accessId)) throw new OperatorAuthError("invalid-input", "accessId must be a non-empty string of printable ASCII.");
  return { baseUrl, fetch, headers: { "x-bwin-accessId": accessId } };
}
