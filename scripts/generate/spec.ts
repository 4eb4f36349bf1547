import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The parts of an OpenAPI document the generator reads. */
export interface Spec {
  paths?: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Schema {
  type?: string;
  description?: string;
  enum?: (string | number)[];
  "x-enum-descriptions"?: string[];
  "x-codes"?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { content?: Record<string, unknown>; "x-outcome"?: string }>;
}

export const httpMethods = ["get", "put", "post", "delete", "patch"] as const;

/** One operation of a spec, where the document puts it. */
export interface SpecOperation<O = Operation> {
  /** The path, or for a webhook its name. */
  path: string;
  method: (typeof httpMethods)[number];
  operation: O;
  /** The parameters of the path item, which every operation under it shares. */
  pathParameters: unknown[] | undefined;
  webhook: boolean;
}

/** The one walk of a spec's operations, in the document's order: `paths`, then `webhooks` when asked for. */
export function specOperations<O = Operation>(spec: Spec, { webhooks = false } = {}): SpecOperation<O>[] {
  const groups: [Record<string, Record<string, unknown>> | undefined, boolean][] = [[spec.paths, false]];
  if (webhooks) groups.push([(spec as { webhooks?: Record<string, Record<string, unknown>> }).webhooks, true]);
  const found: SpecOperation<O>[] = [];
  for (const [items, webhook] of groups) {
    for (const [path, item] of Object.entries(items ?? {})) {
      for (const method of httpMethods) {
        const operation = item[method] as O | undefined;
        if (operation) found.push({ path, method, operation, pathParameters: item.parameters as unknown[] | undefined, webhook });
      }
    }
  }
  return found;
}

export function listSpecs(): { provider: string; specFile: string }[] {
  const specsDir = join(repoRoot, "specs");
  return readdirSync(specsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specsDir, entry.name, "openapi.yaml")))
    .map((entry) => ({ provider: entry.name, specFile: join(specsDir, entry.name, "openapi.yaml") }))
    .sort((a, b) => a.provider.localeCompare(b.provider));
}

export function readSpec(specFile: string): Spec {
  return parse(readFileSync(specFile, "utf8")) as Spec;
}

/** A TypeScript identifier or a quoted key, for object literals. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
