/** What `requests` keeps of a secret unless `revealSecrets` is set. */
export const redacted = "[redacted]";

/** Headers that carry a credential: session and user tokens, authorization, cookies. */
const secretHeader = /token|authentication|authorization|cookie|secret|password/i;
/** Body fields that carry a credential, besides those the spec marks `format: password`. */
const secretField = /password|token|secret|^pin$|ssoid/i;

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, secretHeader.test(name) ? redacted : value]));
}

export function redactFields(fields: Record<string, unknown>, secretFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name, secretFields.includes(name) || secretField.test(name) ? redacted : value]),
  );
}
