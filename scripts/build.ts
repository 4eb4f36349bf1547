/**
 * Builds every package to its publishable output: one ESM file per `exports` entry, bundled by
 * esbuild with every dependency left external (a single file imports faster than a tree of
 * modules), and declarations by tsc. Entries are read from each package.json's `exports`: the
 * `source` condition names the input, `default` the output; a plain path (`./package.json`) is not built.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot } from "./generate/spec.js";

type Exports = Record<string, { source: string; types: string; default: string } | string>;

// core first: the clients' declarations are checked against its built types.
const order = (name: string) => (name === "core" ? 0 : 1);
const packages = readdirSync(join(repoRoot, "packages")).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

for (const name of packages) {
  const dir = join(repoRoot, "packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: Exports };
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const entries = Object.values(manifest.exports).filter((entry) => typeof entry === "object");
  for (const entry of entries) {
    await build({
      entryPoints: [join(dir, entry.source)],
      outfile: join(dir, entry.default),
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      packages: "external",
      logLevel: "warning",
    });
  }
  execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.build.json"), "--emitDeclarationOnly"], { stdio: "inherit" });
  console.log(`built @operator-auth/${name}: ${entries.map((e) => e.default).join(", ")}`);
}
