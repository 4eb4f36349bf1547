/**
 * Every TypeScript block of every README (the root one and each package's) compiles as a user would paste
 * it: strict, against the built packages (their `exports` and `.d.ts`, as installed), under
 * `moduleResolution` `bundler` and `node16`. Each block is its own ES module; the names a block uses
 * without defining them (the app's own `password`, `show`, …) are declared in front of it from the
 * prelude below, only where the block does not define them itself.
 *
 * Expects `npm run build` to have run (`npm test` builds before it tests).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/generate/spec.js";

/** What an app around a snippet would have: one declaration per free name the READMEs use. */
const prelude: Record<string, string> = {
  password: "declare const password: string;",
  username: "declare const username: string;",
  email: "declare const email: string;",
  appKey: "declare const appKey: string;",
  accessId: "declare const accessId: string;",
  token: "declare const token: string;",
  twoFactorCode: "declare const twoFactorCode: string | undefined;",
  twoFactorToken: "declare const twoFactorToken: string | undefined;",
  cert: "declare const cert: string;",
  key: "declare const key: string;",
  postedBody: "declare const postedBody: string;",
  input: "declare const input: unknown;",
  client: "declare const client: { login(input: unknown): Promise<unknown> };",
  options: 'declare const options: import("@operator-auth/posapi-auth").PosApiClientOptions;',
  result: 'declare const result: import("@operator-auth/casino-gateway").CasinoLoginResult;',
  session: 'declare const session: import("@operator-auth/posapi-auth").PosApiSession;',
  useSession: "declare function useSession(token: string): void;",
  show: "declare function show(...facts: unknown[]): void;",
  use: "declare function use(token: string): void;",
  signOut: "declare function signOut(...why: unknown[]): void;",
  verifyMobile: "declare function verifyMobile(maskedNumber: string): void;",
  actFirst: "declare function actFirst(code: string, token: string): void;",
  limited: "declare function limited(code: string, outcome: string, token?: string): void;",
  waitSeconds: "declare function waitSeconds(seconds: number): void;",
  retryLater: "declare function retryLater(...reasons: unknown[]): void;",
  redirectTo: "declare function redirectTo(url: string | undefined): void;",
  keep: "declare function keep(session: object): void;",
  greet: "declare function greet(screenName: string | undefined, lastLogin: Date | undefined): void;",
  sso: 'declare const sso: import("@operator-auth/betfair-sso").BetfairSsoClient;',
  request: "declare const request: Request;",
  requestId: "declare const requestId: string;",
  baseUrl: "declare const baseUrl: string;",
  encryptionKey: "declare const encryptionKey: Uint8Array;",
  credentials: "declare const credentials: { username: string; password: string };",
  newCredentials: "declare const newCredentials: { username: string; password: string };",
  userId: "declare const userId: string;",
  r: 'declare const r: import("@operator-auth/posapi-auth").PosApiLoginSuccess;',
  onEvent: 'declare function onEvent(event: import("@operator-auth/sessions").RegistryEvent<object>): void;',
  Order: "type Order = { market: string; stake: number };",
  exchange: "declare const exchange: { placeOrders(token: string, orders: Order[]): Promise<{ error?: string }> };",
  callExchange: "declare function callExchange(token: string, event: unknown): Promise<unknown>;",
  mock: 'declare const mock: import("@operator-auth/testing").MockServer<"betfair-sso">;',
  complete: "declare function complete(workflow: { id: number; outcome: string }, session: object): void;",
};

interface Snippet {
  readme: string;
  /** 1-based line of the block's first code line in the README. */
  line: number;
  code: string;
}

const readmes = [join(repoRoot, "README.md"), ...readdirSync(join(repoRoot, "packages")).map((dir) => join(repoRoot, "packages", dir, "README.md"))].filter(
  (file) => existsSync(file),
);

/** Every ```ts block (a list item's indented ones too), without its indentation. */
function snippetsOf(readme: string): Snippet[] {
  const lines = readFileSync(readme, "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(?:ts|typescript)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!;
    const end = lines.findIndex((line, j) => j > i && line.trimEnd() === `${indent}\`\`\``);
    if (end < 0) throw new Error(`${readme}:${i + 1}: a TypeScript block is not closed`);
    const code = lines.slice(i + 1, end).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
    snippets.push({ readme: relative(repoRoot, readme), line: i + 2, code: code.join("\n") });
    i = end;
  }
  return snippets;
}

/** The names a module defines at its top level: imports, variables, functions, classes. */
function topLevelNames(code: string): Set<string> {
  const source = ts.createSourceFile("snippet.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) addBinding(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

const snippets = readmes.flatMap(snippetsOf);
const workDir = join(repoRoot, "node_modules", ".cache", "readme-snippets");

/** Writes each snippet as a module with its prelude; returns the files and where each snippet starts in them. */
function writeSnippets(dir: string): Map<string, { snippet: Snippet; offset: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const files = new Map<string, { snippet: Snippet; offset: number }>();
  snippets.forEach((snippet, index) => {
    const defined = topLevelNames(snippet.code);
    const declarations = Object.entries(prelude)
      .filter(([name]) => !defined.has(name))
      .map(([, declaration]) => declaration);
    const file = join(dir, `snippet-${index}.ts`);
    writeFileSync(file, `${declarations.join("\n")}\n${snippet.code}\nexport {};\n`);
    files.set(file, { snippet, offset: declarations.length + 1 });
  });
  return files;
}

function typeCheck(moduleResolution: "bundler" | "node16"): string[] {
  const dir = join(workDir, moduleResolution);
  const files = writeSnippets(dir);
  const program = ts.createProgram([...files.keys()], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    module: moduleResolution === "node16" ? ts.ModuleKind.Node16 : ts.ModuleKind.ESNext,
    moduleResolution: moduleResolution === "node16" ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.Bundler,
    types: ["node"],
    typeRoots: [join(repoRoot, "node_modules", "@types")],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const written = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!written || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    return `${written.snippet.readme}:${written.snippet.line + line - written.offset}: ${message}`;
  });
}

describe("every TypeScript block of every README compiles, strict, against the built packages", () => {
  it("finds the blocks of every README, the root README's second-factor branch among them", () => {
    expect(existsSync(join(repoRoot, "packages", "casino-gateway", "dist", "index.d.ts")), "run `npm run build` first").toBe(true);
    expect(new Set(snippets.map((s) => s.readme))).toEqual(new Set(readmes.map((file) => relative(repoRoot, file))));
    const root = snippets.filter((s) => s.readme === "README.md");
    expect(root.some((s) => s.code.includes('result.outcome === "second-factor-required"') && s.code.includes("result.data.mobile_number"))).toBe(true);
  });

  it.each(["bundler", "node16"] as const)("moduleResolution %s", (moduleResolution) => {
    expect(typeCheck(moduleResolution)).toEqual([]);
  });
});
