/**
 * `@operator-auth/betfair-sso/cert` on Node.js: the certificate login (mutual TLS through undici, an
 * optional peer dependency loaded on the first call). Elsewhere the same subpath resolves to
 * `cert-unsupported.ts`, whose login throws kind `unsupported-runtime`.
 */
export { createBetfairCertLoginClient, type BetfairCertLoginClient, type BetfairCertLoginInput } from "./cert-login.js";
export type { BetfairCertLoginFailure, BetfairCertLoginResult, BetfairCertLoginSuccess } from "./client.js";
export type { Pem } from "./pem.js";
export { certLoginHosts } from "./options.js";
