import type { CallEvent, CallHooks } from "./client-options.js";

/** Names whose values may be credentials, as headers, fields or query parameters: shown to hooks (and kept by the testing kit) as `[redacted]`. */
export const secretName = /auth|token|session|secret|pass|cookie|key|access|application|ssoid/i;

/** Response headers whose values hooks see; any other may echo what the server was sent (a cookie, a token, a Location). */
const plainResponseHeader = /^(content-(type|length|encoding)|date|retry-after|server|(x-)?request-id|x-correlation-id|traceparent)$/i;

/** A copy of request headers for a hook's eyes, every value that may be a credential replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const name in headers) shown[name] = secretName.test(name) ? "[redacted]" : headers[name]!;
  return shown;
}

/** A copy of response headers for a hook's eyes: every name, and the values of a short list of plain ones. */
export function redactResponseHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => (shown[name] = plainResponseHeader.test(name) ? value : "[redacted]"));
  return shown;
}

/**
 * Calls one hook, if given, so that nothing it does reaches the call: a throw or a rejected promise is
 * swallowed (reporting it anywhere could carry what the hook was looking at). Returns what it returned.
 */
export function notify<Event extends CallEvent>(hooks: CallHooks, name: keyof CallHooks, event: Event, context?: unknown): unknown {
  const hook = hooks[name] as ((event: CallEvent, context: unknown) => unknown) | undefined;
  if (!hook) return undefined;
  try {
    const returned = hook.call(hooks, event, context) as { then?: unknown } | undefined;
    if (returned && typeof returned.then === "function") (returned as Promise<unknown>).then(undefined, () => {});
    return returned;
  } catch {
    // A broken hook must not break the call.
    return undefined;
  }
}
