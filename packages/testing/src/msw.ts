/**
 * The mock provider as MSW 2 request handlers, for tests that already intercept requests with MSW
 * (`setupServer` from `msw/node`, or `setupWorker` in a browser): the same answers and checks as
 * the mock server, with no server.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { invalidInput } from "@operator-auth/core";
import { openKit, type KitControls, type KitOptions } from "./kit-options.js";
import type { Provider } from "./providers.js";

export interface HandlersOptions<P extends Provider> extends KitOptions<P> {
  /** The base URL the app's client is given (e.g. `https://identitysso.betfair.com`); every path below it is handled. Required. */
  baseUrl: string;
}

/** The handlers, to spread into `setupServer(...)`, with `answer()` and `requests` to drive and inspect them. */
export type MockHandlers<P extends Provider> = HttpHandler[] & KitControls<P>;

const noBody = new Set([204, 205, 304]);

export function handlers<P extends Provider>(provider: P, options: HandlersOptions<P>): MockHandlers<P> {
  let base: URL;
  try {
    base = new URL(options?.baseUrl);
  } catch {
    throw invalidInput("handlers", "baseUrl", "must be an absolute URL");
  }
  const session = openKit("handlers", provider, options);
  const prefix = base.pathname.replace(/\/$/, "");
  const handler = http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const response = session.handle({
      method: request.method,
      path: url.pathname.slice(prefix.length) || "/",
      query: url.searchParams,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    return new HttpResponse(noBody.has(response.status) ? null : response.body ?? null, { status: response.status, headers: response.headers });
  });
  return Object.assign([handler], { answer: session.answer, requests: session.requests });
}
