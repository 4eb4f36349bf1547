// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/** The fields of `LoginRequest` the spec types as plain strings. */
export const LoginRequestTextFields = ["username","password"] as const;

/** The fields of `LoginResponse` the spec types as plain strings. */
export const LoginResponseTextFields = ["token","product"] as const;

/** The fields of `SessionResponse` the spec types as plain strings. */
export const SessionResponseTextFields = ["token","product"] as const;

/** The fields of `CertLoginRequest` the spec types as plain strings. */
export const CertLoginRequestTextFields = ["username","password"] as const;

/** The fields of `CertLoginResponse` the spec types as plain strings. */
export const CertLoginResponseTextFields = ["sessionToken"] as const;

/** The fields of `InteractiveRedirectCurrent` the spec types as plain strings. */
export const InteractiveRedirectCurrentTextFields = ["ssoid"] as const;

/** The fields of `InteractiveRedirectLegacy` the spec types as plain strings. */
export const InteractiveRedirectLegacyTextFields = ["productToken"] as const;
