import { outcomes } from "../../packages/core/src/results.js";
import { descriptionProblems } from "./fidelity.js";
import { propertyKey, type Schema, type Spec } from "./spec.js";

/**
 * Notes for the spec's readers, which the portal shows and the runtime tables leave out: `why` explains
 * the choice of outcome, `descriptionFrom` says which document a description was taken from, `remark` is
 * any other note of the spec's author (a disagreement, a spelling kept as written), `described: false` is
 * the spec lint's mark of a code the documents list without a description.
 */
export const specOnlyFields = new Set(["why", "remark", "descriptionFrom", "described"]);

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
    for (const problem of descriptionProblems(descriptions[index] ?? "", entry.described)) problems.push(`${key}: ${problem}`);
    const extras = Object.entries(entry).filter(([field]) => field !== "outcome" && !specOnlyFields.has(field));
    rows.set(key, { description: descriptions[index] ?? "", outcome: String(outcome), ...Object.fromEntries(extras) });
  });
  if (problems.length) throw new Error(`components.schemas.${name}: ${problems.join("; ")}`);
  return rows;
}

const docComment = (schema: Schema) =>
  schema.description ? `/** ${schema.description.trim().replace(/\*\//g, "*\\/").replace(/\n/g, "\n * ")} */` : "";

/**
 * codes.ts, for the `./codes` subpath: every code with all the spec says of it (description, outcome,
 * status, group, …), and `codeTables`, which a client takes to describe the codes it returns.
 */
export function renderCodes(spec: Spec): string {
  const tables = codeSchemas(spec);
  const out = ['import type { CodeTable } from "@operator-auth/core";', ""];
  for (const [name, { schema, rows }] of tables) {
    out.push(docComment(schema), `export const ${name} = {`);
    for (const [code, row] of rows) out.push(`  ${propertyKey(code)}: ${JSON.stringify(row)},`);
    out.push("} as const satisfies CodeTable;", "");
  }
  out.push("/** Every table above by its schema name: pass it as a client's `descriptions` option. */");
  out.push(`export const codeTables = { ${[...tables.keys()].join(", ")} } as const;`, "");
  return out.join("\n");
}

/**
 * outcomes.ts, for the main entry: each code's outcome and nothing else, so that an app which never
 * shows a description does not carry the documents' wording in its bundle.
 */
export function renderOutcomes(spec: Spec): string {
  const schemas = codeSchemas(spec);
  // Integer codes are packed (their runs shrink to ranges); a table of names gains nothing from packing.
  const packed = (rows: Map<string, CodeRow>) => [...rows.keys()].every((code) => /^-?\d+$/.test(code));
  const used = [...schemas.values()].some(({ rows }) => packed(rows)) ? ["outcomeTable"] : [];
  const out = [`import { ${[...used, "type OutcomeTable"].join(", ")} } from "@operator-auth/core";`, ""];
  for (const [name, { schema, rows }] of schemas) {
    const byCode = JSON.stringify(Object.fromEntries([...rows].map(([code, row]) => [code, row.outcome])));
    const table = packed(rows)
      ? `/* @__PURE__ */ outcomeTable<${JSON.stringify(name)}, Readonly<${byCode}>>(${JSON.stringify(name)}, ${JSON.stringify(packOutcomes(rows))})`
      : `{ name: ${JSON.stringify(name)}, outcomes: ${byCode} } as const satisfies OutcomeTable`;
    out.push(docComment(schema), `export const ${name} = ${table};`, "");
    out.push(...renderCodeUnion(name, schema, rows), "");
  }
  return out.join("\n");
}

/**
 * The packed form `outcomeTable` of core unpacks: per outcome, its index in `outcomes` (one base-36 digit)
 * then its codes joined by `,`, a run of three or more consecutive integers written `first~last`; groups
 * joined by `|`. A code holding one of those separators is refused rather than packed wrong.
 */
export function packOutcomes(rows: Map<string, CodeRow>): string {
  const groups = new Map<string, string[]>();
  for (const [code, { outcome }] of rows) {
    if (/[|,~]/.test(code)) throw new Error(`code ${JSON.stringify(code)} holds a separator of the packed outcome table`);
    groups.set(outcome, [...(groups.get(outcome) ?? []), code]);
  }
  const integer = (code: string) => String(Number.parseInt(code, 10)) === code;
  return [...groups]
    .map(([outcome, codes]) => {
      const index = (outcomes as readonly string[]).indexOf(outcome).toString(36);
      if (!codes.every(integer)) return index + codes.join(",");
      const sorted = codes.map(Number).sort((a, b) => a - b);
      const parts: string[] = [];
      for (let i = 0; i < sorted.length; ) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
        if (j - i >= 2) parts.push(`${sorted[i]}~${sorted[j]}`);
        else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
        i = j + 1;
      }
      return index + parts.join(",");
    })
    .join("|");
}

/**
 * `<Schema>Codes`: one member per documented code, its code and outcome as literals. The result types
 * build one branch per member from it, so that narrowing on `outcome` or `code` reaches the branch's body.
 * Types only: it costs the bundle nothing.
 */
function renderCodeUnion(name: string, schema: Schema, rows: Map<string, CodeRow>): string[] {
  const numeric = schema.type === "integer" || schema.type === "number";
  const members = [...rows].map(([code, row]) => {
    const literal = numeric ? code : JSON.stringify(code);
    return `  | { readonly code: ${literal}; readonly outcome: ${JSON.stringify(row.outcome)} }`;
  });
  return [`/** Each code of \`${name}\` with its outcome. */`, `export type ${name}Codes =`, ...members, "  ;"];
}
