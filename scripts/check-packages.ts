/**
 * Checks every publishable package the way a consumer meets it: packs it, lints the tarball with
 * publint (strict) and Are the Types Wrong (esm-only), then installs it with npm into a fresh project
 * of its own, with nothing but its published dependencies, type-checks a usage file under strict
 * TypeScript with `moduleResolution` node16 and bundler, and runs it against a Prism mock (given the
 * mock's URL and the repository root, where the usage files find test fixtures); a package without a
 * spec, such as the testing kit, runs on its own. Last, every published `.d.ts` of every package and
 * subpath is type-checked under `skipLibCheck: false` in a Node.js-only and in a DOM-only project.
 *
 * Expects `npm run build` to have run.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./generate/spec.js";
import { startPrism } from "../test/prism.js";
import { specFile } from "../test/paths.js";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const packagesDir = join(repoRoot, "packages");
const packages = readdirSync(packagesDir)
  .map((dir) => ({ dir: join(packagesDir, dir), manifest: JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

const work = mkdtempSync(join(tmpdir(), "operator-auth-packages-"));
const tarballs = new Map<string, string>();
let failed = false;
const report = (ok: boolean, what: string, detail = "") => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail && !ok ? "\n" + detail : ""}`);
  if (!ok) failed = true;
};
const attempt = (what: string, action: () => void) => {
  try {
    action();
    report(true, what);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    report(false, what, [e.stdout, e.stderr].filter(Boolean).join("\n") || e.message);
  }
};

for (const { dir, manifest } of packages) {
  const out = run(bin("pnpm"), ["pack", "--pack-destination", work], dir).trim().split("\n");
  tarballs.set(manifest.name, out.find((line) => line.endsWith(".tgz"))!.trim());
}

for (const { dir, manifest } of packages) {
  const tarball = tarballs.get(manifest.name)!;
  attempt(`${manifest.name}: publint --strict`, () => run(bin("publint"), ["run", tarball, "--strict"], dir));
  attempt(`${manifest.name}: attw --profile esm-only`, () => run(bin("attw"), [tarball, "--profile", "esm-only"], dir));
}

// One consumer project per client, holding only that client's tarball and the tarballs of the
// workspace packages it depends on, as npm would fetch them once published.
const consumersDir = join(repoRoot, "test", "consumers");
for (const usage of readdirSync(consumersDir).filter((file) => file.endsWith(".ts"))) {
  const provider = usage.replace(/\.ts$/, "");
  const name = `@operator-auth/${provider}`;
  const { manifest } = packages.find((p) => p.manifest.name === name) ?? {};
  if (!manifest) {
    report(false, `${name}: no package for test/consumers/${usage}`);
    continue;
  }
  const project = join(work, `consumer-${provider}`);
  const workspaceDeps = Object.keys(manifest.dependencies ?? {}).filter((dep) => tarballs.has(dep));
  const dependencies = Object.fromEntries([name, ...workspaceDeps].map((dep) => [dep, `file:${tarballs.get(dep)}`]));
  cpSync(join(consumersDir, usage), join(project, "usage.ts"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: `consumer-${provider}`, private: true, type: "module", dependencies }, null, 2));
  attempt(`${name}: npm install from tarballs`, () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], project),
  );
  for (const moduleResolution of ["node16", "bundler"] as const) {
    const module = moduleResolution === "node16" ? "node16" : "esnext";
    writeFileSync(
      join(project, `tsconfig.${moduleResolution}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true, target: "es2022", module, moduleResolution, lib: ["es2022", "dom"], skipLibCheck: false,
          types: ["node"], typeRoots: [join(repoRoot, "node_modules", "@types")], outDir: `out-${moduleResolution}`,
        },
        files: ["usage.ts"],
      }),
    );
    attempt(`${name}: type-checks and compiles (strict, moduleResolution ${moduleResolution})`, () =>
      run(process.execPath, [join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", `tsconfig.${moduleResolution}.json`], project),
    );
  }
  const compiled = join(project, "out-node16", "usage.js");
  if (existsSync(compiled) && !existsSync(specFile(provider))) {
    // A package with no spec of its own (the testing kit) brings its own mock.
    attempt(`${name}: runs`, () => {
      process.stdout.write(run(process.execPath, [compiled], project).trimEnd().replace(/^/gm, "     ") + "\n");
    });
  } else if (existsSync(compiled)) {
    const mock = await startPrism(specFile(provider));
    try {
      attempt(`${name}: runs against Prism`, () => {
        const output = run(process.execPath, [compiled, mock.url, repoRoot], project);
        process.stdout.write(output.trimEnd().replace(/^/gm, "     ") + "\n");
      });
    } finally {
      await mock.stop();
    }
  }
}

// Every published .d.ts, every package and subpath at once, under `skipLibCheck: false`: in a Node.js
// project without the DOM lib, and in a browser project without Node's types. The optional peers are
// installed too, as an app that uses those subpaths has them.
{
  const project = join(work, "consumer-types");
  const published = packages.map(({ manifest }) => manifest as { name: string; exports: Record<string, unknown>; peerDependencies?: Record<string, string> });
  const dependencies = Object.fromEntries([
    ...published.map(({ name }) => [name, `file:${tarballs.get(name)}`]),
    ...published.flatMap(({ peerDependencies = {} }) => Object.entries(peerDependencies)),
  ]);
  const subpaths = published.flatMap(({ name, exports }) =>
    Object.keys(exports)
      .filter((subpath) => subpath !== "./package.json")
      .map((subpath) => name + subpath.slice(1)),
  );
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer-types", private: true, type: "module", dependencies }, null, 2));
  const typesFile = (entries: string[]) => entries.map((specifier, i) => `export type * as entry${i} from "${specifier}";`).join("\n") + "\n";
  writeFileSync(join(project, "types.dom.ts"), typesFile(subpaths));
  // msw 2's own .d.ts name DOM types (RequestInfo, BodyInit, MessageEvent), so its adapter is checked with the DOM lib only.
  writeFileSync(join(project, "types.node.ts"), typesFile(subpaths.filter((specifier) => specifier !== "@operator-auth/testing/msw")));
  attempt("every package: npm install from tarballs, with the optional peers", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], project),
  );
  const projects = {
    "Node.js only (lib ES2022, types node, no DOM; all but testing/msw)": { lib: ["es2022"], types: ["node"] },
    "DOM only (lib ES2022 and DOM, no Node types)": { lib: ["es2022", "dom", "dom.iterable"], types: [] },
  };
  for (const [what, { lib, types }] of Object.entries(projects)) {
    for (const moduleResolution of ["node16", "bundler"] as const) {
      const runtime = types.length ? "node" : "dom";
      const config = `tsconfig.${runtime}.${moduleResolution}.json`;
      writeFileSync(
        join(project, config),
        JSON.stringify({
          compilerOptions: {
            strict: true, target: "es2022", module: moduleResolution === "node16" ? "node16" : "esnext", moduleResolution, lib, types,
            typeRoots: [join(repoRoot, "node_modules", "@types")], skipLibCheck: false, noEmit: true,
          },
          files: [`types.${runtime}.ts`],
        }),
      );
      attempt(`every package and subpath: .d.ts type-check, ${what}, skipLibCheck false, moduleResolution ${moduleResolution}`, () =>
        run(process.execPath, [join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", config], project),
      );
    }
  }
}

rmSync(work, { recursive: true, force: true });
if (failed) process.exit(1);
