import { specOperations, type Operation, type Schema, type Spec } from "./spec.js";

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function requestContentType(operation: Operation): string | undefined {
  const types = Object.keys(operation.requestBody?.content ?? {});
  return types.includes("application/json") ? "application/json" : types[0];
}

function responseBody(content: Record<string, unknown> | undefined): { kind: "json" | "text" | "none"; mediaType?: string } {
  const types = Object.keys(content ?? {});
  const json = types.find((type) => type === "application/json" || type.endsWith("+json"));
  if (json) return { kind: "json", mediaType: json };
  if (types[0]) return { kind: "text", mediaType: types[0] };
  return { kind: "none" };
}

/** The property names a body schema documents, through `$ref`s and every alternative of a `oneOf`/`anyOf`/`allOf`. */
function documentedFields(schema: Schema | undefined, spec: Spec, depth = 0): string[] {
  if (!schema || depth > 16) return [];
  if (typeof schema.$ref === "string") {
    const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
    return documentedFields(name ? spec.components?.schemas?.[name] : undefined, spec, depth + 1);
  }
  const alternatives = ["oneOf", "anyOf", "allOf"].flatMap((key) => (schema[key] as Schema[] | undefined) ?? []);
  const names = [...Object.keys((schema.properties as object | undefined) ?? {}), ...alternatives.flatMap((s) => documentedFields(s, spec, depth + 1))];
  return [...new Set(names)];
}

/** Operations in spec order, each with its metadata, typed request and answers, and call function. */
export function renderOperations(spec: Spec): string {
  const out = [
    'import type { CallOptions, OperationInfo, Transport } from "@operator-auth/core";',
    'import type { ParamsOption, RequestBodyOption } from "openapi-fetch";',
    'import type { paths } from "./schema.js";',
    "",
  ];
  for (const { path, method, operation } of specOperations(spec)) {
    const id = operation.operationId;
    if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    const name = pascal(id);
    const specType = `${name}Spec`;
    const contentType = requestContentType(operation);
    const statuses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
      if (!/^\d{3}$/.test(status)) throw new Error(`${id}: response "${status}" must be a concrete HTTP status`);
      const body = responseBody(response.content);
      const media = body.mediaType ? (response.content?.[body.mediaType] as { schema?: Schema } | undefined) : undefined;
      const fields = body.kind === "json" ? documentedFields(media?.schema, spec) : [];
      return { status: Number(status), outcome: response["x-outcome"], fields, ...body };
    });
    const info = {
      id,
      method,
      path,
      ...(contentType ? { requestContentType: contentType } : {}),
      responses: Object.fromEntries(
        statuses.map(({ status, kind, outcome }) => [status, { body: kind, ...(outcome ? { outcome } : {}) }]),
      ),
    };
    out.push(
      `type ${specType} = paths[${JSON.stringify(path)}][${JSON.stringify(method)}];`,
      "",
      `export const ${id}Operation = ${JSON.stringify(info, null, 2)} as const satisfies OperationInfo;`,
      "",
      "/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */",
      `export const ${id}BodyFields = ${JSON.stringify(Object.fromEntries(statuses.filter((s) => s.fields.length).map((s) => [s.status, s.fields])))} as const;`,
      "",
      `export type ${name}Request = ParamsOption<${specType}> & RequestBodyOption<${specType}>;`,
      "",
      `export type ${name}Response =`,
      ...statuses.map(({ status, mediaType }) =>
        mediaType
          ? `  | { status: ${status}; body: ${specType}["responses"][${status}]["content"][${JSON.stringify(mediaType)}] }`
          : `  | { status: ${status}; body: undefined }`,
      ),
      "  ;",
      "",
      `/** ${operation.summary ?? id}: ${method.toUpperCase()} ${path} */`,
      `export function ${id}(transport: Transport, request: ${name}Request, options?: CallOptions): Promise<${name}Response> {`,
      `  return transport.send(${id}Operation, request, options) as Promise<${name}Response>;`,
      "}",
      "",
    );
  }
  return out.join("\n");
}
