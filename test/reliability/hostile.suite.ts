/**
 * A hostile server, for every operation of every client: HTML where JSON was documented, empty and
 * truncated bodies, JSON under the wrong content type, error pages on 4xx/5xx, statuses the documents
 * do not list, a 10 MB body, a connection reset halfway through the body, a server that never
 * answers, redirect loops. Each case must end in a documented result or an OperatorAuthError of the
 * kind the case calls for, after exactly one request (at most one where the deadline is the point: a
 * deadline that passes before the request reaches the server may leave none).
 *
 * Only the deadline cases have a short client timeout, against a server that never answers or answers
 * after it; every other case has a generous one, so that a busy machine cannot turn a 10 MB body into
 * a timeout.
 */
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperatorAuthErrorKind } from "@operator-auth/betfair-sso";
import type { Handler } from "../local-server.js";
import { allOperations, type OperationAdapter, type ProviderAdapter } from "./adapters.js";
import { generousTimeoutMs, slowTestMs } from "../deadlines.js";
import { settle, startCaseServer, tally, typedErrorProblem, type CaseServer, type Settled } from "./harness.js";

/** What a case must end in. */
type Expectation =
  | { kind: OperatorAuthErrorKind; status?: number }
  /** A documented result, with this HTTP or provider status when given. */
  | { result: true; status?: number }
  /** The same ok/status/code/outcome as the same body served the documented way. */
  | { sameAs: { status: number; body: string } };

interface HostileCase {
  name: string;
  handler: Handler;
  expect: Expectation;
  /** The client's timeoutMs for this case, when the deadline is the point of it. Default: `generousTimeoutMs`. */
  timeoutMs?: number;
}

const shortTimeoutMs = 150;
const tenMegabytes = 10 * 1024 * 1024;
const htmlPage = "<!doctype html><html><head><title>Down for maintenance</title></head><body><h1>502 Bad Gateway</h1></body></html>";

const send = (response: ServerResponse, status: number, body: string | Buffer | undefined, headers: Record<string, string> = {}) => {
  response.writeHead(status, headers);
  response.end(body);
};
const json = (status: number, body: string, contentType = "application/json"): Handler => (_request, response) =>
  send(response, status, body, { "content-type": contentType });

/** The JSON object text with one more field, a string of `size` characters. */
const padded = (body: string, size: number) => `{"padding":"${"p".repeat(size)}"${body === "{}" ? "" : ","}${body.slice(1)}`;

/** Writes the head and part of the body, then breaks the connection. */
const resetMidBody = (status: number, body: string): Handler => (_request, response) => {
  response.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body) * 2) });
  response.write(body.slice(0, Math.max(1, Math.floor(body.length / 2))), () => response.socket?.destroy());
};

function hostileCases(operation: OperationAdapter): HostileCase[] {
  const { spec } = operation;
  const jsonStatuses = [...spec.jsonStatuses];
  const bodyOf = (status: number) => JSON.stringify(spec.examples.get(status) ?? {});
  /** The kind a 200 of this body ends in: the given one when 200 is documented with JSON, none when without. */
  const at200 = (kind: OperatorAuthErrorKind): Expectation =>
    spec.jsonStatuses.has(200) ? { kind, status: 200 } : spec.statuses.has(200) ? { result: true, status: 200 } : { kind: "undocumented-status", status: 200 };
  const atStatus = (status: number, kind: OperatorAuthErrorKind): Expectation =>
    spec.jsonStatuses.has(status) ? { kind, status } : spec.statuses.has(status) ? { result: true, status } : { kind: "undocumented-status", status };
  const firstJson = jsonStatuses[0]!;

  const cases: HostileCase[] = [
    { name: "an HTML page with 200", handler: json(200, htmlPage, "text/html; charset=utf-8"), expect: at200("html-body") },
    { name: "an HTML page with 200 labelled application/json", handler: json(200, `  \n${htmlPage}`), expect: at200("html-body") },
    { name: "an XML document with 200", handler: json(200, '<?xml version="1.0"?><Login status="SUCCESS"/>', "application/xml"), expect: at200("html-body") },
    { name: "an empty body with 200", handler: json(200, ""), expect: at200("empty-body") },
    { name: "an empty chunked body with 200", handler: (_q, r) => void (r.writeHead(200, { "content-type": "application/json" }), r.write(""), r.end()), expect: at200("empty-body") },
    { name: "plain text with 200", handler: json(200, "OK", "text/plain"), expect: at200("invalid-body") },
    {
      // The fetch standard's text() drops a leading byte order mark, so the JSON after it reads as documented.
      name: "a UTF-8 byte order mark before the JSON with 200",
      handler: json(200, `\ufeff${bodyOf(200)}`),
      expect: spec.jsonStatuses.has(200) ? { sameAs: { status: 200, body: bodyOf(200) } } : at200("invalid-body"),
    },
    { name: "a connection reset before any answer", handler: (_q, r) => void r.socket?.destroy(), expect: { kind: "network" } },
    { name: "a connection reset halfway through a 200 body", handler: resetMidBody(200, bodyOf(spec.jsonStatuses.has(200) ? 200 : firstJson)), expect: { kind: "network" } },
    { name: "a server that never answers", handler: () => new Promise(() => {}), expect: { kind: "timeout" }, timeoutMs: shortTimeoutMs },
    {
      name: "a head and then a body that never ends",
      handler: (_q, r) => void (r.writeHead(200, { "content-type": "application/json", "content-length": "100000" }), r.write("{")),
      expect: { kind: "timeout" },
      timeoutMs: shortTimeoutMs,
    },
    {
      // The deadline is a timer race, not an abort: the late answer is dropped, and must not surface anywhere.
      name: "the documented answer, arriving after the deadline",
      handler: (_q, r) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            send(r, firstJson, bodyOf(firstJson), { "content-type": "application/json" });
            resolve();
          }, shortTimeoutMs * 3),
        ),
      expect: { kind: "timeout" },
      timeoutMs: shortTimeoutMs,
    },
    { name: "a redirect loop: 302 to itself", handler: (q, r) => send(r, 302, undefined, { location: q.url }), expect: { kind: "undocumented-status", status: 302 } },
    { name: "a redirect loop: 307 to itself", handler: (q, r) => send(r, 307, undefined, { location: q.url }), expect: { kind: "undocumented-status", status: 307 } },
    { name: "a redirect loop: 308 to itself", handler: (q, r) => send(r, 308, undefined, { location: q.url }), expect: { kind: "undocumented-status", status: 308 } },
    { name: "a 303 to itself without a body", handler: (q, r) => send(r, 303, undefined, { location: q.url }), expect: atStatus(303, "empty-body") },
    {
      name: "a 301 to a plain-http host elsewhere",
      handler: (_q, r) => send(r, 301, undefined, { location: "http://example.com/steal" }),
      expect: { kind: "undocumented-status", status: 301 },
    },
    // Past maxBodyBytes (1 MiB by default) reading stops, whatever the body would have turned out to be.
    { name: "10 MB of HTML with 200", handler: json(200, `<html>${"x".repeat(tenMegabytes)}</html>`, "text/html"), expect: { kind: "body-too-large", status: 200 } },
    { name: "10 MB of text that is not JSON with 200", handler: json(200, "x".repeat(tenMegabytes), "text/plain"), expect: { kind: "body-too-large", status: 200 } },
    {
      name: `a 10 MB JSON body with ${firstJson}`,
      handler: json(firstJson, padded(bodyOf(firstJson), tenMegabytes)),
      expect: { kind: "body-too-large", status: firstJson },
    },
  ];

  for (const status of jsonStatuses) {
    const body = bodyOf(status);
    cases.push(
      { name: `truncated JSON with ${status}`, handler: json(status, body.slice(0, Math.floor(body.length / 2))), expect: { kind: "invalid-body", status } },
      { name: `the documented ${status} body labelled text/plain`, handler: json(status, body, "text/plain"), expect: { sameAs: { status, body } } },
      { name: `the documented ${status} body labelled text/html`, handler: json(status, body, "text/html"), expect: { sameAs: { status, body } } },
      { name: `a JSON null with ${status}`, handler: json(status, "null"), expect: { kind: "unexpected-body", status } },
    );
    if (status !== 200) cases.push({ name: `a connection reset halfway through a ${status} body`, handler: resetMidBody(status, body), expect: { kind: "network" } });
  }

  for (const status of [400, 401, 403, 404, 500, 502, 503]) {
    cases.push(
      { name: `an HTML error page with ${status}`, handler: json(status, htmlPage, "text/html"), expect: atStatus(status, "html-body") },
      { name: `a plain-text error page with ${status}`, handler: json(status, `${status} Error`, "text/plain"), expect: atStatus(status, "invalid-body") },
    );
  }

  for (const status of [201, 202, 204, 206, 299, 418, 429, 451, 599].filter((s) => !spec.statuses.has(s))) {
    const headers: Record<string, string> = { "content-type": "application/json", ...(status === 429 ? { "retry-after": "0" } : {}) };
    cases.push({
      name: `an undocumented status ${status}`,
      handler: (_q, r) => send(r, status, status === 204 ? undefined : bodyOf(firstJson), headers),
      expect: { kind: "undocumented-status", status },
    });
  }
  return cases;
}

/** ok/status/code/outcome of a settled call, for comparing two calls. */
const essence = (settled: Settled) =>
  settled.threw
    ? { kind: (settled.error as { kind?: string }).kind }
    : (({ ok, status, code, outcome }) => ({ ok, status, code, outcome }))(settled.result as Record<string, unknown>);

export function hostileSuite() {
  describe("hostile server", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    const run = async (provider: ProviderAdapter, operation: OperationAdapter, handler: Handler, timeoutMs = generousTimeoutMs) => {
      const key = server.serve(handler);
      const client = provider.connect(server.url, { fetch: server.fetchFor(key), timeoutMs });
      const settled = await settle(() => operation.call(client));
      const requests = server.requestsFor(key).length;
      server.forget(key);
      return { settled, requests };
    };

    describe.each(allOperations.map(({ provider, operation }) => [`${provider.provider} ${operation.operationId}`, provider, operation] as const))(
      "%s",
      (_name, provider, operation) => {
        // Concurrent (vitest runs a few at a time): the timeouts of the slow cases overlap.
        it.concurrent.each(hostileCases(operation).map((c) => [c.name, c] as const))("%s", async (_case, hostile) => {
          let passed = false;
          try {
            const { settled, requests } = await run(provider, operation, hostile.handler, hostile.timeoutMs);
            // One request, whatever the answer: no retry, no redirect followed. A short deadline may pass
            // before the request reaches the server (a busy machine), which is no retry either.
            if (hostile.timeoutMs === undefined) expect(requests).toBe(1);
            else expect(requests).toBeLessThanOrEqual(1);
            const expected = hostile.expect;
            if ("kind" in expected) {
              expect(settled.threw, "the call should have thrown").toBe(true);
              expect(typedErrorProblem(settled.error, operation.operationId)).toBeUndefined();
              expect(settled.error).toMatchObject({ kind: expected.kind, status: expected.status, operation: operation.operationId });
            } else if ("result" in expected) {
              expect(settled.threw ? typedErrorProblem(settled.error) ?? String(settled.error) : undefined).toBeUndefined();
              expect(operation.check(settled.result)).toEqual([]);
              if (expected.status !== undefined) expect(settled.result).toMatchObject({ status: expected.status });
            } else {
              const documented = await run(provider, operation, json(expected.sameAs.status, expected.sameAs.body));
              if (settled.threw) expect(typedErrorProblem(settled.error, operation.operationId)).toBeUndefined();
              else expect(operation.check(settled.result)).toEqual([]);
              expect(essence(settled)).toEqual(essence(documented.settled));
            }
            passed = true;
          } finally {
            tally("hostile", passed);
          }
        }, slowTestMs);
      },
    );
  });
}
