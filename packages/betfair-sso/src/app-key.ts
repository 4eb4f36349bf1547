import { invalidInput } from "@operator-auth/core";

/** The application key, checked: every call sends it as `X-Application`. */
export function requireAppKey(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "") throw invalidInput(where, "appKey", "must be a non-empty string");
  return value;
}
