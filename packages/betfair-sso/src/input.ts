import { OperatorAuthError } from "@operator-auth/core";
import type { Pem } from "./pem.js";

/**
 * Checks of the arguments a call is given, failing with kind `invalid-input` before anything is sent.
 * The messages name the field, never its value: the values are passwords, codes and tokens.
 */
export function inputChecker(operation: string) {
  const problem = (message: string) => new OperatorAuthError("invalid-input", `${operation}: ${message}`, { operation });
  const text = (value: unknown, field: string): string => {
    if (typeof value !== "string" || value === "") throw problem(`${field} must be a non-empty string.`);
    return value;
  };
  return {
    problem,
    text,
    object(value: unknown): Record<string, unknown> {
      if (typeof value !== "object" || value === null) throw problem("expects an object.");
      return value as Record<string, unknown>;
    },
    optionalText(value: unknown, field: string): string | undefined {
      return value === undefined ? undefined : text(value, field);
    },
  };
}

type InputChecker = ReturnType<typeof inputChecker>;

const isPem = (value: unknown): value is Pem => (typeof value === "string" || value instanceof Uint8Array) && value.length > 0;

/** A certificate or key: a non-empty PEM string or its bytes. Apart from `inputChecker`, so that only the certificate login bundles it. */
export function requirePem(check: InputChecker, value: unknown, field: string): Pem {
  if (!isPem(value)) throw check.problem(`${field} must be a non-empty PEM string or its bytes.`);
  return value;
}

/** Optional certificates (`ca`): one PEM (string or bytes) or a non-empty array of them. */
export function optionalPems(check: InputChecker, value: unknown, field: string): Pem | Pem[] | undefined {
  if (value === undefined) return undefined;
  if (isPem(value) || (Array.isArray(value) && value.length > 0 && value.every(isPem))) return value;
  throw check.problem(`${field} must be a PEM string or its bytes, or a non-empty array of them.`);
}
