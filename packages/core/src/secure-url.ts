import { OperatorAuthError } from "./operator-auth-error.js";

const loopbackHost = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Credentials may only travel over https; plain http is allowed to loopback alone, for mocks and tests.
 * Returns the URL without a trailing slash.
 */
export function requireSecureBaseUrl(baseUrl: string, option = "baseUrl"): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new OperatorAuthError("invalid-input", `${option} is not an absolute URL.`);
  }
  const secure = url.protocol === "https:" || (url.protocol === "http:" && loopbackHost.test(url.hostname));
  if (!secure) {
    throw new OperatorAuthError(
      "insecure-url",
      `${option} must use https (plain http is accepted only for loopback hosts); got ${url.protocol}//${url.hostname}.`,
    );
  }
  if (url.username || url.password) {
    throw new OperatorAuthError("invalid-input", `${option} must not carry credentials.`);
  }
  return baseUrl.replace(/\/+$/, "");
}
