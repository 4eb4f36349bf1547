/**
 * Fails when a module of packages/<name>/src imports itself back through other modules, types
 * included: a circle means two files each need the other, which no reader can follow one way. Imports
 * of another workspace package (`@operator-auth/core/…`) are followed to the file its `source` names.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { repoRoot } from "./generate/spec.js";

const packagesDir = join(repoRoot, "packages");

/** `@operator-auth/<name>[/subpath]` → the source file its package.json `exports` names. */
function workspaceSource(specifier: string): string | undefined {
  const match = /^@operator-auth\/([^/]+)(\/.+)?$/.exec(specifier);
  if (!match) return undefined;
  const dir = join(packagesDir, match[1]!);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: Record<string, { source?: string } | string> };
  const entry = manifest.exports[`.${match[2] ?? ""}`];
  return typeof entry === "object" && entry.source ? join(dir, entry.source) : undefined;
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith(".")) return workspaceSource(fileName) ?? [];
    const target = resolve(dirname(file), fileName).replace(/\.js$/, ".ts");
    return existsSync(target) ? [target] : [];
  });
}

const sources = readdirSync(packagesDir).flatMap((name) => {
  const src = join(packagesDir, name, "src");
  return existsSync(src) ? readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => join(src, f)) : [];
});

const circles: string[] = [];
const done = new Set<string>();
function visit(file: string, path: string[]): void {
  const at = path.indexOf(file);
  if (at >= 0) {
    const files = path.slice(at).map((f) => relative(repoRoot, f));
    circles.push([...files, files[0]].join(" → "));
    return;
  }
  if (done.has(file)) return;
  for (const next of importsOf(file)) visit(next, [...path, file]);
  done.add(file);
}
for (const file of sources) visit(file, []);

if (circles.length) {
  console.error(`Import circles in packages/*/src:\n  ${[...new Set(circles)].join("\n  ")}`);
  process.exit(1);
}
console.log(`no import circle among ${sources.length} source files`);
