/**
 * Checks a request against an operation's rules the way Prism does (path parameters, query,
 * headers, content type, body fields) and reads its body into fields for `requests`.
 */
import type { KitRequestRules } from "./kit.js";

/** A request as the server and the MSW handlers both see it. */
export interface KitRequest {
  method: string;
  /** The path after the mock's base URL, e.g. `/api/login`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export interface CheckedRequest {
  problems: string[];
  /** The required headers the request lacks. */
  missingHeaders: string[];
  /** The body read into fields, when it could be read. */
  fields?: Record<string, unknown>;
}

/** Matches a path template (`/a/{id}/b`), capturing each parameter by name. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const match = new RegExp(`^${pattern}/?$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
}

function readFields(mediaType: string, body: string): Record<string, unknown> | string {
  if (mediaType === "application/json" || mediaType.endsWith("+json")) {
    try {
      const value: unknown = JSON.parse(body);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : "the JSON body is not an object";
    } catch {
      return "the body is not JSON";
    }
  }
  if (mediaType === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(body));
  if (mediaType.endsWith("/xml")) {
    // The spec's XML bodies are one element whose fields are attributes.
    const element = /<\s*[\w:-]+((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(body);
    if (!element) return "the body is not an XML element";
    return Object.fromEntries([...element[1]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
  }
  return `the content type ${mediaType} cannot be read`;
}

export function checkRequest(rules: KitRequestRules, request: KitRequest, pathParams: Record<string, string>): CheckedRequest {
  const problems: string[] = [];
  const missingHeaders = rules.requiredHeaders.filter((name) => request.headers[name] === undefined);
  for (const name of rules.integerPathParams) {
    if (!/^-?\d+$/.test(pathParams[name] ?? "")) problems.push(`path parameter ${name} must be an integer`);
  }
  for (const name of rules.requiredQuery) {
    if (!request.query.has(name)) problems.push(`query parameter ${name} is required`);
  }
  for (const name of missingHeaders) problems.push(`header ${name} is required`);
  if (!rules.body) return { problems, missingHeaders };
  const documented = Object.keys(rules.body.contentTypes);
  if (request.body === "") {
    if (rules.body.required) problems.push(`a body is required (${documented.join(" or ")})`);
    return { problems, missingHeaders };
  }
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const accepted = rules.body.contentTypes[mediaType];
  if (!accepted) {
    problems.push(`content type ${mediaType || "(none)"} is not documented; the spec takes ${documented.join(" or ")}`);
    return { problems, missingHeaders };
  }
  const fields = readFields(mediaType, request.body);
  if (typeof fields === "string") return { problems: [...problems, fields], missingHeaders };
  for (const name of accepted.required) {
    if (fields[name] === undefined || fields[name] === null) problems.push(`body field ${name} is required`);
  }
  return { problems, missingHeaders, fields };
}
