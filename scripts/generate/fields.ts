import type { Schema, Spec } from "./spec.js";

const schemaName = (ref: unknown) => (typeof ref === "string" ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined);

/**
 * The string fields of an object schema (its own properties and those of its `allOf` parts) by how the
 * spec types them: `Text` for a plain `type: string`, and per named string schema (PosAPI's `PosDate`)
 * the fields that refer to it. A field drawing from an `enum` is a code, not text.
 */
function stringFields(schema: Schema, spec: Spec, depth = 0): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (group: string, fields: string[]) => groups.set(group, [...new Set([...(groups.get(group) ?? []), ...fields])]);
  const schemas = spec.components?.schemas ?? {};
  for (const [field, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    const name = schemaName(property.$ref);
    const named = name ? schemas[name] : undefined;
    if (name && named?.type === "string" && !named.enum) add(name, [field]);
    else if (!name && property.type === "string" && !property.enum) add("Text", [field]);
  }
  if (depth < 16) {
    for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
      const name = schemaName(part.$ref);
      const resolved = name ? schemas[name] : part;
      if (resolved) for (const [group, fields] of stringFields(resolved, spec, depth + 1)) add(group, fields);
    }
  }
  return groups;
}

/** fields.ts: per object schema, its string fields by type (`<Schema>TextFields`, `<Schema>PosDateFields`, …). */
export function renderFields(spec: Spec): string {
  const out: string[] = [];
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    for (const [group, fields] of stringFields(schema, spec)) {
      const what = group === "Text" ? "as plain strings" : `as \`${group}\``;
      out.push(`/** The fields of \`${name}\` the spec types ${what}. */`, `export const ${name}${group}Fields = ${JSON.stringify(fields)} as const;`, "");
    }
  }
  return out.length ? out.join("\n") : "export {};\n";
}
