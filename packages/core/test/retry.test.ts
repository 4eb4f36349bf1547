import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "../../../test/local-server.js";
import { createTransport, isRetryable, OperatorAuthError, retryAfterMs, type OperationInfo } from "../src/index.js";

const login: OperationInfo = { id: "login", method: "post", path: "/login", responses: { 200: { body: "json" } } };

let server: LocalServer;
beforeAll(async () => {
  // The path names the answer: /<status>?retry-after=<value>&body=<html|json>
  server = await startLocalServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const status = Number(url.pathname.slice(1));
    const headers: Record<string, string> = { "content-type": "text/html" };
    const retryAfter = url.searchParams.get("retry-after");
    if (retryAfter !== null) headers["retry-after"] = retryAfter;
    response.writeHead(status, headers).end(url.searchParams.get("body") === "html" ? "<html>busy</html>" : "{}");
  });
});
afterAll(() => server.close());

/** The error one call throws. */
async function thrownBy(baseUrl: string, path: string, timeoutMs?: number): Promise<OperatorAuthError> {
  const transport = createTransport({ baseUrl, ...(timeoutMs && { timeoutMs }) });
  const error = await transport.send({ ...login, path }, {}).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OperatorAuthError);
  return error as OperatorAuthError;
}
const failureOf = (path: string) => thrownBy(server.url, path);

describe("isRetryable and retryAfterMs, on answers that crossed the wire", () => {
  it("keeps an undocumented status's Retry-After in seconds, and calls 429 and 5xx retryable", async () => {
    const limited = await failureOf("/429?retry-after=1200");
    expect([limited.kind, limited.status, limited.retryAfter]).toEqual(["undocumented-status", 429, "1200"]);
    expect(isRetryable(limited)).toBe(true);
    expect(retryAfterMs(limited)).toBe(1_200_000);
    for (const status of [408, 425, 500, 502, 503]) expect(isRetryable(await failureOf(`/${status}`))).toBe(true);
  });

  it("reads Retry-After as an HTTP date against the clock it is given", async () => {
    const error = await failureOf(`/503?retry-after=${encodeURIComponent("Wed, 21 Oct 2026 07:28:00 GMT")}`);
    expect(retryAfterMs(error, Date.parse("Wed, 21 Oct 2026 07:27:30 GMT"))).toBe(30_000);
    expect(retryAfterMs(error, Date.parse("Wed, 21 Oct 2026 08:00:00 GMT"))).toBe(0);
  });

  it("gives no wait for an absent or unreadable Retry-After", async () => {
    expect(retryAfterMs(await failureOf("/503"))).toBeUndefined();
    expect(retryAfterMs(await failureOf("/503?retry-after=soon"))).toBeUndefined();
    expect(retryAfterMs(new Error("plain"))).toBeUndefined();
  });

  it("calls a status that says nothing of later, a page instead of JSON and a refused input not retryable", async () => {
    for (const status of [400, 401, 404]) expect(isRetryable(await failureOf(`/${status}`))).toBe(false);
    const page = await failureOf("/200?body=html");
    expect(page.kind).toBe("html-body");
    expect(isRetryable(page)).toBe(false);
    expect(isRetryable(new OperatorAuthError("invalid-input", "login: username must be a string."))).toBe(false);
    expect(isRetryable(new Error("not ours"))).toBe(false);
  });

  it("calls a connection that never answers (timeout) and one refused (network) retryable", async () => {
    const hanging = await startLocalServer(() => new Promise(() => {}));
    try {
      const timeout = await thrownBy(hanging.url, "/login", 200);
      expect(timeout.kind).toBe("timeout");
      expect(isRetryable(timeout)).toBe(true);
    } finally {
      await hanging.close();
    }
    const network = await thrownBy(hanging.url, "/login");
    expect(network.kind).toBe("network");
    expect(isRetryable(network)).toBe(true);
  });
});
