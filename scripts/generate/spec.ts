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
