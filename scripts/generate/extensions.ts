import type { Spec } from "./spec.js";

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());

/** Every root-level `x-…` extension of the spec as a constant (`x-cert-jurisdictions` → `certJurisdictions`). */
export function renderExtensions(spec: Spec): string {
  const entries = Object.entries(spec as Record<string, unknown>).filter(([key]) => key.startsWith("x-"));
  if (entries.length === 0) return "export {};\n";
  return entries
    .map(([key, value]) => `/** The spec's \`${key}\`. */\nexport const ${camel(key.slice(2))} = ${JSON.stringify(value, null, 2)} as const;\n`)
    .join("\n");
}
