/**
 * `npm run check:changesets`, run by CI: every published package whose files changed since the last
 * release is named by a pending changeset. `changeset status` alone cannot tell: it fails only when
 * no changeset exists at all, and on a clone of main it compares main with itself. It is still run
 * here, for the pending changesets and their validation.
 *
 * The last release is the last commit that wrote a package's CHANGELOG.md (`changeset version` does,
 * and consumes the changesets); before the first release every file counts. A package's tests are
 * not shipped, so changes under its `test/` need no changeset.
 *
 * Checks the repository in the working directory.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot as toolRoot } from "./generate/spec.js";

const cwd = process.cwd();
const git = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

interface ReleasePlan {
  changesets: { id: string; releases: { name: string }[] }[];
}

function pendingChangesets(): ReleasePlan["changesets"] {
  const dir = mkdtempSync(join(tmpdir(), "operator-auth-changesets-"));
  try {
    const output = join(dir, "plan.json");
    execFileSync(join(toolRoot, "node_modules", ".bin", "changeset"), ["status", `--output=${output}`], { cwd, stdio: ["ignore", "ignore", "inherit"] });
    return (JSON.parse(readFileSync(output, "utf8")) as ReleasePlan).changesets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lastRelease = git("log", "-1", "--format=%H", "--", "packages/*/CHANGELOG.md");
// Git's empty tree: before the first release, every file of the history is a change.
const since = lastRelease || git("hash-object", "-t", "tree", "/dev/null");
const changedFiles = git("diff", "--name-only", since, "HEAD", "--", "packages").split("\n").filter(Boolean);

const named = new Set(pendingChangesets().flatMap((changeset) => changeset.releases.map((release) => release.name)));
const uncovered: string[] = [];
for (const dir of readdirSync(join(cwd, "packages"))) {
  const manifest = JSON.parse(readFileSync(join(cwd, "packages", dir, "package.json"), "utf8")) as { name: string; private?: boolean };
  if (manifest.private) continue;
  const shipped = changedFiles.filter((file) => file.startsWith(`packages/${dir}/`) && !file.startsWith(`packages/${dir}/test/`));
  if (shipped.length > 0 && !named.has(manifest.name)) uncovered.push(`${manifest.name}: ${shipped.join(", ")}`);
}

const range = lastRelease ? `since the release in ${lastRelease.slice(0, 12)}` : "before the first release";
if (uncovered.length > 0) {
  console.error(`Changed ${range} but named by no pending changeset (run \`npm run changeset\`):\n  ${uncovered.join("\n  ")}`);
  process.exit(1);
}
console.log(`changesets: every package changed ${range} is named by a pending changeset (${named.size} named).`);
