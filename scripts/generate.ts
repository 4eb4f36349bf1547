/**
 * Turns every specs/<provider>/openapi.yaml into packages/<provider>/src/generated/:
 *   schema.ts      types, by openapi-typescript (which bundles the spec with Redocly's resolver)
 *   codes.ts       one table per code schema: every value → description, outcome, HTTP status, …
 *   outcomes.ts    the same tables with each value's outcome alone, for the clients' main entry, and per
 *                  table a `<Schema>Codes` union of { code, outcome } literals for the result types
 *   operations.ts  per operation: what the runtime must know, the fields each answer's body documents,
 *                  its typed answers, and a call function
 *   extensions.ts  the spec's root-level `x-…` extensions, as constants
 *   fields.ts      per object schema, its string fields by type (plain text, or a named string schema)
 * and packages/testing/src/generated/<provider>.ts, every documented answer for the testing kit.
 *
 * `--check` writes nothing and fails when a committed file differs from what would be written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { renderCodes, renderOutcomes } from "./generate/codes.js";
import { renderExtensions } from "./generate/extensions.js";
import { renderFields } from "./generate/fields.js";
import { specDisagreementProblems } from "./generate/fidelity.js";
import { renderKit } from "./generate/kit.js";
import { renderOperations } from "./generate/operations.js";
import { outcomeRuleProblems, ruledCodes } from "./generate/outcome-rule.js";
import { listSpecs, readSpec, repoRoot } from "./generate/spec.js";

const header = (provider: string) =>
  `// Generated from specs/${provider}/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run \`npm run generate\`.\n`;

async function renderProvider(provider: string, specFile: string): Promise<Map<string, string>> {
  const spec = readSpec(specFile);
  const problems = specDisagreementProblems(spec);
  if (problems.length) throw new Error(`specs/${provider}/openapi.yaml:\n  ${problems.join("\n  ")}`);
  const types = astToString(await openapiTS(pathToFileURL(specFile), { silent: true }));
  return new Map([
    ["schema.ts", header(provider) + "/* eslint-disable */\n" + types],
    ["codes.ts", header(provider) + renderCodes(spec)],
    ["outcomes.ts", header(provider) + renderOutcomes(spec)],
    ["operations.ts", header(provider) + renderOperations(spec)],
    ["extensions.ts", header(provider) + renderExtensions(spec)],
    ["fields.ts", header(provider) + renderFields(spec)],
  ]);
}

/** Output folder → file name → content. */
async function renderAll(): Promise<Map<string, Map<string, string>>> {
  const outputs = new Map<string, Map<string, string>>();
  const kitFiles = new Map<string, string>();
  // The outcome rule holds across providers: the same words, the same outcome.
  const problems = outcomeRuleProblems(listSpecs().flatMap(({ provider, specFile }) => ruledCodes(provider, readSpec(specFile))));
  if (problems.length) throw new Error(`The outcome rule (scripts/generate/outcome-rule.ts) is broken:\n  ${problems.join("\n  ")}`);
  for (const { provider, specFile } of listSpecs()) {
    outputs.set(join(repoRoot, "packages", provider, "src", "generated"), await renderProvider(provider, specFile));
    kitFiles.set(`${provider}.ts`, header(provider) + renderKit(readSpec(specFile), provider));
  }
  outputs.set(join(repoRoot, "packages", "testing", "src", "generated"), kitFiles);
  return outputs;
}

async function main() {
  const check = process.argv.includes("--check");
  const drift: string[] = [];
  for (const [outDir, files] of await renderAll()) {
    const present = existsSync(outDir) ? readdirSync(outDir) : [];
    for (const stale of present.filter((name) => !files.has(name))) {
      if (check) drift.push(join(outDir, stale) + " (should not exist)");
      else rmSync(join(outDir, stale));
    }
    for (const [name, content] of files) {
      const path = join(outDir, name);
      const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
      if (current === content) continue;
      if (check) drift.push(path);
      else {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path, content);
      }
    }
    if (!check) console.log(`generated ${outDir.slice(repoRoot.length + 1)}: ${[...files.keys()].join(", ")}`);
  }
  if (drift.length > 0) {
    console.error(`Generated files are out of date with the specs; run \`npm run generate\`:\n  ${drift.join("\n  ")}`);
    process.exit(1);
  }
  if (check) console.log("generated files are in sync with the specs");
}

await main();
