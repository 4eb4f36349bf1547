/** Every documented code of the casino gateway with all the spec says of it; `codeTables` describes results. */
export * from "./generated/codes.js";
