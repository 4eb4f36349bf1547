/**
 * The one function from a request to a response, shared by the mock server and the MSW handlers:
 * finds the operation, checks the request against the spec, serves the chosen documented answer (or
 * the documented invalid-input answer to a request that breaks the spec) and records the request.
 */
import type { AnswerBook } from "./answer-book.js";
import { checkRequest, matchPath, type KitRequest } from "./check-request.js";
import type { KitAnswer, ProviderKit } from "./kit.js";
import { redactFields, redactHeaders, redacted } from "./redact.js";

export interface KitResponse {
  status: number;
  headers: Record<string, string>;
  /** Absent for an answer without a body. */
  body?: string;
}

/** One request the app sent, as `requests` keeps it. */
export interface RecordedRequest {
  /** The documented operation the request was sent to; absent for a path the spec does not have. */
  operationId?: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names; credentials redacted unless `revealSecrets`. */
  headers: Record<string, string>;
  /** The body's fields (JSON, form or XML attributes), credentials redacted unless `revealSecrets`; the text when unreadable. */
  body?: unknown;
  /** False when the request breaks the spec; `problems` says how. */
  valid: boolean;
  problems: string[];
  /** The name of the answer served. */
  answer?: string;
  status: number;
}

function render(answer: KitAnswer): KitResponse {
  if (answer.body === undefined) return { status: answer.status, headers: { ...answer.headers } };
  const json = /[/+]json$/.test(answer.headers["content-type"] ?? "");
  return { status: answer.status, headers: { ...answer.headers }, body: json ? JSON.stringify(answer.body) : String(answer.body) };
}

/** The body as `requests` keeps it: its fields (credentials redacted), or, when unreadable, nothing of it but `[redacted]`. */
function recordedBody(request: KitRequest, fields: Record<string, unknown> | undefined, secretFields: readonly string[], reveal: boolean): unknown {
  if (fields) return reveal ? fields : redactFields(fields, secretFields);
  if (request.body === "") return undefined;
  return reveal ? request.body : redacted;
}

const plain = (status: number, text: string): KitResponse => ({ status, headers: { "content-type": "text/plain; charset=utf-8" }, body: text });

export function answerRequest(
  kit: ProviderKit,
  book: AnswerBook,
  request: KitRequest,
  { revealSecrets = false }: { revealSecrets?: boolean } = {},
): { response: KitResponse; record: RecordedRequest } {
  const method = request.method.toUpperCase();
  const base = { method, path: request.path, query: Object.fromEntries(request.query), headers: revealSecrets ? request.headers : redactHeaders(request.headers) };
  const atPath = Object.entries(kit.operations).flatMap(([id, operation]) => {
    const params = matchPath(operation.request.path, request.path);
    return params ? [{ id, operation, params }] : [];
  });
  const found = atPath.find((candidate) => candidate.operation.request.method === method);
  if (!found) {
    const problem = atPath.length
      ? `${method} ${request.path} is not documented; the spec has ${atPath.map((c) => c.operation.request.method).join(", ")}`
      : `${request.path} is not a path of the ${kit.provider} spec`;
    const response = plain(atPath.length ? 405 : 404, problem);
    const body = recordedBody(request, undefined, [], revealSecrets);
    return { response, record: { ...base, ...(body === undefined ? {} : { body }), valid: false, problems: [problem], status: response.status } };
  }

  const { id, operation, params } = found;
  const { problems, missingHeaders, fields } = checkRequest(operation.request, request, params);
  const body = recordedBody(request, fields, operation.request.secretFields, revealSecrets);
  // A missing header gets the answer the spec gives for that header, where it has one.
  const answerName = problems.length
    ? missingHeaders.map((name) => operation.missingHeaderAnswers[name]).find(Boolean) ?? operation.invalidInputAnswer
    : book.current(id);
  const response = answerName
    ? render(operation.answers[answerName]!)
    : plain(400, `The request breaks the ${kit.provider} spec: ${problems.join("; ")}.`);
  const record: RecordedRequest = {
    operationId: id,
    ...base,
    ...(body === undefined ? {} : { body }),
    valid: problems.length === 0,
    problems,
    ...(answerName ? { answer: answerName } : {}),
    status: response.status,
  };
  return { response, record };
}
