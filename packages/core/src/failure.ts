import type { FailureOutcome, Outcome } from "./outcome.js";

/**
 * A documented answer that is not a success: the HTTP status, the provider's code, its documented
 * description and what it means for the app, next to the body's own fields under their wire names.
 * A body field named `status` or `code` is carried by `code`, since `status` is the HTTP status here.
 */
export type Failure<Status extends number, Code, Body = {}> = Body extends unknown
  ? Omit<Body, "status" | "code"> & {
      ok: false;
      status: Status;
      /** The provider's code. A code the documents do not list arrives verbatim, with outcome `unknown`. */
      code: Code;
      /** The documents' description of `code`, present when the client was given `descriptions`. */
      description?: string;
      outcome: FailureOutcome;
    }
  : never;

/** Builds a `Failure`, with the body's fields first so that the HTTP status and code win. */
export function failure<Status extends number, Code, Body extends object>(
  status: Status,
  code: Code,
  body: Body,
  meaning: { description?: string; outcome: Outcome },
): Failure<Status, Code, Body> {
  // A failure status never means "ok"; a table that said so would be a spec error, read as unknown.
  const outcome: FailureOutcome = meaning.outcome === "ok" ? "unknown" : meaning.outcome;
  const described = meaning.description === undefined ? {} : { description: meaning.description };
  return { ...body, ok: false, status, code, ...described, outcome } as unknown as Failure<Status, Code, Body>;
}
