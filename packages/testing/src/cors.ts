/**
 * CORS for the mock server, so a page on another origin can log in against it: preflights answered,
 * every answer readable from any origin. The clients send no cookies, so `*` suffices.
 */
import type { IncomingHttpHeaders } from "node:http";

export const corsHeaders: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "*",
};

export const isPreflight = (method: string | undefined, headers: IncomingHttpHeaders) =>
  method === "OPTIONS" && typeof headers["access-control-request-method"] === "string";

export function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    ...corsHeaders,
    "access-control-allow-methods": String(headers["access-control-request-method"]),
    "access-control-allow-headers": String(headers["access-control-request-headers"] ?? "*"),
    "access-control-max-age": "600",
  };
}
