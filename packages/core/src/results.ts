import { OperatorAuthError } from "./errors.js";

/**
 * What a documented answer means for the app, named the same for every provider so that an app
 * serving several operators handles each situation once. `ok` is the one success outcome: the call
 * succeeded, or a value is reported inside a successful answer (a category, a post-login value). Every
 * other outcome is a failure's.
 */
export const outcomes = [
  "ok",
  "invalid-credentials",
  "second-factor-required",
  "action-required",
  "account-blocked",
  "location-blocked",
  "rate-limited",
  "session-invalid",
  "invalid-request",
  "unavailable",
  "unknown",
] as const;

export type Outcome = (typeof outcomes)[number];

/** The success outcome: what a spec's success value (`SUCCESS`, `OK`, …) and a success response's `x-outcome` say. */
export type SuccessOutcome = Extract<Outcome, "ok">;

/** Every outcome but `ok`: what a failed call can mean. */
export type FailureOutcome = Exclude<Outcome, SuccessOutcome>;

/** One documented code: the provider's own wording and what it means for the app. */
export interface CodeInfo {
  /** The documents' wording of the code (both wordings, joined by " / ", where they give two); empty when they give none. */
  readonly description: string;
  readonly outcome: Outcome;
  /** HTTP status the documents give for the code, when they give one. */
  readonly status?: number;
  /** Further facts the documents give per code (`group`, `values`, …), as the spec's `x-codes` states them. */
  readonly [fact: string]: unknown;
}

/** A code schema with everything the spec says of each code (a client's `./codes` subpath). */
export type CodeTable = { readonly [code: string]: CodeInfo };

/** A code schema with each code's outcome alone (a client's main entry). */
export interface OutcomeTable {
  readonly name: string;
  readonly outcomes: { readonly [code: string]: Outcome };
}

/** The full code tables by schema name, which a client takes to add each code's description to its results. */
export type Descriptions = { readonly [schema: string]: CodeTable };

/** Said of a code that no table knows: the code itself is still handed to the app verbatim. */
export const undocumentedCodeDescription = "This code is not in the provider's documentation.";

/**
 * Looks a code up in the given tables, first match wins. A code that none of them lists has outcome
 * `unknown`, so a code added by a provider is never lost. The description comes from `descriptions`
 * when the app passed them, and is left out otherwise.
 */
export function describeCode(
  code: string | number,
  tables: readonly OutcomeTable[],
  descriptions?: Descriptions,
): { description?: string; outcome: Outcome } {
  const key = String(code);
  let table: OutcomeTable | undefined;
  let outcome: Outcome | undefined;
  for (table of tables) if ((outcome = outcomeOf(table, key))) break;
  if (!outcome || !table) return descriptions ? { description: undocumentedCodeDescription, outcome: "unknown" } : { outcome: "unknown" };
  const description = documentedRow(descriptions, table, key)?.description;
  // A code the documents list without describing it has an empty description: the result carries none.
  return description ? { description, outcome } : { outcome };
}

/** A client's `descriptions`, bound once at its creation, so that its result builders name only the code and the tables. */
export interface Describe {
  /** What a code means, by the tables a result builder names: `describeCode` with the client's `descriptions`. */
  (code: string | number, tables: readonly OutcomeTable[]): { description?: string; outcome: Outcome };
  /** What the client's `descriptions` say of a code of `table`, if they list it: `documentedRow` with them. */
  row(table: OutcomeTable, code: string | number): CodeInfo | undefined;
}

export function describer(descriptions?: Descriptions): Describe {
  const describe = (code: string | number, tables: readonly OutcomeTable[]) => describeCode(code, tables, descriptions);
  describe.row = (table: OutcomeTable, code: string | number) => documentedRow(descriptions, table, code);
  return describe;
}

/** What the app's `descriptions` say of a code of `table`, if they list it. */
export function documentedRow(descriptions: Descriptions | undefined, table: OutcomeTable, code: string | number): CodeInfo | undefined {
  return ownEntry(descriptions?.[table.name], code);
}

/** The outcome a table gives a code, if it lists it. */
export function outcomeOf(table: OutcomeTable, code: string | number): Outcome | undefined {
  return ownEntry(table.outcomes, code);
}

/** A table's own entry for a code; hasOwn, not `in`: codes such as "constructor" must not hit Object.prototype. */
function ownEntry<Entry>(table: { readonly [code: string]: Entry } | undefined, code: string | number): Entry | undefined {
  return table && Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * Unpacks a generated outcome table. The generator writes each table as one short string rather than an
 * object literal, to keep the main entries small: groups joined by `|`, each an outcome's index in
 * `outcomes` (one base-36 digit) followed by its codes joined by `,`, where `a~b` stands for every integer
 * from a to b. Codes never hold `|`, `,` or `~` (the generator refuses them).
 */
export function outcomeTable<Name extends string, Outcomes extends { readonly [code: string]: Outcome }>(
  name: Name,
  packed: string,
): { readonly name: Name; readonly outcomes: Outcomes } {
  const table: { [code: string]: Outcome } = {};
  for (const group of packed.split("|")) {
    const outcome = outcomes[parseInt(group[0]!, 36)]!;
    for (const code of group.slice(1).split(",")) {
      const [from, to] = code.split("~") as [string, string?];
      if (to === undefined) table[from] = outcome;
      else for (let n = +from; n <= +to; n++) table[n] = outcome;
    }
  }
  return { name, outcomes: table as Outcomes };
}

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
  // Object.assign rather than `{ ...fields, ok: false, … }`: V8 builds an object literal that mixes
  // spreads and properties on a slow path, microseconds per result; every result and event of the
  // clients is built this way for that reason. `fields` never holds a `__proto__` key: bodies lose it
  // while they are parsed.
  return Object.assign({}, fields, { ok: false, status, code }, described, { outcome }) as Result;
}

/**
 * The fields of a parsed body that its schema documents (a generated `<operation>BodyFields` entry),
 * and nothing else: a result carries the documented fields and what the client adds, never a field a
 * server slipped in. A body of documented fields alone is returned as it is: the transport parsed it
 * for this call alone, without any `__proto__` key (see `parseJson`).
 */
export function documentedFields(body: unknown, fields: readonly string[] | undefined): Record<string, unknown> {
  if (typeof body !== "object" || body === null || !fields) return {};
  const record = body as Record<string, unknown>;
  // for-in: a parsed JSON value inherits no enumerable keys, and no key list is allocated.
  for (const key in record) {
    if (fields.includes(key)) continue;
    const picked: Record<string, unknown> = {};
    for (const field of fields) if (Object.hasOwn(record, field)) picked[field] = record[field];
    return picked;
  }
  return record;
}

/**
 * Reads the field of a documented body that the typed result relies on. A body without it is not the
 * documented shape, so the call fails with kind `unexpected-body` rather than returning a lie.
 */
interface FieldTypes {
  string: string;
  number: number;
  boolean: boolean;
}

export function requireField<T extends keyof FieldTypes>(
  body: unknown,
  fields: readonly string[],
  type: T,
  answer: { operation: string; status: number },
): { field: string; value: FieldTypes[T] } {
  const record = body as Record<string, unknown>;
  for (const field of fields) {
    const value = record?.[field];
    if (typeof value === type) return { field, value: value as FieldTypes[T] };
  }
  throw new OperatorAuthError(
    "unexpected-body",
    `${answer.operation}: HTTP ${answer.status} came without ${fields.map((f) => `a ${type} "${f}"`).join(" or ")}.`,
    answer,
  );
}
