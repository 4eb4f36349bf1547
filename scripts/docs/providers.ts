/** What the portal says about each provider, read from its spec and its package's package.json. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listSpecs, readSpec, repoRoot, specOperations, type Spec } from "../generate/spec.js";

export interface CodeSample {
  lang: string;
  label?: string;
  source: string;
}

export interface DocumentedOperation {
  operationId: string;
  summary: string;
  /** `POST` etc.; for a webhook, the method the provider calls the application with. */
  method: string;
  /** The path, or the webhook's name. */
  path: string;
  webhook: boolean;
  /** The whole operation object, for the checks that need more than the fields above. */
  operation: Record<string, unknown>;
  codeSamples: CodeSample[];
}

export interface Provider {
  /** The spec's directory name, also the package's directory name and the reference page's name. */
  id: string;
  specFile: string;
  spec: Spec;
  title: string;
  summary: string;
  packageName: string;
  packageDescription: string;
  operations: DocumentedOperation[];
}

export function listProviders(): Provider[] {
  return listSpecs().map(({ provider, specFile }) => {
    const spec = readSpec(specFile);
    const info = (spec as { info?: { title?: string; summary?: string } }).info ?? {};
    const packageFile = join(repoRoot, "packages", provider, "package.json");
    if (!existsSync(packageFile)) throw new Error(`specs/${provider} has no package at packages/${provider}.`);
    const pkg = JSON.parse(readFileSync(packageFile, "utf8")) as { name: string; description?: string };
    return {
      id: provider,
      specFile,
      spec,
      title: info.title ?? provider,
      summary: info.summary ?? "",
      packageName: pkg.name,
      packageDescription: pkg.description ?? "",
      operations: operationsOf(spec),
    };
  });
}

/** Every operation of `paths` and `webhooks`, in the document's order. */
export function operationsOf(spec: Spec): DocumentedOperation[] {
  return specOperations<Record<string, unknown>>(spec, { webhooks: true }).map(({ path, method, operation, webhook }) => ({
    operationId: String(operation.operationId ?? `${method} ${path}`),
    summary: String(operation.summary ?? ""),
    method: method.toUpperCase(),
    path,
    webhook,
    operation,
    codeSamples: (operation["x-codeSamples"] as CodeSample[] | undefined) ?? [],
  }));
}

/** The TypeScript sample of an operation, if it has one. */
export function typeScriptSample(operation: DocumentedOperation): CodeSample | undefined {
  return operation.codeSamples.find((sample) => sample.lang.toLowerCase() === "typescript");
}
