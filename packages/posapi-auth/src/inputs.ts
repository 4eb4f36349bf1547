import { isHeaderValue, OperatorAuthError } from "@operator-auth/core";
import type { components } from "./generated/schema.js";
import { formatPosDate, parsePosDate } from "./pos-date.js";
import { sessionOf, type PosApiSession } from "./session.js";

type Schemas = components["schemas"];

/** The fingerprint of the Login example; the document does not describe its fields. Default: not sent. */
export interface PosApiFingerprint {
  /** Shown as `"superSecretSuperCookie"` in the example. Default: not sent. */
  superCookie?: string;
  /** A key-value list; the example sends `dt` (`website`) and `os` (`Windows`). Default: not sent. */
  deviceDetails?: { Key: string; Value: string }[];
}

/** The Login body under its wire names. Only these fields travel; one left `undefined` is not sent (JSON has no undefined). */
export interface PosApiLoginInput {
  /** The username of the account. */
  username: string;
  /** The password associated with the account. May be empty only when a `handshakeSessionKey` is sent. */
  password: string;
  /** The two-letter language code. Default: not sent (PosAPI then uses the default language). */
  language?: string;
  /** The ID of a mobile device, associating the session with it. Default: not sent. */
  deviceId?: string;
  /** Mandatory for French labels (e.g. bwin.fr). A `Date`, or a string already written `/Date(ms)/`. Default: not sent. */
  dateOfBirth?: Date | string;
  /** Associates the login with an already available backend session (e.g. DanskeSpil). Default: not sent. */
  handshakeSessionKey?: string;
  /** Listed without a description. Default: not sent. */
  ucid?: string;
  /** Default: not sent. */
  fingerprint?: PosApiFingerprint;
}

/** The PID-Login body under its wire names. Only these fields travel; one left `undefined` is not sent. */
export interface PosApiPidLoginInput {
  /** The PID of a DanID based label. */
  pid: string;
  /** Required only when called directly after registration. Default: not sent. */
  username?: string;
  /** Required only when called directly after registration. Default: not sent. */
  password?: string;
  /** The two-letter language code. Default: not sent. */
  language?: string;
  /** The ID of a mobile device. Default: not sent. */
  deviceId?: string;
  /** Default: not sent. */
  ucid?: string;
  /** The fingerprint, as for Login. Default: not sent. */
  fingerprint?: PosApiFingerprint;
}

/** Messages name the field and the rule, never the value: a value may be a password or a token. */
const refuse = (operation: string, message: string) =>
  new OperatorAuthError("invalid-input", `${operation}: ${message}`, { operation });

function requireObject(operation: string, input: unknown, name?: string): Record<string, unknown> {
  if (typeof input !== "object" || input === null) throw refuse(operation, name ? `${name} must be an object.` : "expects an object.");
  return input as Record<string, unknown>;
}

function optionalStrings(operation: string, input: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    if (input[field] !== undefined && typeof input[field] !== "string") throw refuse(operation, `${field} must be a string.`);
  }
}

function requireFingerprint(operation: string, fingerprint: unknown): Schemas["Fingerprint"] | undefined {
  if (fingerprint === undefined) return undefined;
  const input = requireObject(operation, fingerprint, "fingerprint");
  optionalStrings(operation, input, ["superCookie"]);
  const details = input.deviceDetails;
  if (details !== undefined) {
    const valid =
      Array.isArray(details) &&
      details.every((entry) => typeof entry === "object" && entry !== null && typeof entry.Key === "string" && typeof entry.Value === "string");
    if (!valid) throw refuse(operation, "fingerprint.deviceDetails must be a list of { Key, Value } strings.");
  }
  return {
    superCookie: input.superCookie as string | undefined,
    deviceDetails: (details as { Key: string; Value: string }[] | undefined)?.map(({ Key, Value }) => ({ Key, Value })),
  };
}

function requireDateOfBirth(operation: string, date: unknown): string | undefined {
  if (date === undefined) return undefined;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return formatPosDate(date);
  if (typeof date === "string" && parsePosDate(date)) return date;
  throw refuse(operation, "dateOfBirth must be a valid Date or a string written /Date(ms)/.");
}

/** The Login body: the documented fields of the input, checked. */
export function loginBody(input: PosApiLoginInput): Schemas["LoginRequest"] {
  const operation = "login";
  const fields = requireObject(operation, input);
  if (typeof fields.username !== "string" || fields.username === "") throw refuse(operation, "username must be a non-empty string.");
  if (typeof fields.password !== "string") throw refuse(operation, "password must be a string.");
  optionalStrings(operation, fields, ["language", "deviceId", "handshakeSessionKey", "ucid"]);
  if (fields.password === "" && !fields.handshakeSessionKey) {
    throw refuse(operation, "password may be empty only when a handshakeSessionKey is sent.");
  }
  return {
    username: input.username,
    password: input.password,
    language: input.language,
    deviceId: input.deviceId,
    dateOfBirth: requireDateOfBirth(operation, fields.dateOfBirth),
    handshakeSessionKey: input.handshakeSessionKey,
    ucid: input.ucid,
    fingerprint: requireFingerprint(operation, fields.fingerprint),
  };
}

/** The PID-Login body: the documented fields of the input, checked. */
export function pidLoginBody(input: PosApiPidLoginInput): Schemas["PidLoginRequest"] {
  const operation = "loginWithPid";
  const fields = requireObject(operation, input);
  if (typeof fields.pid !== "string" || fields.pid === "") throw refuse(operation, "pid must be a non-empty string.");
  optionalStrings(operation, fields, ["username", "password", "language", "deviceId", "ucid"]);
  return {
    pid: input.pid,
    username: input.username,
    password: input.password,
    language: input.language,
    deviceId: input.deviceId,
    ucid: input.ucid,
    fingerprint: requireFingerprint(operation, fields.fingerprint),
  };
}

export function requireCountryId(countryId: unknown): string {
  if (typeof countryId !== "string" || countryId === "") {
    throw refuse("checkCountryBlock", "countryId must be a non-empty string (the two-letter country code).");
  }
  return countryId;
}

/** An ISO 8601 date-time, as `JSON.stringify` writes a `Date` (`toISOString`), with `Z` or an offset. */
const isoDateTime = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/**
 * The session a call sends, as a new `PosApiSession`: both tokens must be usable as header values, and
 * each expiry time a valid `Date` or an ISO 8601 string (a session back from JSON). The given object is
 * only read, so a frozen session works.
 */
export function requireSession(operation: string, session: unknown): PosApiSession {
  const fields = requireObject(operation, session, "session");
  for (const field of ["sessionToken", "userToken"]) {
    if (!isHeaderValue(fields[field])) throw refuse(operation, `session.${field} must be a non-empty string of printable ASCII.`);
  }
  if (fields.ssoToken !== undefined && typeof fields.ssoToken !== "string") throw refuse(operation, "session.ssoToken must be a string.");
  const expiry = (field: string): Date => {
    const value = fields[field];
    const date = value instanceof Date ? new Date(value) : typeof value === "string" && isoDateTime.test(value) ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw refuse(operation, `session.${field} must be a valid Date or an ISO 8601 date-time string.`);
    return date;
  };
  return sessionOf(fields as Pick<PosApiSession, "userToken" | "sessionToken" | "ssoToken">, expiry("userTokenExpiresAt"), expiry("sessionTokenExpiresAt"));
}
