import type { Outcome } from "./outcome.js";

/** One documented code and its outcome: a member of a generated `<Schema>Codes` union. */
export interface CodeOutcome {
  readonly code: string | number | null;
  readonly outcome: Outcome;
}

/** The fields spelled out one by one, so that editors show a result rather than an intersection. */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

/** A documented success: `ok`, its status (an HTTP status, or the provider's own) and outcome `ok`, then the answer's fields. */
export type Success<Status, Fields extends object = {}> = Flat<{ ok: true; status: Status; outcome: "ok" } & Fields>;

type FailureFields<Status, Code, FailureOutcome, Body> = Flat<
  Omit<Body, "status" | "code" | "description" | "outcome" | "ok"> & {
    ok: false;
    status: Status;
    /** The provider's code, verbatim. */
    code: Code;
    /** The documents' description of `code`, present when the client was given `descriptions`. */
    description?: string;
    outcome: FailureOutcome;
  }
>;

/**
 * A documented answer that is not a success: one branch per documented code, each with its code and
 * outcome as literals next to the body's documented fields under their wire names, so that narrowing on
 * `outcome` (or on `code` once `unknown` is ruled out) reaches that answer's body. A body field named
 * `status` or `code` is carried by `code`, since `status` is the HTTP status here.
 */
export type Failure<Status extends number, Codes extends CodeOutcome, Body = {}> = Codes extends unknown
  ? FailureFields<Status, Codes["code"], Exclude<Codes["outcome"], "ok">, Body>
  : never;

/**
 * The branch of a code the documents do not list: `outcome` is `"unknown"` and `code` the provider's code
 * verbatim. Its `code` type (`string & {}`, `number & {}`) keeps the documented codes in autocomplete;
 * rule this branch out with `outcome !== "unknown"` (or narrow on `outcome` first) before comparing `code`.
 */
export type UnknownFailure<Status extends number, Code extends string | number, Body = {}> = FailureFields<
  Status,
  Code extends string ? string & {} : number & {},
  "unknown",
  Body
>;

/**
 * Builds a failure from the body's documented fields (see `documentedFields`): the HTTP status, the code,
 * its description when there is one and its outcome always win over a body field of the same name.
 */
export function failure<Result>(
  status: number,
  code: string | number | null,
  fields: object,
  meaning: { description?: string; outcome: Outcome },
): Result {
  // A failure status never means "ok"; a table that said so would be a spec error, read as unknown.
  const outcome = meaning.outcome === "ok" ? "unknown" : meaning.outcome;
  const described = meaning.description === undefined ? {} : { description: meaning.description };
  // Object.assign rather than `{ ...fields, ok: false, … }`: V8 builds an object literal that starts
  // with a spread and goes on with properties on a slow path, microseconds per result. `fields` never
  // holds a `__proto__` key: bodies lose it while they are parsed.
  return Object.assign({}, fields, { ok: false, status, code }, described, { outcome }) as Result;
}
