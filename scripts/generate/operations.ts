import { httpMethods, type Operation, type Spec } from "./spec.js";

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

/** Operations in spec order, each with its metadata, typed request and answers, and call function. */
export function renderOperations(spec: Spec): string {
  const out = [
    'import type { CallOptions, OperationInfo, Transport } from "@operator-auth/core";',
    'import type { ParamsOption, RequestBodyOption } from "openapi-fetch";',
    'import type { paths } from "./schema.js";',
    "",
  ];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const id = operation.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const name = pascal(id);
      const specType = `${name}Spec`;
      const contentType = requestContentType(operation);
      const statuses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
        if (!/^\d{3}$/.test(status)) throw new Error(`${id}: response "${status}" must be a concrete HTTP status`);
        return { status: Number(status), outcome: response["x-outcome"], ...responseBody(response.content) };
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
  }
  return out.join("\n");
}
