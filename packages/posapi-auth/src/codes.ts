/**
 * Every documented code of PosAPI Authentication with all the document says of it (description, HTTP
 * status, group, the two wordings of 201 and 630, the workflows' endpoints, …); pass `codeTables` as the
 * client's `descriptions` to have results described.
 */
export * from "./generated/codes.js";
