/**
 * What `requests` keeps of a secret unless `revealSecrets` is set. One rule with the clients' hooks
 * (core's `secretName`), applied to header names, query parameter names and body field names at any
 * depth, besides the fields the spec marks `format: password`.
 */
import { redactHeaders, secretName } from "@operator-auth/core";

export const redacted = "[redacted]";

export { redactHeaders };

const secret = (name: string, secretFields: readonly string[]) => secretFields.includes(name) || secretName.test(name);

/** A copy of `value` with every field whose name may hold a credential replaced, in nested objects and arrays too. */
export function redactFields<T>(value: T, secretFields: readonly string[]): T {
  if (Array.isArray(value)) return value.map((item: unknown) => redactFields(item, secretFields)) as T;
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [name, secret(name, secretFields) ? redacted : redactFields(field, secretFields)]),
  ) as T;
}

/** Query parameters, each whose name may hold a credential replaced. */
export function redactQuery(query: Record<string, string>, secretFields: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, secret(name, secretFields) ? redacted : value]));
}
