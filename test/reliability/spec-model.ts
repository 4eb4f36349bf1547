/**
 * What the specs say each operation may answer: the documented statuses, whether each carries a JSON
 * body and its schema with every `$ref` resolved, and the outcome the spec gives each code. Read from the
 * specs themselves, so the reliability suite judges the clients by the documents, not by the clients' own
 * generated tables.
 */
import { specCodes } from "../contract-cases.js";
import { specFile } from "../paths.js";
import { readSpec, specOperations } from "../../scripts/generate/spec.js";

/** The subset of JSON Schema the specs use for response bodies. */
export interface JsonSchema {
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  [keyword: string]: unknown;
}

export interface DocumentedAnswer {
  status: number;
  /** The JSON schema of the body, or `undefined` when the status is documented without a body. */
  schema: JsonSchema | undefined;
}

export interface SpecOperation {
  operationId: string;
  answers: DocumentedAnswer[];
  /** The documented statuses, for quick membership tests. */
  statuses: ReadonlySet<number>;
  /** The statuses documented with a JSON body. */
  jsonStatuses: ReadonlySet<number>;
  /** The first example of each status, as the spec gives it (used as a known-good body). */
  examples: Map<number, unknown>;
}

export interface SpecModel {
  provider: string;
  operations: Map<string, SpecOperation>;
  /** Every outcome the spec gives a code, in any code schema (a code may sit in several). */
  outcomesOfCode(code: unknown): ReadonlySet<string>;
}

const models = new Map<string, SpecModel>();

export function specModel(provider: string): SpecModel {
  const cached = models.get(provider);
  if (cached) return cached;
  const file = specFile(provider);
  const spec = readSpec(file);
  const schemas = (spec.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const operations = new Map<string, SpecOperation>();
  type Answers = Record<string, { content?: Record<string, { schema?: JsonSchema; examples?: Record<string, { value: unknown }> }> }>;
  for (const { operation } of specOperations<{ operationId?: string; responses?: Answers }>(spec)) {
    if (!operation.operationId) continue;
    const answers: DocumentedAnswer[] = [];
    const examples = new Map<number, unknown>();
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const json = response.content?.["application/json"];
      answers.push({ status: Number(status), schema: json?.schema ? resolve(json.schema, schemas) : undefined });
      const first = Object.values(json?.examples ?? {})[0];
      if (first) examples.set(Number(status), first.value);
    }
    operations.set(operation.operationId, {
      operationId: operation.operationId,
      answers,
      statuses: new Set(answers.map((a) => a.status)),
      jsonStatuses: new Set(answers.filter((a) => a.schema).map((a) => a.status)),
      examples,
    });
  }
  const codes = specCodes(file);
  const model: SpecModel = {
    provider,
    operations,
    outcomesOfCode: (code) => new Set((codes.get(String(code)) ?? []).map((row) => row.outcome)),
  };
  models.set(provider, model);
  return model;
}

/** The schema with every local `$ref` replaced by its target (the specs have no recursive schemas). */
function resolve(schema: JsonSchema, schemas: Record<string, JsonSchema>, depth = 0): JsonSchema {
  if (depth > 32) throw new Error("schema nesting too deep: a recursive $ref?");
  if (schema.$ref) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? schemas[name] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    return resolve(target, schemas, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v, schemas, depth + 1)]));
  }
  if (schema.items) out.items = resolve(schema.items, schemas, depth + 1);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const list = schema[key];
    if (list) out[key] = list.map((s) => resolve(s, schemas, depth + 1));
  }
  if (typeof schema.additionalProperties === "object") out.additionalProperties = resolve(schema.additionalProperties, schemas, depth + 1);
  return out;
}
