import { invalidInput } from "./invalid-input.js";
import { OperatorAuthError } from "./operator-auth-error.js";

const loopbackHost = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Credentials may only travel over https; plain http is allowed to loopback alone, for mocks and tests,
 * or to any host when the client's `allowInsecureHttp` is `true` (development mocks only).
 * A base URL is a string, carries no credentials, and has no query or fragment (the operation's path
 * would land after them). Returns the URL without a trailing slash. `where` names the function in errors.
 */
export function requireSecureBaseUrl(baseUrl: unknown, option: string, where: string, allowInsecureHttp?: boolean): string {
  const fail = (problem: string) => invalidInput(where, option, problem);
  if (typeof baseUrl !== "string") {
    throw fail(`must be a string${baseUrl instanceof URL ? " (pass url.href for a URL object)" : ""}`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw fail("is not an absolute URL");
  }
  const secure = url.protocol === "https:" || (url.protocol === "http:" && (allowInsecureHttp === true || loopbackHost.test(url.hostname)));
  if (!secure) {
    throw new OperatorAuthError(
      "insecure-url",
      `${where}: ${option} must use https (http only to loopback, or to a development mock with allowInsecureHttp); got ${url.protocol}//${url.host}.`,
    );
  }
  if (url.username || url.password) throw fail("must not carry credentials");
  if (/[?#]/.test(baseUrl)) throw fail("must not have a query or fragment");
  return baseUrl.replace(/\/+$/, "");
}
