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
  /** The query string as sent, without its `?`. */
  query: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** Set when the body was longer than the kit keeps: `body` is then empty. */
  bodyTooLarge?: number;
}

export interface CheckedRequest {
  problems: string[];
  /** What each problem is about, in the same order: `header x-application`, `query countryId`, `path brand_id`, `body`. */
  subjects: string[];
  /** The body read into fields, when it could be read. */
  fields?: Record<string, unknown>;
}

/** A path parameter whose `%`-escape cannot be decoded. */
export const malformed = Symbol("malformed escape");

const decode = (text: string): string | typeof malformed => {
  try {
    return decodeURIComponent(text);
  } catch {
    return malformed;
  }
};

/** Whether URL-encoded text (a query string, a form body) has a `%`-escape that cannot be decoded. */
const malformedEscapes = (text: string) => decode(text.replace(/\+/g, " ")) === malformed;

/** Matches a path template (`/a/{id}/b`), capturing each parameter by name (`malformed` when its escape is broken). */
export function matchPath(template: string, path: string): Record<string, string | typeof malformed> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const match = new RegExp(`^${pattern}/?$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1]!)]));
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
  if (mediaType === "application/x-www-form-urlencoded") {
    // URLSearchParams would read a broken escape as text; the kit refuses it instead.
    return malformedEscapes(body) ? "the form body has a malformed %-escape" : Object.fromEntries(new URLSearchParams(body));
  }
  if (mediaType.endsWith("/xml")) {
    // The spec's XML bodies are one element whose fields are attributes.
    const element = /<\s*[\w:-]+((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(body);
    if (!element) return "the body is not an XML element";
    return Object.fromEntries([...element[1]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
  }
  return `the content type ${mediaType} cannot be read`;
}

export function checkRequest(rules: KitRequestRules, request: KitRequest, pathParams: Record<string, string | typeof malformed>): CheckedRequest {
  const problems: string[] = [];
  const subjects: string[] = [];
  const problem = (subject: string, text: string) => (subjects.push(subject), problems.push(text));
  for (const [name, value] of Object.entries(pathParams)) {
    if (value === malformed) problem(`path ${name}`, `path parameter ${name} has a malformed %-escape`);
    else if (rules.integerPathParams.includes(name) && !/^-?\d+$/.test(value)) problem(`path ${name}`, `path parameter ${name} must be an integer`);
  }
  if (malformedEscapes(request.query)) problem("query", "the query string has a malformed %-escape");
  const query = new URLSearchParams(request.query);
  for (const name of rules.requiredQuery) {
    if (!query.has(name)) problem(`query ${name}`, `query parameter ${name} is required`);
  }
  for (const name of rules.requiredHeaders) {
    if (request.headers[name] === undefined) problem(`header ${name}`, `header ${name} is required`);
  }
  if (request.bodyTooLarge !== undefined) {
    problem("body", `the body is longer than ${request.bodyTooLarge} bytes; the kit keeps none of it`);
    return { problems, subjects };
  }
  if (!rules.body) return { problems, subjects };
  const documented = Object.keys(rules.body.contentTypes);
  if (request.body === "") {
    if (rules.body.required) problem("body", `a body is required (${documented.join(" or ")})`);
    return { problems, subjects };
  }
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const accepted = rules.body.contentTypes[mediaType];
  if (!accepted) {
    problem("body", `content type ${mediaType || "(none)"} is not documented; the spec takes ${documented.join(" or ")}`);
    return { problems, subjects };
  }
  const fields = readFields(mediaType, request.body);
  if (typeof fields === "string") {
    problem("body", fields);
    return { problems, subjects };
  }
  for (const name of accepted.required) {
    if (fields[name] === undefined || fields[name] === null) problem(`body ${name}`, `body field ${name} is required`);
  }
  return { problems, subjects, fields };
}
