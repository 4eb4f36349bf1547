/**
 * The mock provider as MSW 2 request handlers, for tests that already intercept requests with MSW
 * (`setupServer` from `msw/node`, or `setupWorker` in a browser): the same answers, faults and checks
 * as the mock server, with no server.
 */
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import { invalidInput } from "@operator-auth/core";
import { openKit, type KitControls, type KitOptions } from "./kit-options.js";
import type { Provider } from "./providers.js";

export interface HandlersOptions<P extends Provider> extends KitOptions<P> {
  /** The base URL the app's client is given (e.g. `https://identitysso.betfair.com`); every path below it is handled. Required. */
  baseUrl: string;
  /** The longest request body kept in `requests`, in bytes; a longer one is kept of none and flagged. Default: 1 MiB. */
  maxBodyBytes?: number;
}

/** The handlers, to spread into `setupServer(...)` or `setupWorker(...)`, with the controls to drive and inspect them. */
export type MockHandlers<P extends Provider> = HttpHandler[] & KitControls<P>;

const noBody = new Set([204, 205, 304]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export function handlers<P extends Provider>(provider: P, options: HandlersOptions<P>): MockHandlers<P> {
  const session = openKit("handlers", provider, options, ["baseUrl"]);
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw invalidInput("handlers", "baseUrl", "must be an absolute URL");
  }
  const { maxBodyBytes = 1024 * 1024 } = options;
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0)) throw invalidInput("handlers", "maxBodyBytes", "must be a whole number of bytes");
  const prefix = base.pathname.replace(/\/$/, "");
  // A RegExp without groups: with a path pattern MSW decodes the path itself and answers a broken
  // `%`-escape with its own 500 before the kit sees the request.
  const under = new RegExp(`^${escapeRegExp(base.origin + prefix)}(?:/.*)?$`);
  const handler = http.all(under, async ({ request }) => {
    const url = new URL(request.url);
    const text = await request.text();
    const tooLarge = new TextEncoder().encode(text).length > maxBodyBytes;
    const reply = session.handle({
      method: request.method,
      path: url.pathname.slice(prefix.length) || "/",
      query: url.search.slice(1),
      headers: Object.fromEntries(request.headers),
      body: tooLarge ? "" : text,
      ...(tooLarge ? { bodyTooLarge: maxBodyBytes } : {}),
    });
    if (reply.kind === "hang") return delay("infinite");
    if (reply.kind === "reset") return HttpResponse.error();
    if (reply.delayMs) await delay(reply.delayMs);
    const { response } = reply;
    return new HttpResponse(noBody.has(response.status) ? null : response.body ?? null, { status: response.status, headers: response.headers });
  });
  return Object.assign([handler], session.controls);
}
