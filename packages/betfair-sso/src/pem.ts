import type { FieldRule } from "@operator-auth/core";

/** PEM text, or its bytes (a `Buffer` from `readFileSync` will do). */
export type Pem = string | Uint8Array;

const isPem = (value: unknown): value is Pem => (typeof value === "string" || value instanceof Uint8Array) && value.length > 0;

/** A certificate or key: a non-empty PEM string or its bytes. Here, apart from the login's rules, so that only the certificate login bundles it. */
export const pemRule: FieldRule = {
  mustBe: "a non-empty PEM string or its bytes",
  read: (value) => (isPem(value) ? value : undefined),
};

/** Certificates to trust (`ca`): one PEM (string or bytes) or a non-empty array of them. */
export const pemsRule: FieldRule = {
  mustBe: "a PEM string or its bytes, or a non-empty array of them",
  read: (value) => (isPem(value) || (Array.isArray(value) && value.length > 0 && value.every(isPem)) ? value : undefined),
};
