/**
 * Every documented answer of an operation, for the testing kit: each served example of each
 * response (see kit-examples.ts), and, for a code that no example of the spec carries, the documented
 * body shape with that code (an example of the same field, the code put in its place).
 */
import { codeSchemas, type CodeRow } from "./codes.js";
import { servedExamples, type ExampleObject, type Schema } from "./kit-examples.js";
import { resolve } from "./kit-requests.js";
import type { Spec } from "./spec.js";

export interface KitAnswer {
  /** The example's name; a made-up answer is named by its code. */
  name: string;
  status: number;
  headers: Record<string, string>;
  /** A JSON value for a JSON media type, the text otherwise; absent when the response has no body. */
  body?: unknown;
  /** The code values the body carries, as strings. */
  codes: string[];
  /** True for an answer the spec gives no example of: the body of another answer with this code. */
  fromShape?: true;
  /**
   * Set when the documents give the code no status to serve it with (no HTTP status, no status list):
   * what the kit chose instead, so the answer is labelled as the kit's own.
   */
  kitChoice?: string;
}

type Media = { schema?: Schema; examples?: Record<string, ExampleObject> };
type Response = { content?: Record<string, Media>; headers?: Record<string, unknown>; "x-outcome"?: string };
export type Responses = Record<string, Response>;

/** The code tables a body field draws its values from, field by field, through $ref, anyOf, oneOf and allOf. */
function codeFields(spec: Spec, schema: Schema | undefined, tables: Set<string>, seen = new Set<unknown>()): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  if (!schema || seen.has(schema)) return fields;
  seen.add(schema);
  const resolved = resolve<Schema>(spec, schema);
  for (const part of ["allOf", "anyOf", "oneOf"] as const) {
    for (const branch of (resolved[part] as Schema[] | undefined) ?? []) {
      for (const [field, names] of codeFields(spec, branch, tables, seen)) fields.set(field, [...(fields.get(field) ?? []), ...names]);
    }
  }
  for (const [field, property] of Object.entries((resolved.properties as Record<string, Schema> | undefined) ?? {})) {
    const branches = (part: "anyOf" | "oneOf" | "allOf") => (property[part] as Schema[] | undefined) ?? [];
    const refs = [property, ...branches("anyOf"), ...branches("oneOf"), ...branches("allOf")]
      .map((s) => (typeof s.$ref === "string" ? s.$ref.replace("#/components/schemas/", "") : undefined))
      .filter((name): name is string => name !== undefined && tables.has(name));
    if (refs.length) fields.set(field, [...new Set([...(fields.get(field) ?? []), ...refs])]);
  }
  return fields;
}

/** An example that can lend its shape to a code without one: one per (response, media type, field holding a code). */
interface Template {
  status: number;
  type: string;
  headers: Record<string, string>;
  schema?: Schema;
  field: string;
  table: string;
  value: Record<string, unknown>;
  /** Every code the example carries (in any field). */
  codes: string[];
  /** Where this field's code is in `codes`. */
  index: number;
}

export interface OperationAnswers {
  answers: KitAnswer[];
  /** Each code's outcome, for the codes the answers carry. */
  outcomes: Record<string, string>;
}

/** `table code` for every code a served example anywhere in the spec carries: such a code has an example of its own. */
export function exemplifiedCodes(spec: Spec, operations: Responses[], validates: Parameters<typeof servedExamples>[2]): Set<string> {
  const tableNames = new Set(codeSchemas(spec).keys());
  const codes = new Set<string>();
  for (const responses of operations) {
    for (const response of Object.values(responses)) {
      for (const media of Object.values(response.content ?? {})) {
        const fields = codeFields(spec, media.schema, tableNames);
        for (const [, value] of servedExamples(media.examples, media.schema, validates)) {
          for (const [field, names] of fields) {
            const v = (value as Record<string, unknown> | null)?.[field];
            if (typeof v === "string" || typeof v === "number") for (const table of names) codes.add(`${table} ${v}`);
          }
        }
      }
    }
  }
  return codes;
}

type HeaderObject = { example?: unknown; schema?: Schema & { example?: unknown; examples?: unknown[]; enum?: unknown[] } };

/** The response's documented headers that have a value to send: an example, or a schema's example or single enum value. */
function documentedHeaders(spec: Spec, response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const { example, schema } = resolve<HeaderObject>(spec, header as HeaderObject);
    const value = example ?? schema?.example ?? schema?.examples?.[0] ?? (schema?.enum?.length === 1 ? schema.enum[0] : undefined);
    if (value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  return headers;
}

export function operationAnswers(
  spec: Spec,
  responses: Responses,
  exemplified: Set<string>,
  validates: Parameters<typeof servedExamples>[2],
): OperationAnswers {
  const tables = codeSchemas(spec);
  const tableNames = new Set(tables.keys());
  const rowOf = (table: string, code: string): CodeRow | undefined => tables.get(table)?.rows.get(code);
  const answers: KitAnswer[] = [];
  const outcomes: Record<string, string> = {};
  const templates: Template[] = [];

  for (const [statusText, response] of Object.entries(responses)) {
    const status = Number(statusText);
    const media = Object.entries(response.content ?? {});
    if (media.length === 0) {
      answers.push({ name: statusText, status, headers: documentedHeaders(spec, response), codes: [] });
      continue;
    }
    for (const [type, { schema, examples }] of media) {
      const fields = codeFields(spec, schema, tableNames);
      for (const [name, value] of servedExamples(examples, schema, validates)) {
        const codes: string[] = [];
        for (const [field, names] of fields) {
          const v = (value as Record<string, unknown> | null)?.[field];
          const table = names.find((t) => (typeof v === "string" || typeof v === "number") && rowOf(t, String(v)));
          if (!table) continue;
          codes.push(String(v));
          outcomes[String(v)] = rowOf(table, String(v))!.outcome;
          templates.push({ status, type, schema, headers: documentedHeaders(spec, response), field, table, value: value as Record<string, unknown>, codes, index: codes.length - 1 });
        }
        answers.push({ name, status, headers: { ...documentedHeaders(spec, response), "content-type": type }, body: value, codes });
      }
    }
  }

  // Failure or action codes no example of the spec carries: the documented body shape with that code.
  // (A success code without an example, such as an account category, changes nothing for an app.)
  const tableOrder = [...new Set(templates.map((t) => t.table))];
  const sessionCodes = new Set([...tables.values()].flatMap(({ rows }) => [...rows].filter(([, row]) => row.sessionProvided === true).map(([code]) => code)));
  for (const table of tableOrder) {
    const rows = [...tables.get(table)!.rows.values()];
    // A table whose rows give an HTTP status or a status list documents one for each of its codes; a row without it does not.
    const statusKeys = (["status", "statuses"] as const).filter((key) => rows.some((row) => row[key] !== undefined));
    for (const [code, row] of tables.get(table)!.rows) {
      if (row.outcome === "ok" || exemplified.has(`${table} ${code}`)) continue;
      const documentsStatus = statusKeys.every((key) => row[key] !== undefined);
      const made = fromShape(code, row, table, templates, rowOf, outcomes, validates, sessionCodes, documentsStatus);
      if (!made) continue;
      if (answers.some((a) => a.name === made.name)) made.name = `${templates.find((t) => t.table === table)!.field}=${code}`;
      outcomes[code] = row.outcome;
      answers.push(made);
    }
  }
  return { answers, outcomes };
}

/**
 * The code in the place of another code of its table, in an example of the same field. The example
 * chosen is, in order: one whose other codes are among the statuses the spec lists for the code
 * (`x-codes.*.statuses`), one whose code has the same outcome, one whose codes are all as much a
 * failure (or a success) as the code, else the first. A field that carried the description (or one of
 * the wordings) of the replaced code carries the new code's description. The result must validate, or there is none.
 */
function fromShape(
  code: string,
  row: CodeRow,
  table: string,
  templates: Template[],
  rowOf: (table: string, code: string) => CodeRow | undefined,
  outcomes: Record<string, string>,
  validates: Parameters<typeof servedExamples>[2],
  sessionCodes: Set<string>,
  documentsStatus: boolean,
): KitAnswer | undefined {
  const fits = templates.filter((t) => t.table === table && (typeof row.status !== "number" || row.status === t.status));
  const statuses = Array.isArray(row.statuses) ? (row.statuses as unknown[]).map(String) : [];
  const outcomeOf = (t: (typeof fits)[number]) => rowOf(t.table, String(t.value[t.field]))?.outcome;
  const failing = row.outcome !== "ok";
  // A failure is never put beside a code that hands out a session (Betfair's LIMITED_ACCESS).
  const givesSession = (t: (typeof fits)[number]) => t.codes.some((c) => sessionCodes.has(c));
  const template =
    fits.find((t) => statuses.length > 0 && t.codes.some((c) => statuses.includes(c))) ??
    fits.find((t) => outcomeOf(t) === row.outcome) ??
    fits.find((t) => t.codes.every((c) => (outcomes[c] !== "ok") === failing) && !(failing && givesSession(t))) ??
    fits[0];
  if (!template) return undefined;
  const replaced = rowOf(table, String(template.value[template.field]))!;
  const numeric = typeof template.value[template.field] === "number";
  const body: Record<string, unknown> = { ...template.value, [template.field]: numeric ? Number(code) : code };
  // The replaced code's wording (or one of its wordings, where the documents give two joined by " / ").
  const wordings = [replaced.description, ...replaced.description.split(" / ")];
  for (const [field, value] of Object.entries(body)) {
    if (field !== template.field && typeof value === "string" && wordings.includes(value)) body[field] = row.description;
  }
  if (!validates(template.schema, body)) return undefined;
  const codes = template.codes.map((c, index) => (index === template.index ? code : c));
  const answer: KitAnswer = { name: code, status: template.status, headers: { ...template.headers, "content-type": template.type }, body, codes, fromShape: true };
  if (!documentsStatus) {
    const others = codes.filter((c) => c !== code);
    answer.kitChoice =
      `The documents give ${code} no status; the kit serves it with HTTP ${template.status}` +
      (others.length ? ` and ${others.join(", ")}, as the answer it takes the shape of.` : ", the status of the answer it takes the shape of.");
  }
  return answer;
}
