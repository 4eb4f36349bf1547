import createClient, { type Client } from "openapi-fetch";
import { OperatorAuthError } from "./errors.js";
import { checkConnectionOptions, requireSecureBaseUrl } from "./options.js";
import { addHeaders, bodyTooLarge, callerAborted, deadlinePassed, readText, raceDeadline, type TransportOptions } from "./transport.js";

/**
 * Where and how the raw client connects; `hooks` are for the typed calls only (use openapi-fetch middleware
 * here). `where` is required: each client's raw factory names itself in the errors.
 */
export type RawClientOptions = Omit<TransportOptions, "hooks" | "where"> & { where: string };

/** Statuses whose Response may not be given a body. */
const nullBodyStatus = [101, 103, 204, 205, 304];

/**
 * A plain openapi-fetch client (middleware and all) under the typed calls' connection rules: https
 * only (http to loopback only), fixed headers checked once, a 3xx handed back rather than followed,
 * and the same bounds: each request, body included, is aborted after `timeoutMs` (kind `timeout`) and
 * its body read through `maxBodyBytes` (kind `body-too-large`). The body is read in full before
 * openapi-fetch sees the response, so `parseAs: "stream"` gets it from memory.
 * It lives on a subpath of each client so that apps which never use it do not bundle it.
 */
export function createRawClient<Paths extends {}>(options: RawClientOptions): Client<Paths> {
  const { where } = options;
  const { fetch, timeoutMs, maxBodyBytes, allowInsecureHttp } = checkConnectionOptions(where, options);
  const baseUrl = requireSecureBaseUrl(options.baseUrl, "baseUrl", where, allowInsecureHttp);
  const boundedFetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const what = `${request.method} ${new URL(request.url).pathname}`;
    try {
      return await raceDeadline(timeoutMs, request.signal, async (signal) => {
        const response = await (fetch ?? globalThis.fetch)(new Request(request, { signal }), init);
        // A browser's hidden 3xx (status 0) cannot be copied into a new Response: handed back as it is.
        if (response.type === "opaqueredirect") return response;
        const body = await readText(response, maxBodyBytes);
        return new Response(nullBodyStatus.includes(response.status) ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
      });
    } catch (cause) {
      if (cause === deadlinePassed) throw new OperatorAuthError("timeout", `${what}: no complete answer within ${timeoutMs} ms; the request was cancelled.`);
      if (cause === callerAborted) throw new OperatorAuthError("aborted", `${what}: aborted by the caller; the request was cancelled.`);
      if (cause === bodyTooLarge) throw new OperatorAuthError("body-too-large", `${what}: a body over ${maxBodyBytes} bytes; reading stopped there.`);
      throw cause;
    }
  };
  return createClient<Paths>({
    baseUrl,
    fetch: boundedFetch as typeof globalThis.fetch,
    headers: options.headers && addHeaders({}, options.headers),
    requestInitExt: options.requestInitExt,
    redirect: "manual",
  });
}
