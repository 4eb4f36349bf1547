/** scripts/check-changesets.ts, run in a scratch repository through a release and the changes after it. */
import { spawnSync, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../scripts/generate/spec.js";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
let repo: string;

const write = (file: string, text: string) => {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const commit = (message: string) => {
  execFileSync("git", ["add", "-A"], { cwd: repo });
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", message], { cwd: repo });
};
const changeset = (id: string, names: string[]) =>
  write(`.changeset/${id}.md`, `---\n${names.map((name) => `"${name}": patch`).join("\n")}\n---\n\n${id}\n`);
const check = () => {
  const run = spawnSync(process.execPath, ["--import", tsx, join(repoRoot, "scripts", "check-changesets.ts")], { cwd: repo, encoding: "utf8" });
  return { code: run.status, output: run.stdout + run.stderr };
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "check-changesets-"));
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
  write("package.json", JSON.stringify({ name: "scratch", private: true }));
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write(".changeset/config.json", readFileSync(join(repoRoot, ".changeset", "config.json"), "utf8"));
  for (const name of ["a", "b"]) write(`packages/${name}/package.json`, JSON.stringify({ name: `@scratch/${name}`, version: "0.0.0" }));
  write("packages/internal/package.json", JSON.stringify({ name: "@scratch/internal", version: "0.0.0", private: true }));
  commit("first");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("check-changesets", () => {
  it("before the first release, fails for every published package no changeset names", () => {
    changeset("only-a", ["@scratch/a"]);
    commit("a changeset for a");
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain("@scratch/b: packages/b/package.json");
    expect(output).not.toContain("@scratch/a:");
    expect(output).not.toContain("@scratch/internal");
  });

  it("passes once every changed package is named", () => {
    changeset("b-too", ["@scratch/b"]);
    commit("a changeset for b");
    expect(check()).toMatchObject({ code: 0 });
  });

  it("after a release, fails for a package whose source changed without a changeset", () => {
    rmSync(join(repo, ".changeset", "only-a.md"));
    rmSync(join(repo, ".changeset", "b-too.md"));
    write("packages/a/CHANGELOG.md", "# @scratch/a\n\n## 0.0.1\n");
    write("packages/b/CHANGELOG.md", "# @scratch/b\n\n## 0.0.1\n");
    commit("version packages");
    expect(check()).toMatchObject({ code: 0 });

    write("packages/a/src/index.ts", "export const changed = true;\n");
    write("packages/b/test/b.test.ts", "// tests are not shipped\n");
    commit("change a's source and b's tests");
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain("@scratch/a: packages/a/src/index.ts");
    expect(output).not.toContain("@scratch/b:");
  });

  it("passes when the change comes with its changeset", () => {
    changeset("a-changed", ["@scratch/a"]);
    commit("changeset for the change to a");
    expect(check()).toMatchObject({ code: 0 });
  });
});
