import { OperatorAuthError } from "./operator-auth-error.js";

/** Printable ASCII with no space at either end: what travels in a header exactly as given. */
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export function isHeaderValue(value: unknown): value is string {
  return typeof value === "string" && headerValue.test(value);
}

/**
 * Copies headers into a request's, refusing first a value that fetch would alter (trim) or reject:
 * its error would quote the value, which is often a token. The message names the header, not the
 * value. A header left undefined is not sent.
 */
export function addHeaders(into: Record<string, string>, headers: object | undefined, operation?: string): Record<string, string> {
  for (const name in headers) {
    const value: unknown = headers[name as keyof typeof headers];
    if (value === undefined) continue;
    if (!isHeaderValue(value)) {
      throw new OperatorAuthError(
        "invalid-input",
        `${operation ? `${operation}: ` : ""}the ${name} header must be printable ASCII with no space at either end.`,
        { operation },
      );
    }
    into[name] = value;
  }
  return into;
}
