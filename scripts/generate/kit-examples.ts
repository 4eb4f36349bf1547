/**
 * Which of a spec's examples the testing kit may serve: only those that validate against their
 * schema. A spec may keep a document's example verbatim even where it breaks the schema (to show
 * what the document printed); serving it would teach an app an answer the provider cannot give.
 * Every choice of example the kit makes goes through this file.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Spec } from "./spec.js";

export interface ExampleObject {
  value?: unknown;
  summary?: string;
  description?: string;
  [extension: `x-${string}`]: unknown;
}

export type Schema = Record<string, unknown>;

/** Validates values against the spec's schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
export function schemaValidator(spec: Spec): (schema: Schema | undefined, value: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  ajv.addSchema({ $id: "spec", components: spec.components ?? {} });
  const compiled = new Map<Schema, ReturnType<typeof ajv.compile>>();
  return (schema, value) => {
    if (!schema) return true;
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(rebase(schema) as Schema);
      compiled.set(schema, validate);
    }
    return validate(value) as boolean;
  };
}

/** A schema written inside the document, with its local `$ref`s pointed at the document added above. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `spec${value}` : rebase(value),
    ]),
  );
}

/** The named examples of one media type that the kit serves, in the spec's order. */
export function servedExamples(
  examples: Record<string, ExampleObject> | undefined,
  schema: Schema | undefined,
  validates: (schema: Schema | undefined, value: unknown) => boolean,
): [name: string, value: unknown][] {
  return Object.entries(examples ?? {})
    .filter(([, example]) => example.value !== undefined && validates(schema, example.value))
    .map(([name, example]) => [name, example.value]);
}
