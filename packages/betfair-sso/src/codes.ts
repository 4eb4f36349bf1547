/** Every documented code of Betfair Identity SSO with all the spec says of it; `codeTables` describes results. */
export * from "./generated/codes.js";
