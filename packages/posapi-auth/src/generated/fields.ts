// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/** The fields of `KeyValue` the spec types as plain strings. */
export const KeyValueTextFields = ["Key","Value"] as const;

/** The fields of `Error` the spec types as plain strings. */
export const ErrorTextFields = ["message"] as const;

/** The fields of `Fingerprint` the spec types as plain strings. */
export const FingerprintTextFields = ["superCookie"] as const;

/** The fields of `LoginRequest` the spec types as plain strings. */
export const LoginRequestTextFields = ["username","password","language","deviceId","handshakeSessionKey","ucid"] as const;

/** The fields of `LoginXmlRequest` the spec types as plain strings. */
export const LoginXmlRequestTextFields = ["username","password","language","deviceId","dateOfBirth","handshakeSessionKey","ucid"] as const;

/** The fields of `PidLoginRequest` the spec types as plain strings. */
export const PidLoginRequestTextFields = ["pid","username","password","language","deviceId","ucid"] as const;

/** The fields of `Balance` the spec types as plain strings. */
export const BalanceTextFields = ["accountCurrency"] as const;

/** The fields of `LoginResponse` the spec types as plain strings. */
export const LoginResponseTextFields = ["language","screenName","sessionToken","ssoToken","userName","userToken","superCookie"] as const;

/** The fields of `LoginResponse` the spec types as `PosDate`. */
export const LoginResponsePosDateFields = ["lastLoginUTC","lastLogoutUTC","serverTimeUTC"] as const;
