/**
 * The specs' `x-codeSamples`: every operation has a TypeScript sample that calls its client and a curl
 * command that sends the documented method, path, headers, query and body fields; and the TypeScript
 * samples type-check against the clients as they are (the portal's index shows them as usage examples).
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { listProviders, typeScriptSample, type DocumentedOperation, type Provider } from "../../scripts/docs/providers.js";
import { repoRoot } from "../../scripts/generate/spec.js";

const providers = listProviders();

/** What the samples leave to the application: declared once for all of them. */
const sampleGlobals = `import type { PosApiSession } from "@operator-auth/posapi-auth";
declare global {
  const username: string;
  const password: string;
  const token: string;
  const body: string;
  const session: PosApiSession;
  function useSession(token: string): void;
  function keep(session: PosApiSession): void;
  function show(...values: unknown[]): void;
}
export {};
`;

function curlSample(operation: DocumentedOperation) {
  return operation.codeSamples.find((sample) => sample.lang === "Shell" && sample.label === "curl");
}

/** Names a curl command must carry: required header and query parameters, header credentials, required body fields. */
function documentedNames(provider: Provider, operation: DocumentedOperation): string[] {
  const names: string[] = [];
  const resolve = <T>(node: unknown): T => {
    const ref = (node as { $ref?: string } | undefined)?.$ref;
    if (!ref) return node as T;
    return ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], provider.spec) as T;
  };
  for (const parameter of (operation.operation.parameters as unknown[] | undefined) ?? []) {
    const { name, in: where, required } = resolve<{ name: string; in: string; required?: boolean }>(parameter);
    if (required && (where === "header" || where === "query")) names.push(name);
  }
  const schemes = (provider.spec.components as { securitySchemes?: Record<string, { type: string; in?: string; name?: string }> })
    .securitySchemes;
  const [requirement] = (operation.operation.security as Record<string, unknown>[] | undefined) ?? [];
  for (const scheme of Object.keys(requirement ?? {})) {
    const definition = schemes?.[scheme];
    if (definition?.type === "apiKey" && definition.in === "header" && definition.name) names.push(definition.name);
    if (definition?.type === "mutualTLS") names.push("--cert", "--key");
  }
  const content = (operation.operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content ?? {};
  const media = content["application/json"] ?? content["application/x-www-form-urlencoded"];
  if (media?.schema) names.push(...(resolve<{ required?: string[] }>(media.schema).required ?? []));
  return [...new Set(names)];
}

describe("x-codeSamples", () => {
  for (const provider of providers) {
    for (const operation of provider.operations) {
      it(`${provider.id} ${operation.operationId}: a TypeScript sample and a curl command`, () => {
        const typescript = typeScriptSample(operation);
        expect(typescript?.label, "TypeScript sample").toBe("TypeScript");
        // The client comes from the package's main entry, or from a subpath (Betfair's Node-only /cert).
        expect(typescript!.source).toMatch(new RegExp(`from "${provider.packageName}(/[a-z]+)?"`));

        const curl = curlSample(operation)?.source;
        expect(curl, "curl sample").toBeTypeOf("string");
        const command = curl!.split("\n").filter((line) => !line.startsWith("#")).join("\n").trim();
        expect(command.startsWith("curl ")).toBe(true);
        if (operation.webhook) return;
        const path = operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
        expect(command).toMatch(new RegExp(`https://[^/\\s"]+${path}([?"\\s]|$)`));
        if (operation.method === "GET") expect(command).not.toMatch(/-X\s+(?!GET)/);
        else expect(command).toContain(`-X ${operation.method}`);
        for (const name of documentedNames(provider, operation)) {
          expect(command.toLowerCase(), `${operation.operationId} sends ${name}`).toContain(name.toLowerCase());
        }
      });
    }
  }

  it("every TypeScript sample type-checks against the clients", { timeout: 120_000 }, () => {
    const dir = join(repoRoot, "test", "docs", "code-samples.virtual");
    const files = new Map<string, string>([[join(dir, "globals.d.ts"), sampleGlobals]]);
    for (const provider of providers) {
      for (const operation of provider.operations) {
        const sample = typeScriptSample(operation);
        if (sample) files.set(join(dir, `${provider.id}.${operation.operationId}.ts`), `${sample.source}\nexport {};\n`);
      }
    }
    expect(files.size).toBe(1 + providers.reduce((n, p) => n + p.operations.length, 0));

    const configFile = ts.readConfigFile(join(repoRoot, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
    options.noEmit = true;
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
    host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
    host.getSourceFile = (file, language, ...rest) => {
      const text = files.get(file);
      return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
    };
    const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => !d.file || files.has(d.file.fileName));
    const report = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (file) => file,
      getCurrentDirectory: () => repoRoot,
      getNewLine: () => "\n",
    });
    expect(report).toBe("");
  });
});
