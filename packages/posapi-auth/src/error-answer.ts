import { describeCode, documentedRow, failure, requireField, type Descriptions, type Failure, type Outcome, type UnknownFailure } from "@operator-auth/core";
import { ErrorCode, type ErrorCodeCodes } from "./generated/outcomes.js";
import type { components } from "./generated/schema.js";
import { copyKeyValue, isKeyValue, type KeyValue } from "./key-value.js";

type Schemas = components["schemas"];

/**
 * The error body of the document: `code`, `message` and, for some codes, a key-value list `values`.
 * A result carries `message` and `values` only when they arrived in their documented types.
 */
export type PosApiErrorBody = Omit<Schemas["Error"], "code" | "message"> & { code: PosApiErrorCode; message?: string };

/** What an error body carries besides its code, each field only when of its documented type. */
export interface ErrorFields {
  message?: string;
  values?: KeyValue[];
}

/**
 * `message` and `values` of an error body, each only when of its documented type, and each key-value
 * entry as its `Key` and `Value` alone: a malformed answer loses them, never its code.
 */
function errorFields(body: unknown): ErrorFields {
  const { message, values } = body as { message?: unknown; values?: unknown };
  const fields: ErrorFields = {};
  if (typeof message === "string") fields.message = message;
  if (Array.isArray(values)) fields.values = values.filter(isKeyValue).map(copyKeyValue);
  return fields;
}

/** A documented error code, or any other number PosAPI may send one day (kept verbatim, outcome `unknown`). */
export type PosApiErrorCode = Schemas["ErrorCode"] | (number & {});

/**
 * A documented answer that is not a success, one branch per documented error code (its outcome a
 * literal) and an `unknown` branch for any other code, with the body's `message` and `values` passed
 * through; `description` is there when the client was given `descriptions`.
 */
export type PosApiFailure<Status extends number> =
  | Failure<Status, ErrorCodeCodes, PosApiErrorBody>
  | UnknownFailure<Status, number, PosApiErrorBody>;

interface Meaning {
  readonly status: number;
  readonly message: string;
}

/**
 * The outcome of an error code and, when `descriptions` are given, its documented description in an
 * answer with this HTTP status. Most codes have one. A code the document lists twice with two wordings
 * carries `meanings` in the full table (201, 630): the one with this HTTP status is taken; when two
 * share the status, the one whose wording the answer's own message carries; failing that, the code's
 * description, which names both. The outcome is the code's own either way.
 */
function describeErrorCode(code: number, status: number, message: unknown, descriptions?: Descriptions): { description?: string; outcome: Outcome } {
  const meaning = describeCode(code, [ErrorCode], descriptions);
  const meanings = documentedRow(descriptions, ErrorCode, code)?.meanings as readonly Meaning[] | undefined;
  if (!meanings) return meaning;
  const withStatus = meanings.filter((m) => m.status === status);
  const chosen = withStatus.length === 1 ? withStatus[0] : withStatus.find((m) => m.message === message);
  return chosen ? { description: chosen.message, outcome: meaning.outcome } : meaning;
}

/**
 * Reads an error body's `code` and turns the answer into a failure, described from `descriptions` when
 * given; a body without a numeric code throws `unexpected-body`. The failure carries the body's
 * `message` and `values`, or what `withFields` makes of them (the country rule of a 403).
 */
export function errorAnswer<Status extends number, Result = PosApiFailure<Status>>(
  operation: string,
  status: Status,
  body: unknown,
  descriptions?: Descriptions,
  withFields: (fields: ErrorFields) => object = (fields) => fields,
): Result {
  const { value: code } = requireField(body, ["code"], "number", { operation, status });
  const fields = errorFields(body);
  return failure(status, code, withFields(fields), describeErrorCode(code, status, fields.message, descriptions));
}
