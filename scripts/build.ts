/**
 * Builds every package to its publishable output: one ESM file per `exports` entry, bundled by
 * esbuild with every dependency left external (a single file imports faster than a tree of
 * modules), and declarations by tsc. Entries are read from each package.json's `exports`: every
 * condition but `source` and `types` names an output (`default`, and `node` where a subpath has a
 * Node-only build), bundled from the file of the same name under src/; `source` must be one of them.
 * A `bin` file `./dist/x.js` is built from `./src/x.ts` the same way.
 * A plain path (`./package.json`) is not built.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot } from "./generate/spec.js";

type Exports = Record<string, { source: string; types: string; default: string; [condition: string]: string } | string>;

/**
 * The outputs of one `exports` entry, each with its input. An entry with one output is built from its
 * `source`; an entry with several (a Node-only build beside the default) builds dist/<name>.js from
 * src/<name>.ts, and `source` must be one of those inputs.
 */
function outputs(entry: Exports[string]): { source: string; output: string }[] {
  if (typeof entry === "string") return [];
  return builtOutputs(entry);
}

function builtOutputs(entry: Exclude<Exports[string], string>): { source: string; output: string }[] {
  const built = Object.entries(entry)
    .filter(([condition]) => condition !== "source" && condition !== "types")
    .map(([, output]) => ({ source: srcOf(output), output }));
  if (built.length === 1) return [{ source: entry.source, output: built[0]!.output }];
  if (!built.some(({ source }) => source === entry.source)) throw new Error(`${entry.source} is not the input of any output of its entry`);
  return built;
}

const srcOf = (output: string) => output.replace(/^\.\/dist\//, "./src/").replace(/\.js$/, ".ts");

type Bin = Record<string, string>;

/** A `bin` file ./dist/<name>.js is built from src/<name>.ts, like an export's output. */
const binOutputs = (bin: Bin = {}) =>
  Object.values(bin).map((output) => ({ source: srcOf(output), output }));

// core first: the clients' declarations are checked against its built types.
const order = (name: string) => (name === "core" ? 0 : 1);
const packages = readdirSync(join(repoRoot, "packages")).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

for (const name of packages) {
  const dir = join(repoRoot, "packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: Exports; bin?: Bin };
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const built = [...Object.values(manifest.exports).flatMap(outputs), ...binOutputs(manifest.bin)];
  for (const { source, output } of built) {
    await build({
      entryPoints: [join(dir, source)],
      outfile: join(dir, output),
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      packages: "external",
      logLevel: "warning",
    });
  }
  execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.build.json"), "--emitDeclarationOnly"], { stdio: "inherit" });
  console.log(`built @operator-auth/${name}: ${built.map((b) => b.output).join(", ")}`);
}
