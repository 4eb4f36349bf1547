// Generated from specs/casino-gateway/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/** The fields of `LoginRequest` the spec types as plain strings. */
export const LoginRequestTextFields = ["user_name","email","password","language","brand_id"] as const;

/** The fields of `LoginSuccess` the spec types as plain strings. */
export const LoginSuccessTextFields = ["auth_token"] as const;

/** The fields of `LoginSuccess` the spec types as `IdentificationToken`. */
export const LoginSuccessIdentificationTokenFields = ["identification_token"] as const;

/** The fields of `LoginActionRequired` the spec types as plain strings. */
export const LoginActionRequiredTextFields = ["token"] as const;

/** The fields of `LoginActionRequired` the spec types as `IdentificationToken`. */
export const LoginActionRequiredIdentificationTokenFields = ["identification_token"] as const;

/** The fields of `InvalidInput` the spec types as plain strings. */
export const InvalidInputTextFields = ["errMsg"] as const;

/** The fields of `LoginRefusedResult` the spec types as `IdentificationToken`. */
export const LoginRefusedResultIdentificationTokenFields = ["identification_token"] as const;

/** The fields of `SecondFactorData` the spec types as plain strings. */
export const SecondFactorDataTextFields = ["mobile_number","2fa_auth_token"] as const;
