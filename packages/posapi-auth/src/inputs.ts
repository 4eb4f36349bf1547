import {
  anyString,
  isHeaderValue,
  nonEmptyString,
  objectOf,
  readField,
  readInput,
  refuseInput,
  required,
  ruleOf,
  type FieldRule,
} from "@operator-auth/core";
import type { components } from "./generated/schema.js";
import { copyKeyValue, isKeyValue } from "./key-value.js";
import { formatPosDate, parsePosDate } from "./pos-date.js";
import type { PosApiSession } from "./session.js";

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
  /**
   * The password associated with the account. May be empty only when a `handshakeSessionKey` is sent: this
   * client's own rule; the document says only that with the key "the password-parameter can be empty".
   */
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

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** A username, PID or country code: a field that must be there and say something. */
const requiredName = /* @__PURE__ */ required(nonEmptyString);

/** Each pair is sent as its `Key` and `Value` alone. */
const keyValueList: FieldRule = {
  mustBe: "a list of { Key, Value } strings",
  read: (value) => (Array.isArray(value) && value.every(isKeyValue) ? value.map(copyKeyValue) : undefined),
};

const fingerprint = /* @__PURE__ */ objectOf({ superCookie: anyString, deviceDetails: keyValueList });

/** A `Date` is sent written `/Date(ms)/`; a string already written so is sent as it is. */
const posDate: FieldRule = {
  mustBe: "a valid Date or a string written /Date(ms)/",
  read: (value) => (isValidDate(value) ? formatPosDate(value) : typeof value === "string" && parsePosDate(value) ? value : undefined),
};

const loginFields = {
  username: requiredName,
  password: required(anyString),
  language: anyString,
  deviceId: anyString,
  dateOfBirth: posDate,
  handshakeSessionKey: anyString,
  ucid: anyString,
  fingerprint,
};

const pidLoginFields = {
  pid: requiredName,
  username: anyString,
  password: anyString,
  language: anyString,
  deviceId: anyString,
  ucid: anyString,
  fingerprint,
};

/** The Login body: the documented fields of the input, checked. */
export function loginBody(input: PosApiLoginInput): Schemas["LoginRequest"] {
  const body = readInput<Schemas["LoginRequest"]>("login", input, loginFields);
  if (body.password === "" && !body.handshakeSessionKey) throw refuseInput("login", "password may be empty only when a handshakeSessionKey is sent");
  return body;
}

/** The PID-Login body: the documented fields of the input, checked. */
export function pidLoginBody(input: PosApiPidLoginInput): Schemas["PidLoginRequest"] {
  return readInput<Schemas["PidLoginRequest"]>("loginWithPid", input, pidLoginFields);
}

export function requireCountryId(countryId: unknown): string {
  return readField("checkCountryBlock", "countryId", countryId, requiredName) as string;
}

/** An ISO 8601 date-time, as `JSON.stringify` writes a `Date` (`toISOString`), with `Z` or an offset. */
const isoDateTime = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** An expiry time is a `Date`, or the ISO 8601 string it becomes in JSON; either way the session gets a new `Date`. */
const expiryTime: FieldRule = {
  mustBe: "a valid Date or an ISO 8601 date-time string",
  read(value) {
    const date = value instanceof Date || (typeof value === "string" && isoDateTime.test(value)) ? new Date(value) : undefined;
    return isValidDate(date) ? date : undefined;
  },
};

/** Both tokens travel as header values, so they must be usable as such. */
const token = /* @__PURE__ */ required(ruleOf("a non-empty string of printable ASCII", isHeaderValue));

/** In the order of `PosApiSession`'s fields, which the session read from them keeps. */
const sessionRule = /* @__PURE__ */ required(
  objectOf({
    userToken: token,
    sessionToken: token,
    ssoToken: anyString,
    userTokenExpiresAt: required(expiryTime),
    sessionTokenExpiresAt: required(expiryTime),
  }),
);

/**
 * The session a call sends, as a new `PosApiSession`: both tokens must be usable as header values, and
 * each expiry time a valid `Date` or an ISO 8601 string (a session back from JSON). The given object is
 * only read, so a frozen session works.
 */
export function requireSession(operation: string, session: unknown): PosApiSession {
  return readField(operation, "session", session, sessionRule) as PosApiSession;
}
