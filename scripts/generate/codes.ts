import { outcomes } from "../../packages/core/src/outcome.js";
import { propertyKey, type Schema, type Spec } from "./spec.js";

/** `why` explains the choice of outcome to spec readers; the runtime has no use for it. */
const specOnlyFields = new Set(["why"]);

export interface CodeRow {
  description: string;
  outcome: string;
  [field: string]: unknown;
}

/** Every schema that carries `x-codes`, checked and turned into rows keyed by the code. */
export function codeSchemas(spec: Spec): Map<string, { schema: Schema; rows: Map<string, CodeRow> }> {
  const tables = new Map<string, { schema: Schema; rows: Map<string, CodeRow> }>();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!schema["x-codes"]) continue;
    tables.set(name, { schema, rows: codeRows(name, schema) });
  }
  return tables;
}

function codeRows(name: string, schema: Schema): Map<string, CodeRow> {
  const values = schema.enum ?? [];
  const descriptions = schema["x-enum-descriptions"] ?? [];
  const codes = schema["x-codes"] ?? {};
  const problems: string[] = [];
  if (values.length === 0) problems.push("has x-codes but no enum");
  if (descriptions.length !== values.length) {
    problems.push(`has ${values.length} enum values but ${descriptions.length} x-enum-descriptions`);
  }
  const keys = values.map(String);
  if (new Set(keys).size !== keys.length) problems.push("lists an enum value twice");
  const missing = keys.filter((key) => !Object.hasOwn(codes, key));
  const extra = Object.keys(codes).filter((key) => !keys.includes(key));
  if (missing.length) problems.push(`x-codes lacks ${missing.join(", ")}`);
  if (extra.length) problems.push(`x-codes has ${extra.join(", ")}, which the enum does not`);
  const rows = new Map<string, CodeRow>();
  keys.forEach((key, index) => {
    const entry = codes[key] ?? {};
    const outcome = entry.outcome;
    if (typeof outcome !== "string" || !(outcomes as readonly string[]).includes(outcome)) {
      problems.push(`${key}: outcome ${JSON.stringify(outcome)} is not one of ${outcomes.join(", ")}`);
    }
    const extras = Object.entries(entry).filter(([field]) => field !== "outcome" && !specOnlyFields.has(field));
    rows.set(key, { description: descriptions[index] ?? "", outcome: String(outcome), ...Object.fromEntries(extras) });
  });
  if (problems.length) throw new Error(`components.schemas.${name}: ${problems.join("; ")}`);
  return rows;
}

export function renderCodes(spec: Spec): string {
  const out = ['import type { CodeTable } from "@operator-auth/core";', ""];
  for (const [name, { schema, rows }] of codeSchemas(spec)) {
    if (schema.description) out.push(`/** ${schema.description.trim().replace(/\*\//g, "*\\/").replace(/\n/g, "\n * ")} */`);
    out.push(`export const ${name} = {`);
    for (const [code, row] of rows) out.push(`  ${propertyKey(code)}: ${JSON.stringify(row)},`);
    out.push("} as const satisfies CodeTable;", "");
  }
  return out.join("\n");
}
