/**
 * The one function from a request to what the mock does, shared by the mock server and the MSW
 * handlers: finds the operation, checks the request against the spec, takes the operation's next
 * step (a documented answer or a fault), answers a request that breaks the spec, and records it.
 */
import { redactHeaders, secretName } from "@operator-auth/core";
import type { AnswerBook, PlannedStep } from "./answer-book.js";
import { checkRequest, matchPath, type KitRequest } from "./check-request.js";
import { htmlPage, truncate } from "./faults.js";
import type { KitAnswer, KitOperation, ProviderKit } from "./kit.js";
import type { SessionBook } from "./sessions.js";

export interface KitResponse {
  status: number;
  headers: Record<string, string>;
  /** Absent for an answer without a body. */
  body?: string;
}

/** What the mock does with a request: answer it (after `delayMs`), never answer, or drop the connection. */
export type KitReply = { kind: "respond"; response: KitResponse; delayMs?: number } | { kind: "hang" } | { kind: "reset" };

/** One request the app sent, as `requests` keeps it. */
export interface RecordedRequest {
  /** The documented operation the request was sent to; absent for a path the spec does not have. */
  operationId?: string;
  method: string;
  path: string;
  /** Credentials redacted unless `revealSecrets`. */
  query: Record<string, string>;
  /** Lower-case names; credentials redacted unless `revealSecrets`. */
  headers: Record<string, string>;
  /** The body's fields (JSON, form or XML attributes), credentials redacted at any depth unless `revealSecrets`; the text when unreadable. */
  body?: unknown;
  /** False when the request breaks the spec; `problems` says how. */
  valid: boolean;
  problems: string[];
  /** The name of the documented answer served (or delayed, or truncated). */
  answer?: string;
  /** The fault served, when one was: `hang`, `reset`, `html`, … */
  fault?: string;
  /** Set when the answer is the kit's own, not one the documents give: why. */
  kit?: string;
  /** The HTTP status sent; 0 when none was (a `hang` or `reset` fault). */
  status: number;
}

/** Marks every answer the documents do not give: its value says why the kit answered so. */
export const kitHeader = "x-operator-auth-kit";

function render(answer: KitAnswer, body = answer.body): KitResponse {
  const headers = { ...answer.headers, ...(answer.kitChoice ? { [kitHeader]: "status-not-documented" } : {}) };
  if (body === undefined) return { status: answer.status, headers };
  const json = /[/+]json$/.test(answer.headers["content-type"] ?? "");
  return { status: answer.status, headers, body: json ? JSON.stringify(body) : String(body) };
}

/**
 * What `requests` keeps of a secret unless `revealSecrets` is set. One rule with the clients' hooks
 * (core's `secretName`), applied to header names, query parameter names and body field names at any
 * depth, besides the fields the spec marks `format: password`.
 */
const redacted = "[redacted]";

const secret = (name: string, secretFields: readonly string[]) => secretFields.includes(name) || secretName.test(name);

/** A copy of `value` with every field whose name may hold a credential replaced, in nested objects and arrays too. */
function redactFields<T>(value: T, secretFields: readonly string[]): T {
  if (Array.isArray(value)) return value.map((item: unknown) => redactFields(item, secretFields)) as T;
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [name, secret(name, secretFields) ? redacted : redactFields(field, secretFields)]),
  ) as T;
}

/** Query parameters, each whose name may hold a credential replaced. */
function redactQuery(query: Record<string, string>, secretFields: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, secret(name, secretFields) ? redacted : value]));
}

/** The body as `requests` keeps it: its fields (credentials redacted), or, when unreadable, nothing of it but `[redacted]`. */
function recordedBody(request: KitRequest, fields: Record<string, unknown> | undefined, secretFields: readonly string[], reveal: boolean): unknown {
  if (fields) return reveal ? fields : redactFields(fields, secretFields);
  if (request.body === "") return undefined;
  return reveal ? request.body : redacted;
}

/**
 * The answer to a request that breaks the spec: a documented answer only where the documents tie one to
 * what is wrong; for anything else the kit's own answer, labelled as such, never a documented code served
 * for a reason the documents do not give it. Per provider, what is wrong (`*` for anything) → the code or
 * example name the documents give for it:
 * - Betfair's `INPUT_VALIDATION_ERROR` says the request's input failed validation; the documents list
 *   no checks, so using it for every broken request is an inference from its name.
 * - PosAPI's `102` "Invalid country" answers a CheckCountryBlock without a usable `countryId`.
 * - The casino gateway's 400 "invalid input - invalid brand id" answers a brand id that is not one.
 */
const documentedFor: Record<string, Record<string, string>> = {
  "betfair-sso": { "*": "INPUT_VALIDATION_ERROR" },
  "posapi-auth": { "query countryId": "102" },
  "casino-gateway": { "path brand_id": "invalidBrandId" },
};

/** The documented answer's name for these problems, when every one of them has the same. */
function documentedInvalidAnswer(provider: string, operation: KitOperation, subjects: readonly string[]): string | undefined {
  const table = documentedFor[provider] ?? {};
  const names = subjects.map((subject) => {
    const choice = table[subject] ?? table["*"];
    if (choice === undefined) return undefined;
    return Object.hasOwn(operation.answers, choice) ? choice : operation.codes[choice]?.answer;
  });
  return names.length > 0 && names.every((name) => name !== undefined && name === names[0]) ? names[0] : undefined;
}

/** The kit's own answer to a request that breaks the spec where the documents give none. */
function kitInvalidAnswer(provider: string, problems: readonly string[]): KitResponse {
  return {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", [kitHeader]: "invalid-request" },
    body:
      `operator-auth testing kit, not a ${provider} answer: the request breaks the spec (${problems.join("; ")}), ` +
      `and the documents give no answer for that.`,
  };
}

const plain = (status: number, text: string): KitResponse => ({ status, headers: { "content-type": "text/plain; charset=utf-8", [kitHeader]: "not-documented" }, body: text });

/** What a step makes the mock do, for an operation whose documented answer `name` would be served. */
function serve(operation: KitOperation, step: PlannedStep, name: string, body: unknown): { reply: KitReply; fault?: string; answer?: string } {
  const answer = operation.answers[name]!;
  const fault = step.fault;
  if (!fault) return { reply: { kind: "respond", response: render(answer, body) }, answer: name };
  const success = operation.answers[operation.defaultAnswer]!;
  switch (fault.fault) {
    case "delay":
      return { reply: { kind: "respond", response: render(answer, body), delayMs: fault.ms }, fault: "delay", answer: name };
    case "hang":
    case "reset":
      return { reply: { kind: fault.fault }, fault: fault.fault };
    case "html":
      return { reply: { kind: "respond", response: { status: fault.status ?? success.status, headers: { "content-type": "text/html; charset=utf-8" }, body: htmlPage } }, fault: "html" };
    case "truncated": {
      const whole = render(answer, body);
      return { reply: { kind: "respond", response: { ...whole, body: truncate(whole.body ?? "") } }, fault: "truncated", answer: name };
    }
    case "empty": {
      const type = success.headers["content-type"];
      return { reply: { kind: "respond", response: { status: success.status, headers: type ? { "content-type": type } : {} } }, fault: "empty" };
    }
    case "status": {
      const headers: Record<string, string> = Object.fromEntries(Object.entries(fault.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      if (fault.body !== undefined) headers["content-type"] ??= "text/plain; charset=utf-8";
      return { reply: { kind: "respond", response: { status: fault.status, headers, ...(fault.body === undefined ? {} : { body: fault.body }) } }, fault: "status" };
    }
  }
}

export function answerRequest(
  kit: ProviderKit,
  book: AnswerBook,
  request: KitRequest,
  { revealSecrets = false, sessions }: { revealSecrets?: boolean; sessions?: SessionBook } = {},
): { reply: KitReply; record: RecordedRequest } {
  const method = request.method.toUpperCase();
  const query = Object.fromEntries(new URLSearchParams(request.query));
  const atPath = Object.entries(kit.operations).flatMap(([id, operation]) => {
    const params = matchPath(operation.request.path, request.path);
    return params ? [{ id, operation, params }] : [];
  });
  const found = atPath.find((candidate) => candidate.operation.request.method === method);
  const secretFields = found?.operation.request.secretFields ?? [];
  const base = {
    method,
    path: request.path,
    query: revealSecrets ? query : redactQuery(query, secretFields),
    headers: revealSecrets ? request.headers : redactHeaders(request.headers),
  };
  if (!found) {
    const problem = atPath.length
      ? `${method} ${request.path} is not documented; the spec has ${atPath.map((c) => c.operation.request.method).join(", ")}`
      : `${request.path} is not a path of the ${kit.provider} spec`;
    const response = plain(atPath.length ? 405 : 404, `operator-auth testing kit, not a ${kit.provider} answer: ${problem}.`);
    const body = recordedBody(request, undefined, [], revealSecrets);
    const record: RecordedRequest = { ...base, ...(body === undefined ? {} : { body }), valid: false, problems: [problem], kit: "not-documented", status: response.status };
    return { reply: { kind: "respond", response }, record };
  }

  const { id, operation, params } = found;
  const { problems, subjects, fields } = checkRequest(operation.request, request, params);
  const body = recordedBody(request, fields, secretFields, revealSecrets);
  const recordBase = { operationId: id, ...base, ...(body === undefined ? {} : { body }), valid: problems.length === 0, problems };

  if (problems.length) {
    // A request that breaks the spec takes no step off the queue.
    const documented = documentedInvalidAnswer(kit.provider, operation, subjects);
    const response = documented ? render(operation.answers[documented]!) : kitInvalidAnswer(kit.provider, problems);
    const record: RecordedRequest = { ...recordBase, ...(documented ? { answer: documented } : { kit: "invalid-request" }), status: response.status };
    return { reply: { kind: "respond", response }, record };
  }

  const { step, chosen } = book.next(id);
  let name = step.answer ?? book.standing(id).answer ?? operation.defaultAnswer;
  // The stateful mode decides the answer of a call presenting a session, unless one was chosen.
  const presented = sessions && !chosen ? sessions.check(id, request.headers) : undefined;
  if (presented?.choice !== undefined) name = Object.hasOwn(operation.answers, presented.choice) ? presented.choice : operation.codes[presented.choice]!.answer;
  let answerBody: unknown = operation.answers[name]!.body;
  if (presented?.fill && answerBody && typeof answerBody === "object") answerBody = { ...answerBody, ...presented.fill };
  // Only an answer the client receives whole opens a session.
  if (sessions && (!step.fault || step.fault.fault === "delay")) answerBody = sessions.issue(id, answerBody);
  const served = serve(operation, step, name, answerBody);
  const kitChoice = served.answer ? operation.answers[served.answer]!.kitChoice : undefined;
  const record: RecordedRequest = {
    ...recordBase,
    ...(served.answer ? { answer: served.answer } : {}),
    ...(served.fault ? { fault: served.fault } : {}),
    ...(kitChoice ? { kit: kitChoice } : {}),
    status: served.reply.kind === "respond" ? served.reply.response.status : 0,
  };
  return { reply: served.reply, record };
}
