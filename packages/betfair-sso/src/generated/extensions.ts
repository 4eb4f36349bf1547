// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/** The spec's `x-jurisdictions`. */
export const jurisdictions = {
  "global": "identitysso.betfair.com",
  "australia": "identitysso.betfair.com.au",
  "italy": "identitysso.betfair.it",
  "spain": "identitysso.betfair.es",
  "romania": "identitysso.betfair.ro",
  "sweden": "identitysso.betfair.se"
} as const;

/** The spec's `x-cert-jurisdictions`. */
export const certJurisdictions = {
  "global": "identitysso-cert.betfair.com",
  "italy": "identitysso-cert.betfair.it",
  "spain": "identitysso-cert.betfair.es",
  "romania": "identitysso-cert.betfair.ro",
  "sweden": "identitysso-cert.betfair.se"
} as const;
