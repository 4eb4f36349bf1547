import { nonEmptyString, required, type FieldRule } from "@operator-auth/core";
import type { Pem } from "./pem.js";

/** A username, password, code or token: there, and saying something. */
export const requiredText = /* @__PURE__ */ required(nonEmptyString);

/** The fields of a login: a two-factor code, when given, is sent after the password. */
export const loginRules = { username: requiredText, password: requiredText, twoFactorCode: nonEmptyString };

const isPem = (value: unknown): value is Pem => (typeof value === "string" || value instanceof Uint8Array) && value.length > 0;

/** A certificate or key: a non-empty PEM string or its bytes. Apart from `loginRules`, so that only the certificate login bundles it. */
export const pemRule: FieldRule = {
  mustBe: "a non-empty PEM string or its bytes",
  read: (value) => (isPem(value) ? value : undefined),
};

/** Certificates to trust (`ca`): one PEM (string or bytes) or a non-empty array of them. */
export const pemsRule: FieldRule = {
  mustBe: "a PEM string or its bytes, or a non-empty array of them",
  read: (value) => (isPem(value) || (Array.isArray(value) && value.length > 0 && value.every(isPem)) ? value : undefined),
};
