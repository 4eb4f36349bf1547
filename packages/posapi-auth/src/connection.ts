import { invalidInput, isHeaderValue, pickClientOptions, requireOptions, requireSecureBaseUrl, type TransportOptions } from "@operator-auth/core";
import type { PosApiClientOptions } from "./client.js";

/** What both the typed and the raw client connect with. */
export type PosApiConnectionOptions = Pick<PosApiClientOptions, "baseUrl" | "accessId" | "fetch" | "timeoutMs" | "maxBodyBytes">;

/** The options of `createPosApiClient` besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
const posApiOptionNames = ["baseUrl", "accessId", "sessionTokenLifetimeMs", "descriptions"];

/** Where PosAPI calls go and the `x-bwin-accessId` header every one of them carries, checked. */
export function posApiConnection(options: PosApiConnectionOptions, factory: string): TransportOptions & { where: string } {
  const { accessId } = requireOptions(options, factory, posApiOptionNames);
  const baseUrl = requireSecureBaseUrl(options.baseUrl, "baseUrl", factory);
  if (/\/Authentication\.svc\/?$/i.test(new URL(baseUrl).pathname)) {
    throw invalidInput(factory, "baseUrl", "is the part in front of /Authentication.svc; leave that segment out");
  }
  if (!isHeaderValue(accessId)) throw invalidInput(factory, "accessId", "must be a non-empty string of printable ASCII");
  return { ...pickClientOptions(options), baseUrl, headers: { "x-bwin-accessId": accessId }, where: factory };
}
