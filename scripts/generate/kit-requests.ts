/**
 * What a request to an operation must carry, as the spec says, for the testing kit to check requests
 * the way Prism does: method, path, required query parameters and headers (parameters and security
 * schemes), the request's content types and the fields each body must have.
 */
import type { Schema } from "./kit-examples.js";
import type { Spec } from "./spec.js";

export interface RequestRules {
  method: string;
  path: string;
  /** Path parameters that must be integers. */
  integerPathParams: string[];
  requiredQuery: string[];
  /** Lower-case names. */
  requiredHeaders: string[];
  /** Absent when the operation takes no body. */
  body?: { required: boolean; contentTypes: Record<string, { required: string[] }> };
  /** Body fields the spec marks `format: password`. */
  secretFields: string[];
}

type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; $ref?: string };
type SecurityScheme = { type?: string; in?: string; name?: string };

/** OpenAPI ignores header parameters with these names; a client sets them on its own. */
const ignoredHeaders = new Set(["accept", "content-type", "authorization"]);

/** Follows local `$ref`s (`#/components/...`) until a value that is not a reference. */
export function resolve<T>(spec: Spec, value: T | { $ref: string }): T {
  let current: unknown = value;
  while (current && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
    const path = (current as { $ref: string }).$ref.replace(/^#\//, "").split("/");
    current = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], spec);
  }
  return current as T;
}

/** Every required property of an object schema, through `$ref` and `allOf`. */
function requiredFields(spec: Spec, schema: Schema | undefined): string[] {
  const resolved = schema ? resolve<Schema>(spec, schema) : undefined;
  if (!resolved) return [];
  const own = Array.isArray(resolved.required) ? (resolved.required as string[]) : [];
  const inherited = ((resolved.allOf as Schema[] | undefined) ?? []).flatMap((part) => requiredFields(spec, part));
  return [...new Set([...own, ...inherited])];
}

/** Properties marked `format: password`, through `$ref` and `allOf`. */
function passwordFields(spec: Spec, schema: Schema | undefined): string[] {
  const resolved = schema ? resolve<Schema>(spec, schema) : undefined;
  if (!resolved) return [];
  const properties = Object.entries((resolved.properties as Record<string, Schema> | undefined) ?? {});
  const own = properties.filter(([, property]) => resolve<Schema>(spec, property).format === "password").map(([name]) => name);
  return [...own, ...((resolved.allOf as Schema[] | undefined) ?? []).flatMap((part) => passwordFields(spec, part))];
}

/** Header names every alternative of the operation's security requirement asks for. */
function securityHeaders(spec: Spec, security: Record<string, unknown>[] | undefined): string[] {
  if (!security || security.length === 0) return [];
  const schemes = (spec.components as { securitySchemes?: Record<string, SecurityScheme> } | undefined)?.securitySchemes ?? {};
  const perAlternative = security.map(
    (alternative) =>
      new Set(
        Object.keys(alternative)
          .map((name) => schemes[name])
          .filter((scheme) => scheme?.type === "apiKey" && scheme.in === "header" && scheme.name)
          .map((scheme) => scheme!.name!.toLowerCase()),
      ),
  );
  return [...perAlternative[0]!].filter((name) => perAlternative.every((set) => set.has(name)));
}

export function requestRules(
  spec: Spec & { security?: Record<string, unknown>[] },
  method: string,
  path: string,
  pathParameters: Parameter[] | undefined,
  operation: {
    parameters?: Parameter[];
    security?: Record<string, unknown>[];
    requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  },
): RequestRules {
  const parameters = [...(pathParameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve<Parameter>(spec, p));
  const named = (where: string) => parameters.filter((p) => p.in === where);
  const headers = named("header")
    .filter((p) => p.required && !ignoredHeaders.has(p.name.toLowerCase()))
    .map((p) => p.name.toLowerCase());
  const content = operation.requestBody?.content;
  return {
    method: method.toUpperCase(),
    path,
    integerPathParams: named("path")
      .filter((p) => resolve<Schema>(spec, p.schema ?? {}).type === "integer")
      .map((p) => p.name),
    requiredQuery: named("query")
      .filter((p) => p.required)
      .map((p) => p.name),
    requiredHeaders: [...new Set([...headers, ...securityHeaders(spec, operation.security ?? spec.security)])],
    ...(content
      ? {
          body: {
            required: operation.requestBody?.required === true,
            contentTypes: Object.fromEntries(
              Object.entries(content).map(([type, media]) => [type, { required: requiredFields(spec, media.schema) }]),
            ),
          },
        }
      : {}),
    secretFields: [...new Set(Object.values(content ?? {}).flatMap((media) => passwordFields(spec, media.schema)))],
  };
}
