/**
 * The matrix runs the packages as published, from `dist/`: this builds them with scripts/build.ts when
 * an output is missing or older than a source file or manifest.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../scripts/generate/spec.js";

const packagesDir = join(repoRoot, "packages");

function newestInput(dir: string): number {
  const sources = readdirSync(join(dir, "src"), { recursive: true, encoding: "utf8" }).map((file) => join(dir, "src", file));
  return Math.max(...[join(dir, "package.json"), ...sources].map((file) => statSync(file).mtimeMs));
}

/** Every file a package's `exports` names under dist/. */
function outputs(dir: string): string[] {
  const { exports } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: Record<string, string | Record<string, string>> };
  return Object.values(exports).flatMap((entry) =>
    // A plain path (`./package.json`) is not built.
    Object.entries(typeof entry === "string" ? {} : entry)
      .filter(([condition]) => condition !== "source")
      .map(([, file]) => join(dir, file)),
  );
}

/** Why the build is out of date, or `undefined` when every output is newer than every input. */
export function staleBuild(): string | undefined {
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name);
    const files = outputs(dir);
    const missing = files.find((file) => !existsSync(file));
    if (missing) return `${missing} is missing`;
    if (Math.min(...files.map((file) => statSync(file).mtimeMs)) < newestInput(dir)) return `packages/${name}/dist is older than its sources`;
  }
  return undefined;
}

/** Builds every package unless its dist/ is up to date. */
export function ensureBuilt(): void {
  const reason = staleBuild();
  if (!reason) return;
  console.log(`runtime matrix: building the packages (${reason})`);
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: repoRoot, stdio: "pipe", timeout: 300_000 });
}
